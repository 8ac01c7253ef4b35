/**
 * The search strategy, without the DOM or the index: given a query plan (src/lib/query.ts) and a
 * `find` function over the index, decide which pages to show, in which order, and which note to
 * show above them. src/scripts/search.ts renders what this returns; the unit tests drive it with
 * a fake index.
 */
import { classOf } from '../data/classes.ts';
import { commonCodes } from '../data/common-codes.ts';
import { synonymsOf } from '../data/synonyms.ts';
import { registered } from '../data/iana.ts';
import { t } from '../i18n/index.ts';
import { exactMatch, scoreIntents, type IntentIndex } from './intents.ts';
import type { QueryPlan, WordSets } from './query.ts';
import { paths } from './urls.ts';

/** The filter value of guides in the search index and the category filter. */
export const GUIDE_FILTER = 'guides';

/**
 * A page's own weight in the ranking, written into the index at build time: a guide answers a
 * symptom better than a code page that mentions it; a common code better than a rare one; a
 * historic code only for its own number or phrase (which resultsFor puts first anyway).
 */
export const GUIDE_BOOST = 1.6;
export function searchBoost(code: { code: number; status: string }): number {
  if (code.status === 'historic') return 0.4;
  return commonCodes.includes(code.code) ? 1 : 0.7;
}

/** What the index returns for a page (Pagefind's result data, the fields we use). */
export interface PageData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** One hit of the index: an id, a score, and its page's data, fetched only when asked for. */
export interface Hit {
  id: string;
  score: number;
  data: () => Promise<PageData>;
}

/** A hit whose page data was fetched. */
export interface Found {
  id: string;
  score: number;
  data: PageData;
}

export interface SearchIndex {
  /** Pages for a search term, best first, at most `limit`, optionally in one category (by id). */
  find(term: string, filter: string, limit: number): Promise<Hit[]>;
  /** The page of a code, when the index has one. */
  findCodePage(code: number): Promise<PageData | undefined>;
  /** The ways people ask for each page (src/lib/intents.ts), when loaded. */
  intents?: IntentIndex;
}

/** One row of results: a page, with an optional excerpt and deep links to its sections. */
export interface Item {
  title: string;
  url: string;
  excerpt?: string;
  subs?: { title: string; url: string }[];
}

/** The note above the results: text, and links given as site paths. */
export type NotePart = string | { path: string; label: string };

export interface Results {
  note: NotePart[];
  items: Item[];
}

/** How much a synonym's matches count, next to the reader's own words. */
const SYNONYM_WEIGHT = 0.6;
/** At most this many extra searches with synonyms, per word set. */
const MAX_SYNONYM_SEARCHES = 4;

/** Merges lists of hits by page, adding up their scores (each list scaled by its weight). */
function merge(lists: { found: Hit[]; weight: number }[]): Hit[] {
  const merged = new Map<string, Hit>();
  for (const { found, weight } of lists) {
    for (const r of found) {
      const seen = merged.get(r.id);
      merged.set(r.id, seen ? { ...seen, score: seen.score + r.score * weight } : { ...r, score: r.score * weight });
    }
  }
  return [...merged.values()];
}

/**
 * A page's own weight in the ranking (meta "boost", set at build): guides and common codes
 * rank above rare and historic codes when the words fit them equally well. A code's own number
 * or phrase still puts it first (resultsFor).
 */
const boostOf = (f: Found) => Number(f.data.meta.boost) || 1;

/**
 * The best hits by score, with their page data (fetched for as many as are shown, no more:
 * every fetch is bytes on a first search), ranked by score and the page's own weight.
 */
async function rank(hits: Hit[], limit: number): Promise<Found[]> {
  const top = [...hits].sort((a, b) => b.score - a.score).slice(0, limit);
  const found = await Promise.all(top.map(async (h) => ({ id: h.id, score: h.score, data: await h.data() })));
  return found.sort((a, b) => b.score * boostOf(b) - a.score * boostOf(a)).slice(0, limit);
}

/**
 * A word set, and when it finds fewer pages than are shown, the same set with each word swapped
 * for a synonym, merged by page. (Synonym searches cost index downloads: they are made only
 * when the reader's own words need help.)
 */
async function findWithSynonyms(set: string[], filter: string, limit: number, index: SearchIndex): Promise<Hit[]> {
  const own = await index.find(set.join(' '), filter, limit);
  if (own.length >= limit) return own;
  const variants = set
    .flatMap((w, i) => synonymsOf(w).map((s) => set.map((x, j) => (j === i ? s : x))))
    .slice(0, MAX_SYNONYM_SEARCHES);
  const others = await Promise.all(variants.map((v) => index.find(v.join(' '), filter, limit)));
  return merge([{ found: own, weight: 1 }, ...others.map((found) => ({ found, weight: SYNONYM_WEIGHT }))]);
}

/**
 * Each word set in turn (joined compounds first, then separate words, then with typing slips
 * repaired), all words together, with their synonyms; if none finds anything, each word of the
 * last set alone, merged by page with summed scores. Ranked by score and the page's own weight.
 */
export async function findWords(sets: WordSets, filter: string, limit: number, index: SearchIndex): Promise<Found[]> {
  for (const set of sets) {
    const all = await findWithSynonyms(set, filter, limit, index);
    if (all.length) return rank(all, limit);
  }
  const words = sets.at(-1) ?? [];
  if (words.length < 2) return [];
  const lists = await Promise.all(words.map((w) => findWithSynonyms([w], filter, limit, index)));
  return rank(merge(lists.map((found) => ({ found, weight: 1 }))), limit);
}

/**
 * A page as a result row: its title, excerpt and up to three deep links into it. Causes and
 * steps come before generic sections ("What it means"), and among them those whose title has
 * one of the reader's words.
 */
export const toItem = (d: PageData, words: string[] = []): Item => {
  const specific = (url: string) => /#(cause|step)-/.test(url);
  const named = (title: string) => words.some((w) => title.toLowerCase().includes(w));
  const rank = (s: { title: string; url: string }) => (specific(s.url) ? 0 : 2) + (named(s.title) ? 0 : 1);
  return {
    title: d.meta.title ?? d.url,
    url: d.url,
    excerpt: d.excerpt,
    subs: d.sub_results
      .filter((s) => s.url !== d.url && s.url.includes('#'))
      .map((s, i) => ({ s, i }))
      .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
      .slice(0, 3)
      .map(({ s: { title, url } }) => ({ title, url })),
  };
};

/**
 * How much the ways people ask count against the full text: full-text scores and intent scores
 * are each scaled to the best of their own list, then added with these weights and multiplied
 * by the page's own weight. Tuned on the tuning half of tests/search/real-questions.json.
 */
export const BLEND = { fullText: 0.3, intents: 1 } as const;

/** Full-text hits and intent matches, as one ranked list of rows. */
export function blend(
  found: Found[],
  intents: ReturnType<typeof scoreIntents>,
  href: (path: string) => string,
  limit: number,
  /** The reader's words, to pick each page's deep links. */
  words: string[] = [],
): Item[] {
  const rows = new Map<string, { item: Item; score: number; boost: number }>();
  const topFound = Math.max(...found.map((f) => f.score), 1e-9);
  for (const f of found)
    rows.set(f.data.url, {
      item: toItem(f.data, words),
      score: (BLEND.fullText * f.score) / topFound,
      boost: boostOf(f),
    });
  const topIntent = Math.max(...intents.map((i) => i.score), 1e-9);
  for (const { doc, score } of intents) {
    const url = href(doc.path);
    const add = (BLEND.intents * score) / topIntent;
    const row = rows.get(url);
    if (row) row.score += add;
    else rows.set(url, { item: { title: doc.title, url, excerpt: doc.excerpt }, score: add, boost: doc.boost });
  }
  return [...rows.values()]
    .sort((a, b) => b.score * b.boost - a.score * a.boost)
    .slice(0, limit)
    .map((r) => r.item);
}

/** The row for a number that has no page of its own: what a standard phone takes it for. */
function unassignedItem(code: number, href: (path: string) => string): Item {
  const fallback = classOf(code)?.fallback ?? 500;
  const name = `${fallback} ${registered(fallback)?.reason ?? ''}`.trim();
  return {
    title: t('search.unassigned', { code }),
    url: href(paths.code(code)),
    excerpt: t('search.unassignedExcerpt', { fallback: name }),
  };
}

/** The note for a PBX hangup cause or a Q.850 cause that led to a code. */
function causeNote(plan: Extract<QueryPlan, { kind: 'code' }>): NotePart[] {
  const { pbx, cause, code } = plan;
  if (pbx && pbx.q850 !== null) {
    const vars = {
      system: pbx.system,
      name: pbx.name,
      cause: pbx.q850,
      causeName: cause?.name ?? '',
      code,
      sent: pbx.sent ?? 'nothing',
    };
    return [t(pbx.sent !== null && pbx.sent !== code ? 'search.pbxCauseSends' : 'search.pbxCause', vars)];
  }
  return cause ? [t('search.cause', { cause: cause.cause, name: cause.name, code })] : [];
}

/**
 * What to show for a plan. A code's own page comes first, looked up alongside the other words
 * of the query; a number without a page gets a row that says what phones take it for.
 */
export async function resultsFor(
  plan: QueryPlan,
  filter: string,
  limit: number,
  index: SearchIndex,
  href: (path: string) => string,
  /** The query as typed, for exact phrases (stop words and all). */
  query?: string,
): Promise<Results> {
  if (plan.kind === 'empty') return { note: [], items: [] };
  const [words, page] = await Promise.all([
    findWords(plan.words, filter, limit, index),
    plan.kind === 'code' ? index.findCodePage(plan.code) : undefined,
  ]);
  // The reader's words, typing slips repaired, scored against the ways people ask for each page.
  const asked =
    index.intents && plan.words.length ? scoreIntents((plan.words.at(-1) ?? []).join(' '), index.intents) : [];
  const inFilter = asked.filter(({ doc }) => !filter || doc.category === filter);
  const readerWords = plan.words.at(-1) ?? [];
  const rest = blend(
    words,
    plan.kind === 'text' ? inFilter.slice(0, limit) : inFilter.slice(0, 3),
    href,
    limit,
    readerWords,
  );
  switch (plan.kind) {
    case 'text': {
      // A query that is exactly a reason phrase or a required header goes to that code first.
      const named = index.intents && exactMatch(query ?? (plan.words[0] ?? []).join(' '), index.intents);
      if (!named || (filter && named.category !== filter)) return { note: [], items: rest };
      const url = href(named.path);
      const first = rest.find((r) => r.url === url) ?? { title: named.title, url, excerpt: named.excerpt };
      return { note: [], items: [first, ...rest.filter((r) => r.url !== url)].slice(0, limit) };
    }
    case 'code': {
      const first = page ? toItem(page, readerWords) : unassignedItem(plan.code, href);
      return { note: causeNote(plan), items: [first, ...rest.filter((r) => r.url !== first.url)].slice(0, limit) };
    }
    case 'cause':
      return {
        note: [t('search.causeNone', { cause: plan.cause.cause, name: plan.cause.name, sip: plan.cause.sip })],
        items: rest,
      };
    case 'unknown-cause':
      return { note: [t('search.causeUnknown', { cause: plan.cause })], items: rest };
  }
}

/**
 * The search strategy, without the DOM or the index: given a query plan (src/lib/query.ts) and a
 * `find` function over the index, decide which pages to show, in which order, and which note to
 * show above them. src/scripts/search.ts renders what this returns; the unit tests drive it with
 * a fake index.
 */
import { classOf } from '../data/classes.ts';
import { registered } from '../data/iana.ts';
import { t } from '../i18n/index.ts';
import type { QueryPlan, WordSets } from './query.ts';
import { paths } from './urls.ts';

/** The filter value of guides in the search index and the category filter. */
export const GUIDE_FILTER = 'guides';

/** What the index returns for a page (Pagefind's result data, the fields we use). */
export interface PageData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** One hit of the index: an id, a score and the page's data. */
export interface Found {
  id: string;
  score: number;
  data: PageData;
}

export interface SearchIndex {
  /** Pages for a search term, best first, at most `limit`, optionally in one category (by id). */
  find(term: string, filter: string, limit: number): Promise<Found[]>;
  /** The page of a code, when the index has one. */
  findCodePage(code: number): Promise<PageData | undefined>;
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

/**
 * Each word set in turn (joined compounds first, then separate words), all words together;
 * if none finds anything, each word of the last set alone, merged by page with summed scores.
 */
export async function findWords(sets: WordSets, filter: string, limit: number, index: SearchIndex): Promise<Found[]> {
  for (const set of sets) {
    const all = await index.find(set.join(' '), filter, limit);
    if (all.length) return all;
  }
  const words = sets.at(-1) ?? [];
  if (words.length < 2) return [];
  const merged = new Map<string, Found>();
  for (const list of await Promise.all(words.map((w) => index.find(w, filter, limit)))) {
    for (const r of list) {
      const seen = merged.get(r.id);
      merged.set(r.id, seen ? { ...seen, score: seen.score + r.score } : r);
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

/** A page as a result row: its title, excerpt and up to three deep links into it. */
export const toItem = (d: PageData): Item => ({
  title: d.meta.title ?? d.url,
  url: d.url,
  excerpt: d.excerpt,
  subs: d.sub_results
    .filter((s) => s.url !== d.url && s.url.includes('#'))
    .slice(0, 3)
    .map(({ title, url }) => ({ title, url })),
});

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
    const vars = { system: pbx.system, name: pbx.name, cause: pbx.q850, causeName: cause?.name ?? '', code, sent: pbx.sent ?? 'nothing' };
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
): Promise<Results> {
  if (plan.kind === 'empty') return { note: [], items: [] };
  const [words, page] = await Promise.all([
    findWords(plan.words, filter, limit, index),
    plan.kind === 'code' ? index.findCodePage(plan.code) : undefined,
  ]);
  const rest = words.map((w) => toItem(w.data));
  switch (plan.kind) {
    case 'text':
      return { note: [], items: rest };
    case 'code': {
      const first = page ? toItem(page) : unassignedItem(plan.code, href);
      return { note: causeNote(plan), items: [first, ...rest.filter((r) => r.url !== first.url)].slice(0, limit) };
    }
    case 'cause':
      return { note: [t('search.causeNone', { cause: plan.cause.cause, name: plan.cause.name, sip: plan.cause.sip })], items: rest };
    case 'unknown-cause':
      return { note: [t('search.causeUnknown', { cause: plan.cause })], items: rest };
  }
}

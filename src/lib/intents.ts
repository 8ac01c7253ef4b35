/**
 * What the reader means, from the ways people ask for each page. Every code page and guide
 * lists its reason phrase, keywords and `asked` phrases (content frontmatter); the build
 * publishes them (/search-intents.json) and search scores a query against them with BM25 over
 * stemmed words and synonym groups. This finds "Can't receive incoming calls - However outbound
 * works" -> the incoming-calls guide, which full-text search alone ranks by accident.
 * Pure functions; src/lib/search-results.ts merges the scores with the full-text results.
 */
import { synonymGroups } from '../data/synonyms.ts';
import { normalise } from './query.ts';

/** A page as search knows it from its frontmatter. */
export interface IntentDoc {
  /** Site path: "/486/", "/troubleshooting/no-audio/". */
  path: string;
  title: string;
  /** The summary, shown as the excerpt when this is how the page was found. */
  excerpt: string;
  /** The page's own weight in the ranking (see searchBoost). */
  boost: number;
  /** Its category id, or "guides", for the search filter. */
  category: string;
  /** Strong phrases: title and reason phrases; ways people ask; keywords. */
  titles: string[];
  /**
   * Phrases that name this page and no other: reason phrases, old and new, and the header
   * fields the response must or should carry. A query that is exactly one of them goes to it.
   */
  exact: string[];
  asked: string[];
  keywords: string[];
}

/** Words too common in the content to tell pages apart, besides the query stop words. */
const NOISE = new Set([
  'call',
  'calls',
  'phone',
  'sip',
  'calling',
  'working',
  'work',
  'works',
  'not',
  'no',
  'error',
  'code',
  'issue',
  'problem',
]);

/** The same word for "drops", "dropped", "dropping" and "drop": a light English stemmer. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/(?:ing|ed)$/, '')
    .replace(/(?:ies)$/, 'y')
    .replace(/(?<=[^s])s$/, '')
    .replace(/(.)\1$/, '$1');
}

const canonical = new Map<string, string>();
for (const group of synonymGroups) for (const w of group) canonical.set(stem(w), stem(group[0]));

/** Search terms of a text: normalised words, noise dropped, stemmed, synonyms folded into one. */
export function terms(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => w.length > 1 && !NOISE.has(w))
    .map(stem)
    .map((w) => canonical.get(w) ?? w);
}

export interface IntentIndex {
  docs: IntentDoc[];
  /** Per document: term -> weighted frequency. */
  tf: Map<string, number>[];
  length: number[];
  avgLength: number;
  df: Map<string, number>;
}

/** Field weights: a title or reason phrase says most, then the ways people ask, then keywords. */
const WEIGHT = { titles: 3, asked: 2, keywords: 1 } as const;

export function buildIntentIndex(docs: IntentDoc[]): IntentIndex {
  const df = new Map<string, number>();
  const tf = docs.map((d) => {
    const m = new Map<string, number>();
    for (const field of ['titles', 'asked', 'keywords'] as const) {
      for (const phrase of d[field]) for (const t of terms(phrase)) m.set(t, (m.get(t) ?? 0) + WEIGHT[field]);
    }
    for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return m;
  });
  const length = tf.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
  return { docs, tf, length, avgLength: length.reduce((a, b) => a + b, 0) / Math.max(1, length.length), df };
}

/** BM25 scores of the pages for a query, best first, zero scores left out. */
export function scoreIntents(query: string, index: IntentIndex): { doc: IntentDoc; score: number }[] {
  const q = [...new Set(terms(query))];
  const n = index.docs.length;
  const k1 = 1.2;
  const b = 0.5;
  return index.docs
    .map((doc, i) => {
      let score = 0;
      for (const t of q) {
        const f = index.tf[i].get(t);
        if (!f) continue;
        const idf = Math.log(1 + (n - index.df.get(t)! + 0.5) / (index.df.get(t)! + 0.5));
        score += (idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * index.length[i]) / index.avgLength));
      }
      return { doc, score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
}

/**
 * The page a query names exactly (a reason phrase or a header field), the one with the most
 * weight when several do (407 before 494 for Proxy-Authenticate), none when they tie.
 */
export function exactMatch(query: string, index: IntentIndex): IntentDoc | undefined {
  const q = normalise(query).replace(/ /g, '');
  if (!q) return undefined;
  const hits = index.docs
    .filter((d) => d.exact.some((p) => normalise(p).replace(/ /g, '') === q))
    .sort((a, b) => b.boost - a.boost);
  return hits.length === 1 || (hits.length > 1 && hits[0].boost > hits[1].boost) ? hits[0] : undefined;
}

/** Every word of the phrases, for repairing typing slips (src/lib/spelling.ts). */
export function vocabulary(docs: IntentDoc[]): Set<string> {
  const words = docs
    .flatMap((d) => [...d.titles, ...d.asked, ...d.keywords, d.excerpt])
    .flatMap((p) => normalise(p).split(' '));
  return new Set(words.filter((w) => w.length >= 3 && !/\d/.test(w)));
}

/**
 * Query understanding for search: turns whatever the user typed or pasted into a plan.
 * - a 4xx code anywhere ("486", "SIP/2.0 486 Busy Here", "what does 403 mean") goes to its page;
 * - a Q.850/ISUP cause ("cause 17", "Reason: Q.850;cause=17") maps through RFC 3398 s7.2.4.1;
 * - a code of another class ("503", "603 Decline") gets a plain note and the nearest help;
 * - anything else becomes search words: punctuation and hyphens normalised, stop words dropped.
 */
import type { IsupCause } from '../data/registry.ts';

export const MAX_QUERY_LENGTH = 1000;
/** At most this many words reach the search engine (a pasted log line can be long). */
export const MAX_WORDS = 12;

export type QueryPlan =
  | { kind: 'empty' }
  | { kind: 'code'; code: number; words: WordSets; cause?: IsupCause }
  | { kind: 'cause'; cause: IsupCause; words: WordSets }
  | { kind: 'unknown-cause'; cause: number; words: WordSets }
  | { kind: 'other-class'; code: number; words: WordSets }
  | { kind: 'text'; words: WordSets };

/** Ways to ask the index for the rest of the query, most precise first (see wordSets). */
export type WordSets = string[][];

const STOP_WORDS = new Set(
  `a an the is are was were be been am what whats does do did doing done mean means meaning meant why how
  when where who which my me i im ive it its this that these those to of on in at for from and or but with
  by as so if then than there their they them we you your yours our can cant cannot could would should will
  wont dont doesnt didnt isnt arent not no get gets getting got keep keeps kept have has had having please
  help error code codes sip status response message about any some just also very`.split(/\s+/),
);

/** Lower-cases, removes apostrophes inside words, turns other punctuation and hyphens into spaces. */
export function normalise(text: string): string {
  return text
    .slice(0, MAX_QUERY_LENGTH)
    .toLowerCase()
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The search words of a query: normalised, stop words and duplicates dropped, capped.
 * With `joined`, words linked by a hyphen, dot or slash stay one word ("Max-Forwards" becomes
 * "maxforwards", as the index stores it), which matches more precisely than the parts.
 */
export function searchWords(text: string, joined = false): string[] {
  let t = text.slice(0, MAX_QUERY_LENGTH).replace(/\bsip\/2\.0\b/gi, ' ');
  if (joined) t = t.replace(/([\p{L}\p{N}])[-./]+(?=[\p{L}\p{N}])/gu, '$1');
  const words = normalise(t)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** The ways to ask the index, most precise first: joined compounds, then separate words. */
export function wordSets(text: string): WordSets {
  const sets = [searchWords(text, true), searchWords(text)].filter((w) => w.length > 0);
  return sets.filter((w, i) => i === 0 || w.join(' ') !== sets[0].join(' '));
}

const CAUSE = /(?:q\.?850|isup|hangup|hang-up|release)?[^\n]{0,20}?\bcause\s*(?:code|value)?\s*[=:#]?\s*(\d{1,3})\b/i;
const STATUS = /(?<![\d.:/-])([1-6]\d\d)(?![\d]|[.:]\d)/g;

/** The 3-digit SIP status codes in a text, in order, ignoring IP addresses, ports and times. */
export function statusCodes(text: string): number[] {
  const withoutCause = text.replace(/\bcause\s*(?:code|value)?\s*[=:#]?\s*\d{1,3}\b/gi, ' ');
  return [...withoutCause.matchAll(STATUS)].map((m) => Number(m[1]));
}

/** Plans a search for raw input. `causes` is the RFC 3398 s7.2.4.1 table. */
export function planQuery(raw: string, causes: IsupCause[]): QueryPlan {
  const text = raw.slice(0, MAX_QUERY_LENGTH);
  if (normalise(text) === '') return { kind: 'empty' };

  const codes = statusCodes(text);
  const fourxx = codes.find((c) => c >= 400 && c <= 499);
  const causeMatch = CAUSE.exec(text);
  const cause = causeMatch ? causes.find((c) => c.cause === Number(causeMatch[1])) : undefined;
  // What is left once the code or cause is taken out are the search words.
  const words = (t: string) =>
    wordSets(t).map((set) => set.filter((w) => !/^(q|q850|850|isup|reason|text|hangup)$/.test(w)));
  const withoutCause = causeMatch ? text.replace(causeMatch[0], ' ') : text;

  if (fourxx !== undefined) {
    const rest = words(withoutCause.replace(STATUS, (m) => (Number(m) === fourxx ? ' ' : m)));
    return { kind: 'code', code: fourxx, words: rest, ...(cause ? { cause } : {}) };
  }
  if (causeMatch) {
    const rest = words(withoutCause);
    if (!cause) return { kind: 'unknown-cause', cause: Number(causeMatch[1]), words: rest };
    if (cause.code !== null && cause.code >= 400 && cause.code <= 499) {
      return { kind: 'code', code: cause.code, words: rest, cause };
    }
    return { kind: 'cause', cause, words: rest };
  }
  if (codes.length > 0) return { kind: 'other-class', code: codes[0], words: words(text.replace(STATUS, ' ')) };
  const sets = wordSets(text);
  return sets.length ? { kind: 'text', words: sets } : { kind: 'empty' };
}

/** Where to send someone who has a SIP code outside 4xx: the closest help on this site. */
export function nearestHelp(code: number): { path: string; label: string; note: string } {
  const cls = Math.floor(code / 100);
  const near: Record<number, number> = { 504: 408, 513: 413, 600: 486, 604: 404, 606: 488 };
  if (near[code]) {
    return {
      path: `/${near[code]}/`,
      label: `${near[code]}`,
      note: `${code} is a ${cls}xx code; the closest 4xx code is ${near[code]}.`,
    };
  }
  if (cls === 5) {
    return {
      path: '/troubleshooting/check-outage/',
      label: 'Is there a known outage?',
      note: `${code} is a 5xx code: a server failed to complete the request, often a problem on the provider's side.`,
    };
  }
  if (cls === 6) {
    return {
      path: '/troubleshooting/',
      label: 'Troubleshooting guides',
      note: `${code} is a 6xx code: the person or system called refused the call everywhere.`,
    };
  }
  return {
    path: '/codes/',
    label: 'All 4xx codes',
    note: `${code} is a ${cls}xx code: ${cls === 1 ? 'progress (such as 180 Ringing)' : cls === 2 ? 'success' : 'a redirection'}, not an error.`,
  };
}

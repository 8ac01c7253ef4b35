/**
 * Query understanding for search: turns whatever the user typed or pasted into a plan.
 * - a SIP code of any class anywhere ("486", "SIP/2.0 503 Service Unavailable", "what does 183
 *   mean") goes to its page;
 * - a Q.850/ISUP cause ("cause 17", "Reason: Q.850;cause=17", "hangupcause=34") maps through
 *   RFC 3398 section 7.2.4.1;
 * - a PBX hangup cause by name ("USER_BUSY", "AST_CAUSE_CONGESTION", "hangup cause: Call
 *   Rejected") maps to its Q.850 cause, then the same way;
 * - anything else becomes search words: punctuation and hyphens normalised, stop words dropped.
 */
import { CODE_PATTERN } from '../data/classes.ts';
import type { IsupCause } from '../data/isup.ts';
import type { PbxCause } from '../data/pbx-causes.ts';
import { repairWords } from './spelling.ts';

export const MAX_QUERY_LENGTH = 1000;
/** At most this many words reach the search engine (a pasted log line can be long). */
export const MAX_WORDS = 12;

export type QueryPlan =
  | { kind: 'empty' }
  | { kind: 'code'; code: number; words: WordSets; cause?: IsupCause; pbx?: PbxCause }
  | { kind: 'cause'; cause: IsupCause; words: WordSets; pbx?: PbxCause }
  | { kind: 'unknown-cause'; cause: number; words: WordSets }
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

const CAUSE_WORD = String.raw`(?:hangup[_ ]?|hang-up[_ ]?|release[_ ]?)?cause(?:[_ ]?(?:code|value))?`;
const CAUSE = new RegExp(String.raw`(?:q\.?850|isup)?[^\n]{0,20}?(?<![a-z])${CAUSE_WORD}\s*[=:#]?\s*(\d{1,3})\b`, 'i');
const CAUSE_TEXT = new RegExp(String.raw`(?<![a-z])${CAUSE_WORD}\s*[=:]\s*"?([a-z][a-z ,()/-]{3,60})`, 'i');
const STATUS = new RegExp(String.raw`(?<![\p{L}\d.:/-])(${CODE_PATTERN})(?![\p{L}\d]|[.:]\d)`, 'gu');
const PBX_NAME = /\b(?:AST_CAUSE_)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/gi;

/** The 3-digit SIP status codes in a text, in order, ignoring IP addresses, ports, times and causes. */
export function statusCodes(text: string): number[] {
  const withoutCause = text.replace(new RegExp(String.raw`${CAUSE_WORD}\s*[=:#]?\s*\d{1,3}\b`, 'gi'), ' ');
  return [...withoutCause.matchAll(STATUS)].map((m) => Number(m[1]));
}

/**
 * The code that tells most in a paste with several: the first failure (4xx-6xx), else the first
 * redirection, else the first success, else the first provisional response. "100 Trying ... 180
 * Ringing ... 486 Busy Here" is about 486.
 */
export function mostTelling(codes: number[]): number {
  for (const min of [400, 300, 200]) {
    const hit = codes.find((c) => c >= min);
    if (hit !== undefined) return hit;
  }
  return codes[0];
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A PBX hangup cause named in the text: by constant ("USER_BUSY") or by the words a log prints. */
export function pbxCauseIn(text: string, pbx: PbxCause[]): PbxCause | undefined {
  for (const m of text.matchAll(PBX_NAME)) {
    const name = m[0].toUpperCase();
    const hit = pbx.find((p) => p.name === name || p.aliases.includes(name));
    if (hit) return hit;
  }
  return undefined;
}

/** A code typed with a stray space, as the whole query: "4 03", "40 3". */
const SPLIT_CODE = /^\s*(\d)\s?(\d)\s?(\d)\s*$/;

/**
 * Plans a search for raw input. `causes` is the RFC 3398 s7.2.4.1 table, `pbx` the PBX cause
 * names, `vocab` the words the site uses (to repair typing slips; see src/lib/spelling.ts).
 */
export function planQuery(
  raw: string,
  causes: IsupCause[],
  pbx: PbxCause[] = [],
  vocab?: ReadonlySet<string>,
): QueryPlan {
  const split = SPLIT_CODE.exec(raw);
  const text = (split ? split.slice(1).join('') : raw).slice(0, MAX_QUERY_LENGTH);
  if (normalise(text) === '') return { kind: 'empty' };

  const codes = statusCodes(text);
  // What is left once the code or cause is taken out are the search words; a repaired copy
  // of the words comes last, for typing slips.
  const repaired = (sets: WordSets): WordSets => {
    const last = sets.at(-1);
    if (!vocab || !last) return sets;
    const fixed = repairWords(last, vocab);
    return fixed.join(' ') === last.join(' ') ? sets : [...sets, fixed];
  };
  const words = (t: string) =>
    repaired(
      wordSets(t).map((set) => set.filter((w) => !/^(q|q850|850|isup|reason|text|hangup|hangupcause|cause)$/.test(w))),
    );

  // A cause by number, by a PBX's name for it, or by its Q.850 name ("cause: Call Rejected").
  const causeMatch = CAUSE.exec(text);
  const named = pbxCauseIn(text, pbx);
  const textMatch = CAUSE_TEXT.exec(text);
  const byText = textMatch
    ? (causes.find((c) => squash(textMatch[1]).startsWith(squash(c.name))) ??
      pbx.find((p) => p.logText && squash(textMatch[1]).startsWith(squash(p.logText))))
    : undefined;
  const causeNumber = causeMatch
    ? Number(causeMatch[1])
    : (named?.q850 ?? (byText && ('cause' in byText ? byText.cause : byText.q850)) ?? undefined);
  const cause =
    causeNumber !== undefined && causeNumber !== null ? causes.find((c) => c.cause === causeNumber) : undefined;
  const withoutCause = [causeMatch?.[0], textMatch?.[0]]
    .filter((s): s is string => !!s)
    .reduce((t, s) => t.replace(s, ' '), text)
    .replace(PBX_NAME, (m) =>
      named && (m.toUpperCase() === named.name || named.aliases.includes(m.toUpperCase())) ? ' ' : m,
    );
  const pbxPart = named ? { pbx: named } : {};

  if (codes.length > 0) {
    const code = mostTelling(codes);
    const rest = words(withoutCause.replace(STATUS, (m) => (Number(m) === code ? ' ' : m)));
    return { kind: 'code', code, words: rest, ...(cause ? { cause } : {}), ...pbxPart };
  }
  if (causeNumber !== undefined && causeNumber !== null) {
    const rest = words(withoutCause);
    if (!cause) return { kind: 'unknown-cause', cause: causeNumber, words: rest };
    if (cause.code !== null) return { kind: 'code', code: cause.code, words: rest, cause, ...pbxPart };
    return { kind: 'cause', cause, words: rest, ...pbxPart };
  }
  const sets = repaired(wordSets(text));
  return sets.length ? { kind: 'text', words: sets } : { kind: 'empty' };
}

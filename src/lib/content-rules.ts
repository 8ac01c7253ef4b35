import { codeSections } from '../data/sections.ts';
import { classOf } from '../data/classes.ts';
import { verdictOf, type VerdictId } from '../data/verdicts.ts';

/**
 * Rules a content file must follow beyond its frontmatter schema: the order of body sections,
 * cause and step ids, and cross references between pages. Pure functions: the build
 * (src/content.ts), the unit tests and scripts/check-content.ts all use them.
 */

/** A content problem: which file, which field or section, and what to do. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

export const formatError = (e: ContentError) => `${e.file}: ${e.field}: ${e.message}`;

/** The body sections of a code page, in the order they must appear. */
export const CODE_SECTIONS = ['Meaning', 'Normal', 'Causes', 'Fix', 'FixAdmin'] as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Finds `<Tag ...>` openings of the given components in an MDX body, in order. */
function openings(body: string, names: readonly string[]) {
  const found: { name: string; id?: string }[] = [];
  const re = /<([A-Z][A-Za-z]*)\b([^>]*)>/g;
  for (const m of body.matchAll(re)) {
    if (!names.includes(m[1])) continue;
    const id = /\bid="([^"]*)"/.exec(m[2])?.[1];
    found.push({ name: m[1], id });
  }
  return found;
}

function checkIds(file: string, kind: string, ids: (string | undefined)[], errors: ContentError[]) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (id === undefined) {
      errors.push({ file, field: kind, message: `every <${kind}> needs id="..." (lower-case words joined by hyphens).` });
    } else if (!ID_PATTERN.test(id)) {
      errors.push({ file, field: `${kind} id "${id}"`, message: 'use lower-case words joined by hyphens, e.g. "ip-not-allowed".' });
    } else if (seen.has(id)) {
      errors.push({ file, field: `${kind} id "${id}"`, message: 'is used twice on this page: each id must be unique.' });
    }
    if (id) seen.add(id);
  }
}

/** The first word of the <Normal> section's text ("Yes", "No", "Sometimes"), without emphasis or punctuation. */
export function normalOpening(body: string): string | undefined {
  const m = /<Normal>\s*([\s\S]*?)<\/Normal>/.exec(body);
  return m ? /[A-Za-z]+/.exec(m[1])?.[0] : undefined;
}

/**
 * Checks that the verdict badge and the answer to "Is this normal?" agree, and that a 1xx or
 * 2xx code, which is never a failure, is not marked as needing action.
 */
export function checkVerdict(file: string, code: number, verdict: VerdictId, body: string): ContentError[] {
  const errors: ContentError[] = [];
  const want = verdictOf(verdict).opening;
  const got = normalOpening(body);
  if (got !== want) {
    errors.push({
      file,
      field: 'Normal',
      message: `the verdict is "${verdict}", so the section must open with "${want}." (it opens with "${got ?? 'nothing'}"): answer "Is this normal?" in the first word, or change the verdict.`,
    });
  }
  const cls = classOf(code);
  if (cls && !cls.final && verdict === 'action') {
    errors.push({ file, field: 'verdict', message: `${code} is a ${cls.id} code, which never means a failure: use "expected" or "sometimes".` });
  }
  if (cls?.digit === 2 && verdict === 'action') {
    errors.push({ file, field: 'verdict', message: `${code} is a 2xx code, which means success: use "expected" or "sometimes".` });
  }
  return errors;
}

/** Checks a code page body: every section once, in order, and well-formed unique cause ids. */
export function checkCodeBody(file: string, body: string, minCauses = 1): ContentError[] {
  const errors: ContentError[] = [];
  const sections = openings(body, CODE_SECTIONS).map((s) => s.name);
  const expected = CODE_SECTIONS.join(', ');
  if (sections.join() !== CODE_SECTIONS.join()) {
    errors.push({
      file,
      field: 'body',
      message: `sections must appear once each in this order: ${expected}; found: ${sections.join(', ') || 'none'}.`,
    });
  }
  const causes = openings(body, ['Cause']);
  checkIds(file, 'Cause', causes.map((c) => c.id), errors);
  if (causes.length < minCauses) {
    errors.push({
      file,
      field: 'Causes',
      message: `this code needs at least ${minCauses} causes (found ${causes.length}): customers meet it often.`,
    });
  }
  return errors;
}

/** Checks a guide body: unique, well-formed step and question ids. */
export function checkGuideBody(file: string, body: string): ContentError[] {
  const errors: ContentError[] = [];
  checkIds(file, 'Step', openings(body, ['Step']).map((s) => s.id), errors);
  checkIds(file, 'Question', openings(body, ['Question']).map((s) => s.id), errors);
  return errors;
}

/** The ids a code page publishes (the URL contract): sections, then one per cause. */
export function codePageAnchors(body: string): string[] {
  const causes = openings(body, ['Cause']).map((c) => `cause-${c.id}`);
  const ids = codeSections.map((s) => s.id as string);
  const at = ids.indexOf('fix');
  return [...ids.slice(0, at), ...causes, ...ids.slice(at)];
}

interface CodeEntry {
  file: string;
  code: number;
  related: number[];
  guides: string[];
}
interface GuideEntry {
  file: string;
  slug: string;
  codes: number[];
  guides: string[];
}

/**
 * Checks the references between pages: a code page's file name matches its code, and every
 * related code, guide slug and guide code names a page that exists.
 */
export function checkCrossReferences(codes: CodeEntry[], guides: GuideEntry[]): ContentError[] {
  const errors: ContentError[] = [];
  const codeSet = new Set(codes.map((c) => c.code));
  const guideSet = new Set(guides.map((g) => g.slug));
  const codeList = [...codeSet].sort().join(', ');
  const guideList = [...guideSet].sort().join(', ');
  const missingCode = (file: string, field: string, n: number) =>
    errors.push({ file, field, message: `${n} has no code page. Use one of: ${codeList}.` });
  const missingGuide = (file: string, field: string, s: string) =>
    errors.push({ file, field, message: `"${s}" is not a guide. Use one of: ${guideList}.` });

  for (const c of codes) {
    const name = c.file.split('/').pop()?.replace(/\.mdx$/, '');
    if (name !== String(c.code)) {
      errors.push({ file: c.file, field: 'code', message: `is ${c.code} but the file is named ${name}.mdx: rename the file to ${c.code}.mdx or fix the code.` });
    }
    for (const r of c.related) {
      if (r === c.code) errors.push({ file: c.file, field: 'related', message: `lists the page's own code ${r}: remove it.` });
      else if (!codeSet.has(r)) missingCode(c.file, 'related', r);
    }
    for (const g of c.guides) if (!guideSet.has(g)) missingGuide(c.file, 'guides', g);
  }
  for (const g of guides) {
    for (const n of g.codes) if (!codeSet.has(n)) missingCode(g.file, 'codes', n);
    for (const s of g.guides) {
      if (s === g.slug) errors.push({ file: g.file, field: 'guides', message: `lists the guide itself: remove "${s}".` });
      else if (!guideSet.has(s)) missingGuide(g.file, 'guides', s);
    }
  }
  return errors;
}

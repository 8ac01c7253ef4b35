/**
 * The only place that reads the content collections. Everything else imports these views.
 * Cross references and body rules are checked here, so a broken file fails the build with
 * its name, the field and the fix.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { categories } from './data/categories.ts';
import { commonCodes } from './data/common-codes.ts';
import { byCode, groupByCategory } from './lib/codes.ts';
import {
  checkCodeBody,
  checkVerdict,
  checkCrossReferences,
  checkGuideBody,
  formatError,
} from './lib/content-rules.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type GuideEntry = CollectionEntry<'guides'>;

const fileOf = (e: { filePath?: string; id: string }, dir: string) => e.filePath ?? `content/${dir}/${e.id}.mdx`;

let loaded: Promise<{ codes: CodeEntry[]; guides: GuideEntry[] }> | undefined;

async function load() {
  const codes = (await getCollection('codes')).sort((a, b) => byCode(a.data, b.data));
  const guides = (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
  const errors = [
    ...codes.flatMap((c) =>
      checkCodeBody(fileOf(c, 'codes'), c.body ?? '', commonCodes.includes(c.data.code) ? 3 : 1),
    ),
    ...codes.flatMap((c) => checkVerdict(fileOf(c, 'codes'), c.data.code, c.data.verdict, c.body ?? '')),
    ...guides.flatMap((g) => checkGuideBody(fileOf(g, 'troubleshooting'), g.body ?? '')),
    ...checkCrossReferences(
      codes.map((c) => ({ file: fileOf(c, 'codes'), code: c.data.code, related: c.data.related, guides: c.data.guides })),
      guides.map((g) => ({ file: fileOf(g, 'troubleshooting'), slug: g.id, codes: g.data.codes, guides: g.data.guides })),
    ),
  ];
  if (errors.length) {
    throw new Error(`Content has ${errors.length} problem(s):\n${errors.map(formatError).join('\n')}`);
  }
  return { codes, guides };
}

const content = () => (loaded ??= load());

/** All code pages, in numeric order. */
export const getCodes = async () => (await content()).codes;

/** All guides, in index order (the start-here page first). */
export const getGuides = async () => (await content()).guides;

/** Code pages grouped by category, in the categories' order. */
export const getCodesByCategory = async () =>
  groupByCategory((await getCodes()).map((c) => ({ ...c.data, entry: c })), categories);

/** Guides that list a code in their `codes`, plus the guides the code page names. */
export async function guidesForCode(code: CodeEntry) {
  const guides = await getGuides();
  const named = code.data.guides;
  return guides.filter((g) => named.includes(g.id) || g.data.codes.includes(code.data.code));
}

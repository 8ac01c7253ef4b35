/**
 * The only place that reads the content collections. Everything else imports these views.
 * Before any page is built, every content file is checked with the same pipeline as
 * `npm run check:content` (src/lib/check-files.ts), so a broken file fails the build with its
 * name, the field or line, and the fix.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { categories } from './data/categories.ts';
import { classOf, responseClasses } from './data/classes.ts';
import { checkAll } from './lib/check-files.ts';
import { byCode, groupByCategory } from './lib/codes.ts';
import { formatError } from './lib/content-rules.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type GuideEntry = CollectionEntry<'guides'>;

let loaded: Promise<{ codes: CodeEntry[]; guides: GuideEntry[] }> | undefined;

async function load() {
  const codes = (await getCollection('codes')).sort((a, b) => byCode(a.data, b.data));
  const guides = (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
  const files = [...codes, ...guides].map((e) => {
    const file = relative(process.cwd(), e.filePath!).replace(/\\/g, '/');
    return { file, text: readFileSync(e.filePath!, 'utf8') };
  });
  const errors = checkAll(files);
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

/** Code pages by class, then by category within the class, each in numeric order. */
export async function getCodesByClass() {
  const codes = await getCodes();
  return responseClasses
    .map((cls) => {
      const own = codes.filter((c) => classOf(c.data.code) === cls).map((c) => ({ ...c.data, entry: c }));
      return { cls, count: own.length, groups: groupByCategory(own, categories) };
    })
    .filter((c) => c.count > 0);
}

/** The code pages with these numbers, in the order given. */
export async function codesByNumber(numbers: number[]) {
  const codes = await getCodes();
  return numbers.map((n) => codes.find((c) => c.data.code === n)!.data);
}

/** Guides that list a code in their `codes`, plus the guides the code page names. */
export async function guidesForCode(code: CodeEntry) {
  const guides = await getGuides();
  const named = code.data.guides;
  return guides.filter((g) => named.includes(g.id) || g.data.codes.includes(code.data.code));
}

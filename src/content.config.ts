import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ZodType } from 'astro/zod';
import { codeSchema } from './schemas/code.ts';
import { guideSchema } from './schemas/guide.ts';

/**
 * A schema whose failures the collection lets through: src/content.ts checks every file with
 * the content pipeline (src/lib/check-files.ts) before any page is built and fails the build
 * with every problem of every file, as `file: field: what to do`. Astro's own check would stop
 * at the first file, in its own words.
 */
const checkedLater = <T extends ZodType>(schema: T) => schema.catch((ctx) => ctx.value as never);

/** One MDX file per code (content/codes/486.mdx); the file name is the entry id. */
const codes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/codes' }),
  schema: checkedLater(codeSchema),
});

/** One MDX file per guide (content/troubleshooting/phone-wont-register.mdx). */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/troubleshooting' }),
  schema: checkedLater(guideSchema),
});

export const collections = { codes, guides };

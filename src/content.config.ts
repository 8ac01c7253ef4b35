import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './schemas/code.ts';
import { guideSchema } from './schemas/guide.ts';

/** One MDX file per code (content/codes/486.mdx); the file name is the entry id. */
const codes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/codes' }),
  schema: codeSchema,
});

/** One MDX file per guide (content/troubleshooting/phone-wont-register.mdx). */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/troubleshooting' }),
  schema: guideSchema,
});

export const collections = { codes, guides };

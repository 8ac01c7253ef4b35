import { codeSchema } from '../schemas/code.ts';
import { guideSchema } from '../schemas/guide.ts';
import { commonCodes } from '../data/common-codes.ts';
import { checkCodeBody, checkCrossReferences, checkGuideBody, type ContentError } from './content-rules.ts';
import { issuesToErrors, splitFrontmatter } from './frontmatter.ts';

/**
 * Validates content files as text (file path relative to the project, and its contents):
 * the same rules the build applies, usable without Astro.
 */
export function checkAll(files: { file: string; text: string }[]): ContentError[] {
  const errors: ContentError[] = [];
  const codes = [];
  const guides = [];
  for (const { file, text } of files) {
    const { data, body } = splitFrontmatter(text);
    const isCode = file.includes('content/codes/');
    const parsed = (isCode ? codeSchema : guideSchema).safeParse(data ?? {});
    if (!parsed.success) {
      errors.push(...issuesToErrors(file, parsed.error.issues));
      continue;
    }
    if (isCode) {
      const d = codeSchema.parse(data);
      errors.push(...checkCodeBody(file, body, commonCodes.includes(d.code) ? 3 : 1));
      codes.push({ file, code: d.code, related: d.related, guides: d.guides });
    } else {
      const d = guideSchema.parse(data);
      errors.push(...checkGuideBody(file, body));
      guides.push({ file, slug: file.split('/').pop()!.replace(/\.mdx$/, ''), codes: d.codes, guides: d.guides });
    }
  }
  return [...errors, ...checkCrossReferences(codes, guides)];
}

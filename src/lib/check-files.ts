import { codeSchema } from '../schemas/code.ts';
import { guideSchema } from '../schemas/guide.ts';
import { commonCodes } from '../data/common-codes.ts';
import { checkCodeBody, checkVerdict, checkCrossReferences, checkGuideBody, type ContentError } from './content-rules.ts';
import { issuesToErrors, splitFrontmatter } from './frontmatter.ts';

/**
 * Validates content files as text (path relative to the project, and contents): the rules the
 * build applies, usable without Astro (scripts/check-content.ts, unit tests).
 */
export function checkAll(files: { file: string; text: string }[]): ContentError[] {
  const errors: ContentError[] = [];
  const codes = [];
  const guides = [];
  for (const { file, text } of files) {
    const { data = {}, body } = splitFrontmatter(text);
    const name = file.split('/').pop()!.replace(/\.mdx$/, '');
    if (file.includes('content/codes/')) {
      const parsed = codeSchema.safeParse(data);
      if (parsed.success) {
        const d = parsed.data;
        errors.push(...checkCodeBody(file, body, commonCodes.includes(d.code) ? 3 : 1));
        errors.push(...checkVerdict(file, d.code, d.verdict, body));
        codes.push({ file, code: d.code, related: d.related, guides: d.guides });
      } else {
        errors.push(...issuesToErrors(file, parsed.error.issues));
        // Still known by its file name, so pages that link to it report nothing extra.
        codes.push({ file, code: Number(name), related: [], guides: [] });
      }
    } else {
      const parsed = guideSchema.safeParse(data);
      if (parsed.success) {
        errors.push(...checkGuideBody(file, body));
        guides.push({ file, slug: name, codes: parsed.data.codes, guides: parsed.data.guides });
      } else {
        errors.push(...issuesToErrors(file, parsed.error.issues));
        guides.push({ file, slug: name, codes: [], guides: [] });
      }
    }
  }
  return [...errors, ...checkCrossReferences(codes, guides)];
}

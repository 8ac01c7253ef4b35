/**
 * Validates content files as text (path relative to the project, and contents). The build
 * (src/content.ts) and scripts/check-content.ts both run this, so they print the same lines.
 * Every problem in every file is reported; nothing stops at the first.
 */
import { codeSchema, type CodeData } from '../schemas/code.ts';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import {
  CONTENT_DIRS,
  kindOf,
  validateContent,
  type CodeInput,
  type ContentError,
  type GuideInput,
} from './content-rules.ts';
import { issuesToErrors, splitFrontmatter } from './frontmatter.ts';

export function checkAll(files: { file: string; text: string }[]): ContentError[] {
  const errors: ContentError[] = [];
  const codes: CodeInput[] = [];
  const guides: GuideInput[] = [];
  const broken: { file: string; body: string }[] = [];
  for (const { file, text } of files) {
    const kind = kindOf(file);
    if (!kind) {
      const dirs = Object.values(CONTENT_DIRS).join('/ or ');
      errors.push({ file, field: 'file', message: `is not in a content folder: move it to ${dirs}/.` });
      continue;
    }
    const split = splitFrontmatter(text);
    if ('error' in split) {
      errors.push({ file, field: 'frontmatter', message: split.error });
      broken.push({ file, body: text.replace(/^---[\s\S]*?\n---\r?\n?/, '') });
      continue;
    }
    const { data, body } = split;
    if (kind === 'codes') {
      const parsed = codeSchema.safeParse(data);
      if (parsed.success) codes.push({ file, data: parsed.data as CodeData, body });
      else {
        errors.push(...issuesToErrors(file, parsed.error.issues));
        broken.push({ file, body });
      }
    } else {
      const parsed = guideSchema.safeParse(data);
      if (parsed.success) guides.push({ file, data: parsed.data as GuideData, body });
      else {
        errors.push(...issuesToErrors(file, parsed.error.issues));
        broken.push({ file, body });
      }
    }
  }
  return [...errors, ...validateContent(codes, guides, broken)];
}

/**
 * Checks content files without a full build, with the same rules and messages as the build
 * (src/lib/check-files.ts): frontmatter, MDX syntax, components, ids, the registry, cross
 * references and links. Usage: node scripts/check-content.ts [files...] (default: all content;
 * with files, only their problems are printed). Exits 1 and prints `file: field: what to do`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { checkAll } from '../src/lib/check-files.ts';
import { formatError } from '../src/lib/content-rules.ts';

const all = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `content/${f.replace(/\\/g, '/')}`)
  .sort();
const only = process.argv.slice(2).map((o) => o.replace(/^\.\//, ''));
const errors = checkAll(all.map((file) => ({ file, text: readFileSync(file, 'utf8') }))).filter(
  (e) => only.length === 0 || only.some((o) => e.file.endsWith(o)),
);
for (const e of errors) console.log(formatError(e));
console.log(errors.length ? `${errors.length} problem(s)` : `${all.length} files OK`);
process.exit(errors.length ? 1 : 0);

/**
 * Checks content files without a full build: frontmatter schema, body sections, ids and
 * cross references. Usage: node scripts/check-content.ts [files...] (default: all content).
 * Exits 1 and prints one line per problem: file, field, what to do.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { checkAll } from '../src/lib/check-files.ts';

const dirs = ['content/codes', 'content/troubleshooting'];
const all = dirs.flatMap((d) =>
  readdirSync(d).filter((f) => f.endsWith('.mdx')).map((f) => `${d}/${f}`),
);
const only = process.argv.slice(2);
const errors = checkAll(all.map((file) => ({ file, text: readFileSync(file, 'utf8') }))).filter(
  (e) => only.length === 0 || only.some((o) => e.file.endsWith(o.replace(/^\.\//, ''))),
);
for (const e of errors) console.log(`${e.file}: ${e.field}: ${e.message}`);
console.log(errors.length ? `${errors.length} problem(s)` : `${all.length} files OK`);
if (only.length && errors.length) {
  console.log('Note: "has no code page" or "is not a guide" for a page that is still being written is expected.');
}
process.exit(errors.length ? 1 : 0);

/**
 * Fails when a content file shares 8 or more words in a row with an RFC text (tests/rfc/),
 * outside quotation marks. Usage: node scripts/check-copy.ts [files...] (default: all content).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { copiedRuns, rfcBody, shingles } from '../src/lib/copy-check.ts';

const rfcDir = 'tests/rfc';
const rfc = new Set<string>();
for (const f of readdirSync(rfcDir).filter((f) => f.endsWith('.txt')))
  shingles(rfcBody(readFileSync(`${rfcDir}/${f}`, 'utf8')), rfc);

const dirs = ['content/codes', 'content/troubleshooting'];
const args = process.argv.slice(2);
const files = args.length
  ? args
  : dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => `${d}/${f}`),
    );
let problems = 0;
for (const file of files) {
  for (const run of copiedRuns(readFileSync(file, 'utf8'), rfc)) {
    problems++;
    console.log(
      `${file}: ${run.length} words copied from an RFC: "${run.words}". Rewrite it in our own words, or quote a short phrase and name its section.`,
    );
  }
}
console.log(problems ? `${problems} copied run(s)` : `${files.length} files: no copied runs`);
process.exit(problems ? 1 : 0);

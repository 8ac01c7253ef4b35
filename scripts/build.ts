/**
 * `npm run build`: builds the site into a temporary folder beside the output folder and moves
 * it into place only when the whole build succeeded, so a failed build never leaves a
 * half-written dist/ that a careless deploy step could publish. The output folder is dist/,
 * or $SITE_OUT_DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.env.SITE_OUT_DIR || 'dist');
const partial = `${out}.partial`;
const previous = `${out}.previous`;
rmSync(partial, { recursive: true, force: true });

const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, SITE_OUT_DIR: partial },
});
if (astro.status !== 0) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nThe build failed: nothing was written to ${out}. Fix the problems above and build again.`);
  process.exit(astro.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(partial, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${out}`);

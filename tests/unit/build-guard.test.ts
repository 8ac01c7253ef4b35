/**
 * The build itself refuses broken content (what every host runs: `npm run build`), names each
 * file with the field or line and the fix, and leaves no output folder behind. One real build
 * in a temporary copy of the project, with five kinds of breakage at once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'sip-build-guard-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a build with broken content', () => {
  it('fails, names every broken file, and writes no output folder', { timeout: 180_000 }, () => {
    for (const entry of [
      'src',
      'content',
      'public',
      'scripts',
      'deploy',
      'astro.config.mjs',
      'site.config.ts',
      'package.json',
      'tsconfig.json',
    ]) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const edit = (file: string, change: (t: string) => string) => {
      const path = join(copy, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      expect(after, file).not.toBe(before);
      writeFileSync(path, after);
    };
    edit('content/codes/486.mdx', (t) =>
      t
        .replace('reason: Busy Here', 'reason: Busy Hear')
        .replace('</FixAdmin>', 'See [this](/599/) and [that](/403/#cause-no-such-cause).\n\n</FixAdmin>'),
    );
    edit('content/codes/603.mdx', (t) => t.replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30'));
    edit('content/troubleshooting/every-call-busy.mdx', (t) => t.replace(/^codes: .*$/m, 'codes: []'));
    writeFileSync(
      join(copy, 'content/codes/499.mdx'),
      readFileSync(join(root, 'content/codes/486.mdx'), 'utf8')
        .replace('code: 486', 'code: 499')
        .replace('reason: Busy Here', 'reason: Made Up Code'),
    );

    const env = { ...process.env };
    delete env.SITE_OUT_DIR;
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: copy, encoding: 'utf8', env });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain('content/codes/486.mdx: reason: is "Busy Hear" but the registry spells it "Busy Here"');
    expect(output).toContain('content/codes/603.mdx: reviewed: 2026-02-30 is not a date in the calendar');
    expect(output).toMatch(/content\/codes\/486\.mdx: line \d+: the link \/599\/ leads to no page/);
    expect(output).toMatch(
      /content\/codes\/486\.mdx: line \d+: the link \/403\/#cause-no-such-cause names #cause-no-such-cause/,
    );
    expect(output).toContain('content/troubleshooting/every-call-busy.mdx: codes: List at least one code');
    expect(output).toContain('content/codes/499.mdx: code: 499 is not a registered SIP response code');
    expect(output).toContain('nothing was written to');
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    expect(existsSync(join(copy, 'dist.partial'))).toBe(false);
  });
});

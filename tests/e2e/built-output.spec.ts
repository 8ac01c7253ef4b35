/**
 * Checks on the built files themselves: every internal link and #fragment resolves, the HTML
 * validates, and two builds of the same commit are byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { test, expect, codePages, guideSlugs } from '../support/site.ts';
import site from '../../site.config.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const html = files('dist').filter((f) => f.endsWith('.html'));
const pageOf = (file: string) =>
  `/${relative('dist', file)
    .replace(/index\.html$/, '')
    .replace(/^404\.html$/, '404.html')}`;
const idsOf = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test('every internal link and #fragment in the built HTML resolves', () => {
  const ids = new Map(html.map((f) => [pageOf(f), idsOf(readFileSync(f, 'utf8'))]));
  const broken: string[] = [];
  let checked = 0;
  for (const file of html) {
    const text = readFileSync(file, 'utf8');
    const from = pageOf(file);
    for (const [, href] of text.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(https?:|mailto:)/.test(href)) {
        if (!href.startsWith('https://')) broken.push(`${from}: ${href} is not https`);
        continue;
      }
      checked++;
      const url = new URL(href.replace(/&amp;/g, '&'), `http://site${from}`);
      const target = url.pathname;
      const onDisk = target.endsWith('/') ? `dist${target}index.html` : `dist${target}`;
      if (!existsSync(onDisk)) {
        broken.push(`${from}: ${href} (no ${onDisk})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.get(target)?.has(fragment))
        broken.push(`${from}: ${href} (no id "${fragment}" on ${target})`);
    }
  }
  expect(broken).toEqual([]);
  expect(html.length).toBeGreaterThan(100);
  expect(checked).toBeGreaterThan(3000);
});

test('the search index holds every code page and every guide, and nothing else', () => {
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8'));
  const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
    (n, l) => n + l.page_count,
    0,
  );
  expect(indexed).toBe(codePages().length + guideSlugs().length);
  const bodies = html.filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'));
  expect(bodies.map(pageOf).sort()).toEqual(
    [...codePages().map((c) => `/${c.code}/`), ...guideSlugs().map((g) => `/troubleshooting/${g}/`)].sort(),
  );
});

test('the built HTML validates', async () => {
  test.setTimeout(300_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of html) {
    const report = await validator.validateFile(file);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('two builds of the same commit are byte-identical', () => {
  test.setTimeout(180_000);
  const hashTree = (dir: string) =>
    Object.fromEntries(
      files(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
    );
  const out = 'dist-repro';
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, SITE_OUT_DIR: `./${out}` },
    stdio: 'pipe',
  });
  const a = hashTree('dist');
  const b = hashTree(out);
  rmSync(out, { recursive: true, force: true });
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  expect(Object.keys(a).filter((f) => a[f] !== b[f])).toEqual([]);
});

test('canonical URLs, Open Graph and structured data point at the configured site', () => {
  const page = readFileSync('dist/486/index.html', 'utf8');
  expect(page).toContain(`<link rel="canonical" href="${site.url}/486/">`);
  expect(page).toContain(`<meta property="og:url" content="${site.url}/486/">`);
  const ld = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(page)![1]);
  expect(ld).toMatchObject({ '@type': 'TechArticle', url: `${site.url}/486/` });
  expect(page).toMatch(/<html lang="en">/);
});

/**
 * Budgets, checked on the built output and in Chromium: bytes and counts, never time.
 * - a code page's HTML plus CSS fits the first round trip: 14 KB gzip;
 * - at most 2 KB gzip of JavaScript is fetched before the reader interacts;
 * - no request to any other origin (the `problems` fixture fails on one).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, expect, codePages, guideSlugs, sitemapPaths } from '../support/site.ts';

const KB = 1024;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const distFile = (path: string) => `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;

test('every code page fits HTML plus CSS in 14 KB gzip', () => {
  for (const { code } of codePages()) {
    const html = readFileSync(distFile(`/${code}/`), 'utf8');
    // CSS is inlined; any linked stylesheet would count too.
    expect(html, `/${code}/ has its CSS inline`).toContain('<style>');
    // Render-blocking stylesheets count; the print stylesheet (media="print") never blocks a screen.
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?! media="print")/g)].map((m) =>
      readFileSync(`dist${m[1]}`),
    );
    const total = gz(html) + css.reduce((n, c) => n + gz(c), 0);
    expect(total, `/${code}/: ${total} bytes`).toBeLessThanOrEqual(14 * KB);
  }
});

for (const path of ['/', '/codes/', '/486/', '/troubleshooting/phone-wont-register/', '/search/']) {
  test(`${path} loads at most 2 KB gzip of JavaScript before interaction, from its own origin only`, async ({
    page,
  }) => {
    const scripts: Promise<number>[] = [];
    let requests = 0;
    page.on('request', () => requests++);
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body().then(gz));
    });
    await page.goto(path.slice(1));
    await page.waitForLoadState('networkidle');
    const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    expect(js, `${path}: ${js} bytes of JavaScript`).toBeGreaterThan(0);
    expect(js, `${path}: ${js} bytes of JavaScript`).toBeLessThanOrEqual(2 * KB);
    // HTML, script, icon, and the print stylesheet that the browser fetches at low priority.
    expect(requests, `${path}: ${requests} requests (HTML, script, icon, print styles)`).toBeLessThanOrEqual(4);
  });
}

test('the sitemap holds home, the two indexes, the analyser, every code page and every guide, nothing else', () => {
  expect(sitemapPaths().length).toBe(4 + codePages().length + guideSlugs().length);
});

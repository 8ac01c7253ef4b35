/** Facts about the built site that tests share: its pages, read from dist/ and the content. */
import { readFileSync, readdirSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { codePageAnchors, parseBody } from '../../src/lib/content-rules.ts';

/** Site paths listed in the built sitemap ("/486/"). */
export function sitemapPaths(dist = 'dist'): string[] {
  const xml = readFileSync(`${dist}/sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** Code pages from the content: code, reason and the anchors the page promises. */
export function codePages() {
  return readdirSync('content/codes')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { data, body } = splitFrontmatter(readFileSync(`content/codes/${f}`, 'utf8')) as {
        data: { code: number; reason: string };
        body: string;
      };
      return { code: data.code, reason: data.reason, anchors: codePageAnchors(parseBody(body)) };
    })
    .sort((a, b) => a.code - b.code);
}

export function guideSlugs(): string[] {
  return readdirSync('content/troubleshooting')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
}

/** Pages that are not in the sitemap but must pass the same checks. */
export const extraPaths = ['/search/', '/450/', '/150/', '/699/', '/this-page-does-not-exist/'];

/**
 * Every test's page fails the test on any console error, uncaught exception or CSP violation,
 * and on any request to another origin (an automatic fixture).
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        // Only the page a test opens on purpose at a missing address may answer 404.
        const expected404 =
          /status of 404/.test(m.text()) && /\/(no-such-page|this-page-does-not-exist)\//.test(m.location().url);
        if (m.type() === 'error' && !expected404) problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol.startsWith('http'))
          problems.push(`third-party request: ${r.url()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await use(problems);
      expect(problems, 'console errors, exceptions, CSP violations or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Types into the header search box like a person, one key at a time. */
export async function typeSearch(page: Page, text: string) {
  const box = page.getByRole('combobox', { name: /search codes and problems/i });
  await box.click();
  await box.pressSequentially(text, { delay: 10 });
  return box;
}

/**
 * Lighthouse: accessibility, best practices and SEO score 100 on each kind of page.
 * Performance depends on the machine's load, so `npm run bench` reports it instead.
 */
import { test, expect } from '@playwright/test';
import { lighthouseScores } from '../support/lighthouse.ts';

const pages = ['', 'codes/', '486/', 'troubleshooting/phone-wont-register/', 'search/'];

test('home, index, a code page, a guide and search score 100 in accessibility, best practices and SEO', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const results = await lighthouseScores(
    pages.map((p) => new URL(p, baseURL).href),
    ['accessibility', 'best-practices', 'seo'],
  );
  for (const r of results) {
    console.log(`${r.url}: ${JSON.stringify(r.scores)}`);
    expect(r.failing, r.url).toEqual([]);
    expect(r.scores, r.url).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
  }
});

/**
 * Runs queries through the site's search page in a real browser, as a reader would, and scores
 * where the expected page lands. Shared by the real-question suite (tests/e2e) and the
 * benchmark (scripts/bench.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export interface RealQuestion {
  q: string;
  /** The site path of the page that answers it best. */
  expect: string;
  /** Other pages that answer it as well. */
  alt?: string[];
  /** The public thread where a person asked it. */
  source: string;
  kind: 'code' | 'symptom' | 'log' | 'question';
  /** "tune": the half the site may be tuned on; "holdout": the half nobody tuned to. */
  half: 'tune' | 'holdout';
}

export const realQuestions = (): RealQuestion[] => JSON.parse(readFileSync('tests/search/real-questions.json', 'utf8'));

/** The site paths of the results for a query, in order (base path removed). */
export async function resultPaths(page: Page, q: string, base = '/'): Promise<string[]> {
  await page.goto(`${base.replace(/^\//, '')}search/?q=${encodeURIComponent(q)}`);
  await page
    .locator('.search-page [data-search-status]')
    .filter({ hasText: /results?\.$/ })
    .waitFor();
  const hrefs = await page
    .locator('.results > li > a.result-title')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.map((p) => (base !== '/' && p.startsWith(base) ? `/${p.slice(base.length)}` : p));
}

export interface Score {
  n: number;
  top1: number;
  top3: number;
  misses: string[];
}

/** Scores questions: top-1 and top-3 counts (the expected page or an alternative), and the misses. */
export async function scoreQuestions(page: Page, questions: RealQuestion[]): Promise<Score> {
  const score: Score = { n: questions.length, top1: 0, top3: 0, misses: [] };
  for (const item of questions) {
    const good = [item.expect, ...(item.alt ?? [])];
    const paths = await resultPaths(page, item.q);
    const rank = paths.findIndex((p) => good.includes(p));
    if (rank === 0) score.top1++;
    if (rank >= 0 && rank < 3) score.top3++;
    if (rank !== 0)
      score.misses.push(
        `${rank < 0 ? 'MISS' : `#${rank + 1} `}  ${item.q}  -> ${paths.slice(0, 3).join(' ') || '(nothing)'}  want ${item.expect}`,
      );
  }
  return score;
}

export const percent = (k: number, n: number) => `${k}/${n} (${Math.round((100 * k) / n)}%)`;

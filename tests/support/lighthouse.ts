/** Runs Lighthouse against a local URL in the same Chromium the tests use. Shared by tests and bench. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './chromium.ts';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

const chromePath = chromiumPath();

/** Scores (0 to 100) and the failing audits of each category, for each URL. */
export async function lighthouseScores(urls: string[], categories: (keyof Scores)[]) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const out: { url: string; scores: Partial<Scores>; failing: string[] }[] = [];
    for (const url of urls) {
      const result = await lighthouse(
        url,
        { port: chrome.port, onlyCategories: categories, output: 'json', logLevel: 'error' },
        {
          extends: 'lighthouse:default',
          settings: {
            formFactor: 'desktop',
            screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
            throttlingMethod: 'simulate',
          },
        },
      );
      const lhr = result!.lhr;
      const scores: Partial<Scores> = {};
      const failing: string[] = [];
      for (const c of categories) {
        const cat = lhr.categories[c];
        scores[c] = Math.round((cat.score ?? 0) * 100);
        for (const ref of cat.auditRefs) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) failing.push(`${c}/${a.id}: ${a.title}`);
        }
      }
      out.push({ url, scores, failing });
    }
    return out;
  } finally {
    chrome.kill();
  }
}

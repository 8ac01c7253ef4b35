import type { Page } from '@playwright/test';
import { test, expect } from '../support/site.ts';

/**
 * What screenshots show and other tests do not: on a phone and on a desktop, in every kind of
 * page, nothing is wider than the screen, no link or heading is squeezed to one word per line,
 * and no two pieces of text sit on top of each other.
 */
const pages = [
  '',
  'codes/',
  'troubleshooting/',
  'troubleshooting/phone-wont-register/',
  'troubleshooting/start-here/',
  '403/',
  '503/',
  '183/',
  '302/',
  '450/',
  'search/?q=busy',
  'analyze/',
  'no-such-page/',
];

async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return (
        r.width > 0 &&
        r.height > 0 &&
        s.visibility !== 'hidden' &&
        s.position !== 'fixed' &&
        !el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)')
      );
    };
    const name = (el: Element) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    // One word per line: a link or heading of several words squeezed into a narrow box, so its
    // text takes as many lines as it has words (a long link that wraps at the end of a line of
    // running text is fine).
    for (const el of document.querySelectorAll('h1, h2, h3, a, summary, label, button')) {
      if (!visible(el)) continue;
      const words = (el.textContent ?? '').trim().split(/\s+/).filter(Boolean);
      if (words.length < 2 || (el.parentElement?.clientWidth ?? width) >= 160) continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size >= words.length) problems.push(`${name(el)} wraps one word per line`);
    }
    // Overlapping text: text boxes of elements that are neither ancestor nor descendant of each other.
    const boxes = [
      ...document.querySelectorAll(
        'main p, main li, main h1, main h2, main h3, main dt, main dd, main td, main th, main summary, header a, header label, main label, main button',
      ),
    ]
      .filter(visible)
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return { el, rects: [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1) };
      });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const hit = a.rects.some((r) =>
          b.rects.some(
            (s) =>
              Math.min(r.right, s.right) - Math.max(r.left, s.left) > 2 &&
              Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 2,
          ),
        );
        if (hit) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    }
    return problems;
  });
}

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test(`every kind of page lays out cleanly at ${width} px`, async ({ page }) => {
      test.setTimeout(120_000);
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        if (path.startsWith('search/')) await expect(page.locator('.results > li').first()).toBeVisible();
        for (const p of await layoutProblems(page)) found.push(`/${path}: ${p}`);
      }
      expect(found).toEqual([]);
    });
  });
}

/** axe finds no WCAG 2.2 A/AA violation on any page, in light and dark colour schemes. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, sitemapPaths, extraPaths } from '../support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (within) builder.include(within);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const path of [...sitemapPaths(), ...extraPaths]) {
  test(`${path} has no accessibility violations in light and dark`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path.slice(1));
      expect(await violations(page), `${path} in ${colorScheme}`).toEqual([]);
    }
  });
}

test('the open search results have no accessibility violations', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('');
    const box = page.getByRole('combobox', { name: /search codes/i });
    await box.fill('busy');
    await expect(page.getByRole('option').first()).toBeVisible();
    await box.press('ArrowDown');
    // The popup itself: the page under it is checked on its own, and a link it covers is not a target then.
    expect(await violations(page, 'form[data-search="popup"]'), `search popup in ${colorScheme}`).toEqual([]);
    await page.goto('search/?q=password');
    await expect(page.locator('.results > li').first()).toBeVisible();
    expect(await violations(page), `search page in ${colorScheme}`).toEqual([]);
  }
});

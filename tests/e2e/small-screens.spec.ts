import { test, expect, sitemapPaths, extraPaths } from '../support/site.ts';

test.use({ viewport: { width: 320, height: 640 } });

test('on a 320 px phone no page scrolls sideways', async ({ page }) => {
  test.setTimeout(120_000);
  const wide: string[] = [];
  for (const path of [...sitemapPaths(), ...extraPaths]) {
    await page.goto(path.slice(1));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width}px`);
  }
  expect(wide).toEqual([]);
});

test('on a 320 px phone the search results fit the screen', async ({ page }) => {
  await page.goto('486/');
  await page.getByRole('combobox', { name: /search codes/i }).fill('Proxy-Authenticate');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

import { test, expect, codePages } from '../support/site.ts';
import { categories } from '../../src/data/categories.ts';

test.describe('browsing by code', () => {
  test('the index lists every code, grouped by category and in numeric order', async ({ page }) => {
    await page.goto('codes/');
    const groups = await page.locator('.code-index section h2').allTextContents();
    expect(groups).toEqual(categories.map((c) => c.title));
    const listed = (await page.locator('.code-index .num').allTextContents()).map(Number);
    expect([...listed].sort()).toEqual(codePages().map((c) => c.code));
    for (const section of await page.locator('.code-index section').all()) {
      const nums = (await section.locator('.num').allTextContents()).map(Number);
      expect(nums).toEqual([...nums].sort((a, b) => a - b));
    }
  });

  test('a reader opens a code from the index', async ({ page }) => {
    await page.goto('codes/');
    await page.locator('.code-index').getByRole('link', { name: 'Forbidden' }).click();
    await expect(page).toHaveURL(/\/403\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('403 Forbidden');
  });

  test('a reader types a number into "go to code" and lands on its page', async ({ page }) => {
    await page.goto('codes/');
    await page.getByLabel('Go to code').fill('488');
    await page.getByLabel('Go to code').press('Enter');
    await expect(page).toHaveURL(/\/488\/$/);
  });

  test('an unregistered number like /450/ explains itself and leads to 400', async ({ page }) => {
    await page.goto('450/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('450: not a standard SIP code');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await page.getByRole('link', { name: '400 Bad Request' }).first().click();
    await expect(page).toHaveURL(/\/400\/$/);
  });

  test('every number from 400 to 499 resolves to a useful page', async ({ request }) => {
    const known = new Map(codePages().map((c) => [c.code, c.reason]));
    for (let n = 400; n <= 499; n++) {
      const res = await request.get(`${n}/`);
      expect(res.status(), `/${n}/`).toBe(200);
      const html = await res.text();
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      expect(h1, `/${n}/`).toBe(known.has(n) ? `${n} ${known.get(n)}` : `${n}: not a standard SIP code`);
    }
  });

  test('a short link without the slash lands on the page', async ({ page }) => {
    const res = await page.goto('486');
    expect(res?.status()).toBe(200);
    await expect(page).toHaveURL(/\/486\/$/);
  });

  test('a mistyped address shows the helpful 404 page with status 404', async ({ page }) => {
    const res = await page.goto('no-such-page/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'list of all codes' }).click();
    await expect(page).toHaveURL(/\/codes\/$/);
  });

  test('codes.json lists every code as open data', async ({ request }) => {
    const data = await (await request.get('codes.json')).json();
    expect(data.codes.map((c: { code: number }) => c.code)).toEqual(codePages().map((c) => c.code));
    const busy = data.codes.find((c: { code: number }) => c.code === 486);
    expect(busy).toMatchObject({ reason: 'Busy Here', category: 'availability', status: 'current', isupCause: 17 });
    expect(busy.url).toMatch(/\/486\/$/);
    expect(busy.rfcs[0]).toMatchObject({ rfc: 3261, section: '21.4.24' });
  });

  test('the sitemap lists code pages and guides but no unregistered number', async ({ request }) => {
    const xml = await (await request.get('sitemap.xml')).text();
    expect(xml).toContain('/486/</loc>');
    expect(xml).toContain('/troubleshooting/phone-wont-register/</loc>');
    expect(xml).not.toContain('/450/</loc>');
    expect(xml).not.toContain('/search/</loc>');
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
});

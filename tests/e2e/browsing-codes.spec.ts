import { test, expect, codePages } from '../support/site.ts';
import { FIRST_CODE, LAST_CODE } from '../../src/data/classes.ts';

test.describe('browsing by code', () => {
  test('the index lists every code by class, then by category, in numeric order', async ({ page }) => {
    await page.goto('codes/');
    const classes = await page.locator('.code-index > section > h2').allTextContents();
    expect(classes).toEqual([
      '1xx Provisional',
      '2xx Success',
      '3xx Redirection',
      '4xx Request failed',
      '5xx Server failure',
      '6xx Global failure',
    ]);
    for (const cls of await page.locator('.code-index > section').all()) {
      await expect(cls.locator('> p').first()).not.toBeEmpty();
    }
    const listed = (await page.locator('.code-index .num').allTextContents()).map(Number);
    expect(listed).toHaveLength(codePages().length);
    expect([...listed].sort((a, b) => a - b)).toEqual(codePages().map((c) => c.code));
    for (const group of await page.locator('.code-index .code-group').all()) {
      const nums = (await group.locator('.num').allTextContents()).map(Number);
      expect(nums).toEqual([...nums].sort((a, b) => a - b));
    }
  });

  test('a reader jumps to a class from the list at the top', async ({ page }) => {
    await page.goto('codes/');
    await page
      .getByRole('navigation', { name: 'Jump to a class' })
      .getByRole('link', { name: '5xx Server failure' })
      .click();
    await expect(page).toHaveURL(/#5xx$/);
    await expect(page.locator('[id="5xx"]')).toBeInViewport();
    await expect(
      page.locator('section:has(> [id="5xx"])').getByRole('link', { name: 'Service Unavailable' }),
    ).toBeVisible();
  });

  test('the category anchors of old links still lead somewhere', async ({ page }) => {
    for (const id of ['access', 'routing', 'availability', 'media', 'identity', 'priority', 'protocol']) {
      await page.goto(`codes/#${id}`);
      await expect(page.locator(`#${id}`)).toHaveCount(1);
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
    await page.getByLabel('Go to code').fill(' 503 ');
    await page.getByLabel('Go to code').press('Enter');
    await expect(page).toHaveURL(/\/503\/$/);
  });

  test('"go to code" sends anything that is not a code to search', async ({ page }) => {
    await page.goto('codes/');
    await page.getByLabel('Go to code').fill('busy');
    await page.getByLabel('Go to code').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=busy$/);
  });

  test('an unregistered number like /450/ explains itself and leads to 400', async ({ page }) => {
    await page.goto('450/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('450: not a standard SIP code');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await page.getByRole('link', { name: '400 Bad Request' }).first().click();
    await expect(page).toHaveURL(/\/400\/$/);
  });

  test('an unregistered number of another class like /350/ leads to the x00 of its class', async ({ page }) => {
    await page.goto('350/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('350: not a standard SIP code');
    await expect(page.locator('main')).toContainText('like 300 Multiple Choices');
    await page.getByRole('link', { name: '300 Multiple Choices' }).first().click();
    await expect(page).toHaveURL(/\/300\/$/);
  });

  test('an unregistered provisional number like /150/ explains the 183 rule', async ({ page }) => {
    await page.goto('150/');
    await expect(page.locator('main')).toContainText('like 183 Session Progress');
    await page.getByRole('link', { name: '183 Session Progress' }).first().click();
    await expect(page).toHaveURL(/\/183\/$/);
  });

  test('every number from 100 to 699 resolves to a useful page', async ({ request }) => {
    const known = new Map(codePages().map((c) => [c.code, c.reason]));
    for (let n = FIRST_CODE; n <= LAST_CODE; n++) {
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
    expect(busy).toMatchObject({
      reason: 'Busy Here',
      class: '4xx',
      category: 'availability',
      status: 'current',
      isupCause: 17,
    });
    expect(data.codes.find((c: { code: number }) => c.code === 503)).toMatchObject({
      class: '5xx',
      isupCause: 41,
      isupMapping: 'listed',
    });
    expect(data.codes.find((c: { code: number }) => c.code === 412)).toMatchObject({
      isupCause: 31,
      isupMapping: 'default',
    });
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

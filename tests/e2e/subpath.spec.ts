/**
 * The same site built with base '/help/sip/' (npm run build:subpath) and served under that path:
 * every link, asset and feature works there too.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/site.ts';

test('a reader browses the sub-path site from home to a code and a guide', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveURL(/\/help\/sip\/$/);
  await expect(page.locator('script[type="module"]')).toHaveAttribute('src', /^\/help\/sip\/_assets\//);
  await page.getByRole('link', { name: 'All codes' }).first().click();
  await expect(page).toHaveURL(/\/help\/sip\/codes\/$/);
  await page.locator('.code-index').getByRole('link', { name: 'Busy Here' }).click();
  await expect(page).toHaveURL(/\/help\/sip\/486\/$/);
  const guide = page.locator('section:has(#related)').getByRole('link', { name: 'Every call I make is busy' });
  await guide.click();
  await expect(page).toHaveURL(/\/help\/sip\/troubleshooting\/every-call-busy\/$/);
  // A link written in the content as /486/ gets the base path.
  await page.locator('main').getByRole('link', { name: '486 Busy Here' }).first().click();
  await expect(page).toHaveURL(/\/help\/sip\/486\/(#.*)?$/);
});

test('search works under the sub-path, with result links that keep the base', async ({ page }) => {
  await page.goto('486/');
  const box = page.getByRole('combobox', { name: /search codes/i });
  await box.fill('Min-Expires');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('423 Interval Too Brief');
  expect(await first.getAttribute('data-href')).toBe('/help/sip/423/');
  await box.fill('450');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/help\/sip\/450\/$/);
});

test('short links, the 404 page and the data files work under the sub-path', async ({ request, page }) => {
  const bare = await request.get('486', { maxRedirects: 0 });
  expect(bare.headers()['location']).toBe('/help/sip/486/');
  const missing = await request.get('nothing-here/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('href="/help/sip/codes/"');
  const data = await (await request.get('codes.json')).json();
  expect(data.codes[0].url).toMatch(/\/help\/sip\/100\/$/);
  expect(await (await request.get('sitemap.xml')).text()).toContain('/help/sip/486/</loc>');
  await page.goto('search/?q=glare');
  await expect(page.locator('.results > li > a').first()).toHaveAttribute('href', '/help/sip/491/');
});

test('no link in the sub-path build escapes the base path', () => {
  for (const file of [
    'index.html',
    '486/index.html',
    '450/index.html',
    'codes/index.html',
    'search/index.html',
    '404.html',
    'troubleshooting/start-here/index.html',
    'troubleshooting/every-call-busy/index.html',
  ]) {
    const html = readFileSync(`dist-subpath/${file}`, 'utf8');
    const rootLinks = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)]
      .map((m) => m[1])
      .filter((h) => !h.startsWith('/help/sip/'));
    expect(rootLinks, file).toEqual([]);
  }
});

/** This build has a feedback endpoint (SITE_FEEDBACK_URL in npm run build:subpath); a local stand-in answers it. */
test.describe('"Was this page helpful?"', () => {
  test('a reader answers and the answer reaches the endpoint, thanked in place', async ({ page }) => {
    const posts: string[] = [];
    await page.route('**/help/sip/feedback', (route) => {
      posts.push(route.request().postData() ?? '');
      return route.fulfill({ status: 204 });
    });
    await page.goto('403/');
    const form = page.getByRole('group', { name: 'Was this page helpful?' });
    await form.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByText('Thank you: your answer helps us improve this page.')).toBeVisible();
    expect(posts).toEqual(['page=%2F403%2F&helpful=yes']);
    await expect(form.getByRole('button', { name: 'No' })).toBeDisabled();
  });

  test('without JavaScript the answer is a plain form post', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const posts: string[] = [];
    await page.route('**/help/sip/feedback', (route) => {
      posts.push(route.request().postData() ?? '');
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Thanks</p>' });
    });
    await page.goto('troubleshooting/no-audio/');
    await page.getByRole('button', { name: 'No' }).click();
    await expect(page.getByText('Thanks')).toBeVisible();
    expect(posts).toEqual(['page=%2Ftroubleshooting%2Fno-audio%2F&helpful=no']);
    await context.close();
  });
});

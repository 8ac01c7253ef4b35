import site from '../../site.config.ts';
import { test, expect, codePages, guideSlugs } from '../support/site.ts';

test.describe('troubleshooting', () => {
  test('a customer answers the start-here questions and reaches the right guide', async ({ page }) => {
    await page.goto('troubleshooting/');
    await page.getByRole('link', { name: /Start here/ }).click();
    await expect(page).toHaveURL(/\/troubleshooting\/start-here\/$/);
    await page.locator('section:has(#direction)').getByRole('link', { name: 'every call is busy' }).click();
    await expect(page).toHaveURL(/\/troubleshooting\/every-call-busy\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every call I make is busy');
  });

  test('a guide starts with quick checks and ends with what to send support', async ({ page }) => {
    await page.goto('troubleshooting/phone-wont-register/');
    const ids = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.slice(0, 2)).toEqual(['quick-checks', 'admin-checks']);
    expect(ids.at(-1)).toBe('still-stuck');
    const stuck = page.locator('section:has(#still-stuck)');
    await expect(stuck).toContainText('time zone');
    await expect(stuck).toContainText('Call-ID');
    await expect(stuck.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', /^https?:\/\//);
  });

  test('a reader goes from a guide to a code and back to the guide', async ({ page }) => {
    await page.goto('troubleshooting/every-call-busy/');
    await page.locator('main').getByRole('link', { name: '486 Busy Here' }).first().click();
    await expect(page).toHaveURL(/\/486\/(#.*)?$/);
    const related = page.locator('section:has(#related)');
    await expect(related.getByRole('heading', { name: 'Guides for this problem' })).toBeVisible();
    await related.getByRole('link', { name: 'Every call I make is busy' }).click();
    await expect(page).toHaveURL(/\/troubleshooting\/every-call-busy\/$/);
  });

  test('the general checks are all there and the outage check links the status page', async ({ page }) => {
    await page.goto('troubleshooting/');
    const checks = page.locator('section:has(#checks)');
    for (const name of ['internet connection', 'outage', 'changed recently', 'Do Not Disturb', 'call forwarding']) {
      await expect(checks.getByRole('link', { name: new RegExp(name, 'i') })).toBeVisible();
    }
    await checks.getByRole('link', { name: /outage/i }).click();
    await expect(page.locator('main a[href="https://status.example.com/"]').first()).toBeVisible();
  });

  test('every guide shows its codes, and every code it names links back to it', async ({ request }) => {
    for (const slug of guideSlugs().filter((s) => s !== 'start-here')) {
      const html = await (await request.get(`troubleshooting/${slug}/`)).text();
      const listed = [...html.matchAll(/<a class="num" href="[^"]*\/(\d{3})\/">/g)].map((m) => m[1]);
      expect(listed.length, `${slug} lists codes`).toBeGreaterThan(0);
      for (const code of listed) {
        const page = await (await request.get(`${code}/`)).text();
        expect(page, `/${code}/ links back to ${slug}`).toContain(`/troubleshooting/${slug}/"`);
      }
    }
  });
});

test.describe('tools for support agents', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test("an agent copies a link to a cause, bare or with its title, always on the site's own address", async ({
    page,
  }) => {
    await page.goto('403/');
    const control = page.locator('a.anchor[href="#cause-ip-not-allowed"]');
    await expect(control).toHaveAccessibleName(/^Link to this section: /);
    await control.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#cause-ip-not-allowed$/);
    const menu = page.getByRole('group', { name: /^Link to this section: / });
    await expect(menu.getByRole('button', { name: 'Copy link', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    // The configured site URL, not the test server this page was opened on.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/403/#cause-ip-not-allowed`);
    await expect(menu.getByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(page.locator('#announcer')).toHaveText('Link copied to the clipboard.');
    await menu.getByRole('button', { name: 'Copy link with title' }).click();
    const titled = await page.evaluate(() => navigator.clipboard.readText());
    expect(titled).toMatch(
      new RegExp(`^403 Forbidden: .+ - ${site.url.replace(/[.]/g, '\\.')}/403/#cause-ip-not-allowed$`),
    );
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(control).toBeFocused();
  });

  test('a quick second click on "Copy reply" does not leave it stuck on "Copied"', async ({ page }) => {
    await page.goto('486/');
    await page.getByText('For support agents: ready reply').click();
    const button = page.getByRole('button', { name: 'Copy reply' }).first();
    await button.click();
    await page.getByRole('button', { name: 'Copied' }).first().click();
    await expect(page.getByRole('button', { name: 'Copy reply' }).first()).toBeVisible({ timeout: 4000 });
  });

  test('an agent copies the reply of one cause, linked to that cause', async ({ page }) => {
    await page.goto('403/');
    const cause = page.locator('section:has(> .heading #cause-account-suspended)');
    await cause.getByText('For support agents: reply for this cause').click();
    await cause.getByRole('button', { name: 'Copy reply' }).click();
    await expect(page.locator('#announcer')).toHaveText('Reply copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`More: ${site.url.replace(/[.]/g, '\\.')}/403/#cause-account-suspended$`),
    );
  });

  test('an agent copies the reply for a ticket: what it means, what to try, and the link', async ({ page }) => {
    await page.goto('486/');
    await page.getByText('For support agents: ready reply').click();
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await expect(page.locator('#announcer')).toHaveText('Reply copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^The number you called was busy/);
    expect(copied.endsWith(`\nMore: ${site.url}/486/`)).toBe(true);
    await expect(page.locator('#announcer')).toHaveText('Reply copied to the clipboard.');
  });

  test('guides have a reply to copy too', async ({ page }) => {
    await page.goto('troubleshooting/no-audio/');
    await page.getByText('For support agents: ready reply').click();
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await expect(page.locator('#announcer')).toHaveText('Reply copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/troubleshooting/no-audio/');
  });

  test('every anchor in the URL contract exists on every code page', async ({ request }) => {
    for (const { code, anchors } of codePages()) {
      const html = await (await request.get(`${code}/`)).text();
      for (const id of anchors) expect(html, `/${code}/#${id}`).toContain(` id="${id}"`);
      expect(html, `/${code}/ shows when it was last reviewed`).toMatch(
        /Last reviewed <time datetime="\d{4}-\d{2}-\d{2}">/,
      );
    }
  });

  test('a printed page drops the navigation and shows link addresses', async ({ page }) => {
    await page.goto('troubleshooting/every-call-busy/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.crumbs')).toBeHidden();
    const link = page.locator('main .section p a[href^="/"]').first();
    const href = await link.getAttribute('href');
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(href!);
    await expect(page.locator('.reviewed')).toContainText(`Online at ${site.url}/troubleshooting/every-call-busy/`);
  });
});

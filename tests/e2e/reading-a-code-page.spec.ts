import { test, expect } from '../support/site.ts';

test.describe('reading a code page', () => {
  test('a customer opens /486/ and reads every section in order', async ({ page }) => {
    await page.goto('486/');
    await expect(page).toHaveTitle(/486 Busy Here/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('486 Busy Here');
    await expect(page.getByText('SIP/2.0 486 Busy Here').first()).toBeVisible();
    const ids = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(['meaning', 'normal', 'causes', 'fix', 'fix-admin', 'technical', 'related', 'still-stuck']);
    for (const id of ids) await expect(page.locator(`#${id}`)).toBeVisible();
    await expect(page.locator('#cause-callee-on-another-call')).toHaveText(/already on a call/);
    await expect(page.locator('#technical')).toBeVisible();
    await expect(page.locator('section:has(#technical)')).toContainText('cause 17 (User busy)');
    await expect(
      page.locator('section:has(#technical) a[href*="rfc-editor.org/rfc/rfc3261#section-21.4.24"]'),
    ).toHaveCount(1);
    await expect(page.getByText(/Last reviewed/)).toBeVisible();
  });

  test('the verdict and the answer to "Is this normal?" agree', async ({ page }) => {
    for (const [code, verdict, first] of [
      ['487', 'Normal: no action needed', 'Yes'],
      ['486', 'Can be normal: act if it repeats', 'Sometimes'],
      ['403', 'Needs action', 'No'],
      ['183', 'Normal: no action needed', 'Yes'],
    ]) {
      await page.goto(`${code}/`);
      await expect(page.locator('[data-verdict]')).toHaveText(verdict);
      await expect(page.getByRole('heading', { name: 'Is this normal?' })).toBeVisible();
      const answer = await page.locator('section:has(> .heading #normal) p').first().textContent();
      expect(answer!.trim().split(/[ .]/)[0], code).toBe(first);
    }
  });

  test('a customer reads /503/, /603/ and /183/ section by section', async ({ page }) => {
    for (const code of ['503', '603', '183']) {
      await page.goto(`${code}/`);
      const ids = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
      expect(ids, code).toEqual(
        expect.arrayContaining(['meaning', 'normal', 'causes', 'fix', 'fix-admin', 'technical', 'related']),
      );
      expect(await page.locator('article h3[id^="cause-"]').count(), code).toBeGreaterThanOrEqual(3);
    }
    await page.goto('503/');
    await expect(page.locator('[data-isup]')).toContainText('cause 41 (Temporary failure)');
    await expect(page.locator('[data-isup]')).toContainText('34 (No circuit/channel available)');
    await expect(page.locator('[data-pbx]')).toContainText('FreeSWITCH');
  });

  test('a historic code is marked as not part of current SIP', async ({ page }) => {
    await page.goto('409/');
    await expect(page.locator('.badges')).toContainText('Historic');
    await expect(page.locator('section:has(#technical)')).toContainText('RFC 2543');
  });

  test('renamed codes show the old reason phrase too', async ({ page }) => {
    await page.goto('437/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('437 Unsupported Credential');
    await expect(page.locator('section:has(#technical)')).toContainText('Unsupported Certificate');
  });

  test('a reader steps to the previous and next code', async ({ page }) => {
    await page.goto('486/');
    await page.getByRole('link', { name: /487 Request Terminated →/ }).click();
    await expect(page).toHaveURL(/\/487\/$/);
    await page.getByRole('link', { name: /← 486 Busy Here/ }).click();
    await expect(page).toHaveURL(/\/486\/$/);
    await page.goto('494/');
    await page.getByRole('link', { name: /500 Server Internal Error →/ }).click();
    await expect(page).toHaveURL(/\/500\/$/);
  });

  test('the page reads fully with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('403/');
    await expect(page.locator('#cause-ip-not-allowed')).toBeVisible();
    await page.getByText('For support agents: ready reply').click();
    await expect(page.locator('[data-reply-text]').first()).toContainText('/403/');
    await context.close();
  });
});

test('with no feedback endpoint configured, the feedback question is not shown', async ({ page }) => {
  await page.goto('403/');
  await expect(page.locator('form[data-feedback]')).toHaveCount(0);
});

test('a link to a cause lands on it and marks it', async ({ page }) => {
  await page.goto('403/#cause-account-suspended');
  const heading = page.locator('#cause-account-suspended');
  await expect(heading).toBeInViewport();
  const background = await heading.evaluate((h) => getComputedStyle(h.parentElement!).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('on a wide screen "On this page" lists the causes and marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('403/');
  const toc = page.locator('.toc-side');
  await expect(toc).toBeVisible();
  await expect(toc.getByRole('link', { name: /account is on hold/i })).toBeVisible();
  await page.locator('#fix').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await expect(toc.locator('a[aria-current]')).toHaveCount(1);
});

test('on a phone a compact jump list opens at the top, and a link leads back up', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('403/');
  await expect(page.locator('.toc-side')).toBeHidden();
  await page.locator('.toc-compact summary').click();
  await page
    .getByRole('navigation', { name: 'Jump to a section' })
    .getByRole('link', { name: 'How to fix it' })
    .click();
  await expect(page).toHaveURL(/#fix$/);
  await page.getByRole('link', { name: 'Back to top' }).click();
  await expect(page.locator('#top')).toBeInViewport();
});

test('every code page has a "Still stuck?" block with what to send support', async ({ page }) => {
  await page.goto('503/');
  const stuck = page.locator('section:has(> .heading #still-stuck)');
  await expect(stuck).toContainText('Call-ID');
  await expect(stuck.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', /support/);
});

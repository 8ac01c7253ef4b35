import { test, expect, typeSearch, codePages } from '../support/site.ts';

test.describe('searching', () => {
  test('nothing of search is fetched until the reader uses it', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('486/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => /pagefind|search\./.test(p))).toEqual([]);
    await page.getByRole('combobox', { name: /search codes/i }).focus();
    await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('a reader types a bare code and presses Enter to open its page', async ({ page }) => {
    await page.goto('');
    const box = await typeSearch(page, '403');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/403\/$/);
  });

  test('a reader pastes a status line and gets that code first', async ({ page }) => {
    await page.goto('');
    const box = page.getByRole('combobox', { name: /search codes/i });
    await box.fill('SIP/2.0 488 Not Acceptable Here');
    const first = page.getByRole('option').first();
    await expect(first).toContainText('488 Not Acceptable Here');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/488\/$/);
  });

  test('a reader pastes a Q.850 Reason header and learns which SIP code it is', async ({ page }) => {
    await page.goto('');
    await page.getByRole('combobox', { name: /search codes/i }).fill('Reason: Q.850;cause=17;text="User busy"');
    await expect(page.locator('[data-search-note]').first()).toHaveText('Q.850 cause 17 (User busy) is SIP 486.');
    await expect(page.getByRole('option').first()).toContainText('486 Busy Here');
  });

  test('a reader searches 503 and lands on its page', async ({ page }) => {
    await page.goto('');
    const box = await typeSearch(page, '503');
    await expect(page.getByRole('option').first()).toContainText('503 Service Unavailable');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/503\/$/);
  });

  test('a reader pastes "Q.850 cause 34" and learns it is 503', async ({ page }) => {
    await page.goto('');
    await page.getByRole('combobox', { name: /search codes/i }).fill('Q.850 cause 34');
    await expect(page.locator('[data-search-note]').first()).toHaveText(
      'Q.850 cause 34 (No circuit/channel available) is SIP 503.',
    );
    await expect(page.getByRole('option').first()).toContainText('503 Service Unavailable');
  });

  test('a reader pastes a PBX hangup cause and lands on the right page with a note', async ({ page }) => {
    await page.goto('');
    const box = page.getByRole('combobox', { name: /search codes/i });
    await box.fill('NORMAL_TEMPORARY_FAILURE');
    await expect(page.locator('[data-search-note]').first()).toContainText(
      'FreeSWITCH NORMAL_TEMPORARY_FAILURE is Q.850 cause 41',
    );
    await expect(page.getByRole('option').first()).toContainText('503 Service Unavailable');
    await box.fill('hangup cause NO_ROUTE_DESTINATION');
    await expect(page.locator('[data-search-note]').first()).toHaveText(
      'FreeSWITCH NO_ROUTE_DESTINATION is Q.850 cause 3 (No route to destination); RFC 3398 maps it to 404.',
    );
    await box.press('Enter');
    await expect(page).toHaveURL(/\/404\/$/);
  });

  test('a keyboard user moves through results with the arrow keys and opens one with Enter', async ({ page }) => {
    await page.goto('codes/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: /search codes/i });
    await expect(box).toBeFocused();
    await page.keyboard.type('busy', { delay: 20 });
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await expect(page.locator(`#${active}`)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(box).not.toHaveAttribute('aria-activedescendant', active!);
    await page.keyboard.press('ArrowUp');
    await expect(box).toHaveAttribute('aria-activedescendant', active!);
    const target = await page.locator(`#${active}`).getAttribute('data-href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('Escape closes the results, and a second Escape clears the box', async ({ page }) => {
    await page.goto('');
    const box = await typeSearch(page, 'codec');
    await expect(page.getByRole('option').first()).toBeVisible();
    await box.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('listbox')).toBeHidden();
    await box.press('Escape');
    await expect(box).toHaveValue('');
  });

  test('results announce their count to screen readers', async ({ page }) => {
    await page.goto('');
    await typeSearch(page, 'glare');
    await expect(page.locator('[data-search-status]').first()).toHaveText(/^\d+ results?\.$/);
  });

  test('an agent sends a /search/?q= link and the reader sees the results', async ({ page }) => {
    await page.goto('search/?q=Min-Expires');
    await expect(page.getByLabel('Search codes, log lines and problems')).toHaveValue('Min-Expires');
    await expect(page.locator('.results > li').first()).toContainText('423 Interval Too Brief');
    await expect(page.locator('[data-search-fallback]')).toBeHidden();
  });

  test('a reader narrows search page results to one category', async ({ page }) => {
    await page.goto('search/?q=password');
    await expect(page.locator('.results > li').first()).toBeVisible();
    await page.getByLabel('Show').selectOption({ label: 'Troubleshooting guides' });
    await expect(page).toHaveURL(/category=guides/);
    await expect(page.locator('.results > li .result-title').first()).toHaveAttribute('href', /\/troubleshooting\//);
    const hrefs = await page
      .locator('.results > li > .result-title')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => h!.includes('/troubleshooting/'))).toBe(true);
  });

  test('without JavaScript the header form still submits and the search page lists every code', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('486/');
    await page.getByRole('searchbox', { name: /search codes and problems/i }).fill('busy');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=busy$/);
    // Chromium with scripts disabled by the test still parses <noscript> as if scripts ran,
    // so the note is checked in the HTML the server sends.
    expect(await (await page.request.get('search/')).text()).toContain(
      '<noscript>Search needs JavaScript, which is off in your browser.</noscript>',
    );
    await expect(page.locator('.code-index .num')).toHaveCount(codePages().length);
    await context.close();
  });

  for (const odd of [
    '\uD800 lone surrogate',
    'unmatchedwordlongerthanthirtythreeletters',
    '忙'.repeat(1000),
    '',
    '    ',
    '?!.,;',
    'x'.repeat(1000),
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '📞📞 🤷',
    'Занято 忙',
    '4860',
    '99',
  ]) {
    test(`odd input ${JSON.stringify(odd.slice(0, 30))} never breaks the page or injects markup`, async ({ page }) => {
      let dialog = false;
      page.on('dialog', (d) => {
        dialog = true;
        void d.dismiss();
      });
      await page.goto(`search/?${new URLSearchParams({ q: odd })}`);
      await page.getByLabel('Search codes, log lines and problems').fill(odd);
      // Wait for the answer itself: a result count, or the box closed for input with no words.
      if (odd.trim()) await expect(page.locator('.search-page [data-search-status]')).toHaveText(/results?\.$/);
      else await expect(page.locator('.search-page .search-popup')).toBeHidden();
      expect(await page.locator('main img, .results script, [data-search-note] img').count()).toBe(0);
      expect(dialog).toBe(false);
      if (odd.trim().replace(/[?!.,;]/g, '') && !/^\s*$/.test(odd)) {
        await expect(page.locator('.search-page .search-popup')).toBeVisible();
      }
      const note = await page.locator('.search-page [data-search-note]').textContent();
      if (note) expect(note).not.toContain('undefined');
    });
  }

  test('a search with no match offers the index and the guides', async ({ page }) => {
    await page.goto('search/?q=zzzqqq');
    const note = page.locator('.search-page [data-search-note]');
    await expect(note).toContainText('Nothing found for “zzzqqq”');
    await expect(note.getByRole('link', { name: 'all codes' })).toBeVisible();
    await expect(note.getByRole('link', { name: 'troubleshooting guides' })).toBeVisible();
  });
});

import { readFileSync } from 'node:fs';
import { test, expect } from '../support/site.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/traces/${name}`, 'utf8');

test.describe('explaining a pasted SIP message', () => {
  test('an admin pastes a 423 with Min-Expires and reads what to change', async ({ page }) => {
    await page.goto('analyze/');
    await page.getByLabel('Paste a SIP message or trace').fill(fixture('synthetic-asterisk-423.txt'));
    await page.getByRole('button', { name: 'Explain' }).click();
    const out = page.locator('[data-analysis]');
    await expect(out.getByRole('heading', { name: 'What happened' })).toBeVisible();
    await expect(out).toContainText('423');
    await expect(out.locator('code', { hasText: 'Min-Expires' }).first()).toBeVisible();
    await expect(out.getByRole('link', { name: /Read the page for 423/ })).toHaveAttribute('href', /\/423\/$/);
    await expect(out.getByRole('img')).toHaveCount(1);
    await expect(out.locator('.ladder-text li').first()).toBeVisible();
  });

  test('an admin pastes an INVITE and its 488 and sees the codecs side by side', async ({ page }) => {
    await page.goto('analyze/');
    await page.getByLabel('Paste a SIP message or trace').fill(fixture('synthetic-invite-488.txt'));
    await page.getByRole('button', { name: 'Explain' }).click();
    const table = page.locator('[data-analysis] table.media');
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Offered' })).toBeVisible();
    await expect(table.locator('tbody tr').first()).toContainText(/audio/i);
    await expect(page.locator('[data-analysis]')).toContainText('488');
  });

  test('an agent pastes a trace with a second challenge and reads that the password is wrong', async ({ page }) => {
    await page.goto('analyze/');
    await page.getByLabel('Paste a SIP message or trace').fill(fixture('synthetic-sngrep-401-twice.txt'));
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(page.locator('[data-analysis]')).toContainText(/password/i);
  });

  test('garbage gets a clear sentence, nothing injected, and nothing leaves the browser', async ({ page }) => {
    await page.goto('analyze/');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    let dialog = false;
    page.on('dialog', (d) => ((dialog = true), void d.dismiss()));
    const garbage =
      'hello <img src=x onerror=alert(1)>\n<script>alert(2)</script>\nSIP/2.0 699 <b>Odd</b>\nVia: \u0000\u0001 📞';
    await page.getByLabel('Paste a SIP message or trace').fill(garbage);
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(page.locator('[data-analyze-status]')).not.toHaveText(/Reading/);
    await expect(page.locator('[data-analyze-status]')).not.toBeEmpty();
    expect(await page.locator('[data-analysis] img, [data-analysis] script, [data-analysis] b').count()).toBe(0);
    expect(dialog).toBe(false);
    expect(requests, 'no request after pasting').toEqual([]);
    expect(page.url()).not.toContain('699');
  });

  test('a reader pastes a SIP message into the search box and has it explained on the spot', async ({ page }) => {
    await page.goto('486/');
    const box = page.getByRole('combobox', { name: /search codes/i });
    // Search loads when the box gets focus, as a reader clicks into it before pasting.
    const loaded = page.waitForResponse(/\/_assets\/tools\./);
    await box.focus();
    await loaded;
    const text = fixture('synthetic-invite-488.txt');
    await page.evaluate((t) => {
      const input = document.querySelector<HTMLInputElement>('#site-search')!;
      const data = new DataTransfer();
      data.setData('text/plain', t);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      input.value = t.replace(/\r?\n/g, ' ').slice(0, 1000);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.getByRole('button', { name: 'Explain this message' }).click();
    const dialog = page.getByRole('dialog', { name: 'Explain a SIP message' });
    await expect(dialog.locator('table.media')).toBeVisible();
    expect(page.url()).toMatch(/\/486\/$/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('without JavaScript the page says what the tool does and where else to go', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('analyze/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explain a SIP message');
    await expect(page.getByText(/Nothing you paste leaves your browser/)).toBeVisible();
    expect(await (await page.request.get('analyze/')).text()).toContain('browse all codes');
    await context.close();
  });
});

test('code pages load no byte of the analyser', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('503/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => /analyze|tools\./.test(p))).toEqual([]);
});

import type { Page } from '@playwright/test';
import { test, expect } from '../support/site.ts';

/** Tabs until the focused element matches, checking that focus is always visible. */
async function tabTo(page: Page, accessibleName: RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const label = el.getAttribute('aria-label') || el.textContent || '';
      return {
        label: label.trim(),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        visible: el.matches(':focus-visible'),
      };
    });
    expect(state.visible && state.outline, `focus is visible on "${state.label}"`).toBe(true);
    if (accessibleName.test(state.label)) return;
  }
  throw new Error(`never reached ${accessibleName}`);
}

test('a keyboard-only reader goes from the home page to a fix section and back, focus always visible', async ({
  page,
}) => {
  await page.goto('');
  await tabTo(page, /^Skip to content$/);
  await tabTo(page, /^403\s*Forbidden$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/403\/$/);
  await tabTo(page, /^How to fix it$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/403\/#fix$/);
  await expect(page.locator('#fix')).toBeInViewport();
  await page.goBack();
  await expect(page).toHaveURL(/\/403\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await tabTo(page, /^Skip to content$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

/**
 * The site as deployed with deploy/nginx/site.conf: security headers, caching, compression,
 * short links and the 404 status, and a CSP that no page violates (the `problems` fixture
 * listens for securitypolicyviolation on every page it opens).
 */
import { test, expect, sitemapPaths, extraPaths } from '../support/site.ts';

test('pages carry a strict CSP and the other security headers', async ({ request }) => {
  const res = await request.get('486/');
  const h = res.headers();
  const csp = h['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(await res.text())?.[1] ?? '';
  expect(meta).toContain("default-src 'self'");
  expect(meta).toMatch(/style-src 'self'( 'sha256-[^']+')+;/);
  for (const policy of [csp, meta]) {
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/https?:\/\//);
  }
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['cache-control']).toBe('public, max-age=300, must-revalidate');
});

test('hashed assets are cached for a year and served compressed', async ({ page, request }) => {
  await page.goto('486/');
  const js = await page.locator('script[type="module"]').getAttribute('src');
  const res = await request.get(js!.slice(1), { headers: { 'Accept-Encoding': 'gzip' } });
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const html = await request.get('486/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(html.headers()['content-encoding']).toBe('gzip');
});

test('short links /486 and /486/ both land, and unknown paths get the 404 page with status 404', async ({ request, page }) => {
  const bare = await request.get('486', { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toMatch(/^\/(.*\/)?486\/$/);
  expect((await request.get('486/')).status()).toBe(200);
  const missing = await request.get('troubleshooting/nothing-here/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expect(missing.headers()['content-security-policy']).toBeTruthy();
  await page.goto('486');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('486 Busy Here');
});

test('no page reports a CSP violation, search included', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [...sitemapPaths(), ...extraPaths]) await page.goto(path.slice(1));
  await page.goto('search/?q=Retry-After');
  await expect(page.locator('.results > li').first()).toBeVisible();
});

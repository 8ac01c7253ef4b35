/**
 * The site as deployed with deploy/nginx/site.conf: security headers, caching, compression,
 * short links and the 404 status, and a CSP that no page violates (the `problems` fixture
 * listens for securitypolicyviolation on every page it opens). nginx's own answers (400, 414,
 * 405) carry the headers too. HTTPS, HSTS, HTTP/2 and IPv6: https.spec.ts.
 */
import { test, expect, sitemapPaths, extraPaths } from '../support/site.ts';
import { rawRequest } from '../support/raw-http.ts';
import { cspHeader, securityHeaders } from '../../src/data/security-headers.ts';

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

test('short links /486 and /486/ both land, and unknown paths get the 404 page with status 404', async ({
  request,
  page,
}) => {
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

test("nginx's own 400, 414 and 405 answers carry the security headers", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  for (const [head, status] of [
    ['GET /../../etc/passwd HTTP/1.1\r\nHost: x', 400], // traversal above the root
    ['GET /486/ HTTP/1.1\r\nHost: a b', 400], // malformed Host
    [`GET /search/?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x`, 414],
    ['TRACE / HTTP/1.1\r\nHost: x', 405],
    ['POST /486/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0', 405],
  ] as const) {
    const res = await rawRequest({ port }, head);
    const what = `${head.slice(0, 40)}…`;
    expect(res.status, what).toBe(status);
    for (const [name, value] of securityHeaders) expect(res.headers[name.toLowerCase()], `${what} ${name}`).toBe(value);
  }
});

test('a search URL as long as the search box can make is served, not refused with 414', async ({ request }) => {
  // 1,000 characters (the box's maxlength): CJK is 9 characters each once encoded, emoji 12.
  for (const q of ['忙'.repeat(1000), '😀'.repeat(1000)]) {
    const path = `search/?q=${encodeURIComponent(q)}`;
    expect(path.length).toBeGreaterThan(9000);
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-security-policy']).toBe(cspHeader);
  }
});

test("folders without an index page answer the site's 404 page, not nginx's 403", async ({ request }) => {
  for (const path of ['_assets/', 'pagefind/', 'pagefind/fragment/']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toContain('Page not found');
    expect(res.headers()['content-security-policy'], path).toBe(cspHeader);
  }
});

test('sitemap.xml and the other text files are served compressed', async ({ request }) => {
  for (const path of ['sitemap.xml', 'codes.json', 'pagefind/pagefind.js']) {
    const res = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-encoding'], path).toBe('gzip');
  }
});

test('the host files _headers and _redirects are not served', async ({ request }) => {
  for (const path of ['_headers', '_redirects']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toContain('Page not found');
  }
});

test('plain HTTP sends no Strict-Transport-Security (browsers ignore it there)', async ({ request }) => {
  expect((await request.get('486/')).headers()['strict-transport-security']).toBeUndefined();
});

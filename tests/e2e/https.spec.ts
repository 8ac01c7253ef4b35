/**
 * The production recipe, deploy/nginx.conf, over TLS: a certificate made on the spot (openssl),
 * HTTP/2, TLS 1.2 and 1.3 with forward-secret ciphers only, HSTS on HTTPS and never on plain
 * HTTP, the redirect from plain HTTP, both servers on IPv6 too, and nginx's own answers with the
 * site's headers. tests/support/https-server.ts says what the test changes in the recipe.
 */
import { connect as http2Connect, constants as h2 } from 'node:http2';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { test, expect } from '../support/site.ts';
import { startHttpsServer, type HttpsServer } from '../support/https-server.ts';
import { get, rawRequest } from '../support/raw-http.ts';
import { cspHeader, hstsValue } from '../../src/data/security-headers.ts';

// One server for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

let server: HttpsServer;
let trust: ConnectionOptions;
test.beforeAll(async () => {
  server = await startHttpsServer('dist');
  trust = { ca: server.ca, servername: server.servername };
});
test.afterAll(async () => server?.stop());

const https = (path: string, host = '127.0.0.1') => `https://${host}:${server.httpsPort}${path}`;
const http = (path: string, host = '127.0.0.1') => `http://${host}:${server.httpPort}${path}`;

/** A TLS handshake with the given client limits: the protocol and cipher agreed, or the error. */
function handshake(options: ConnectionOptions): Promise<{ protocol?: string | null; cipher?: string; error?: string }> {
  return new Promise((done) => {
    const s = tlsConnect({ host: '127.0.0.1', port: server.httpsPort, ...trust, ...options });
    s.once('secureConnect', () => {
      done({ protocol: s.getProtocol(), cipher: s.getCipher().standardName });
      s.end();
    });
    s.once('error', (e) => done({ error: e.message }));
  });
}

test('HTTPS pages, redirects and 404s carry HSTS and the security headers', async () => {
  for (const [path, status] of [
    ['/486/', 200],
    ['/486', 301],
    ['/nothing-here/', 404],
    ['/_assets/', 404],
  ] as const) {
    const res = await get(https(path), trust);
    expect(res.status, path).toBe(status);
    expect(res.headers['strict-transport-security'], path).toBe(hstsValue);
    expect(res.headers['content-security-policy'], path).toBe(cspHeader);
    expect(res.headers['x-content-type-options'], path).toBe('nosniff');
  }
  const page = await get(https('/486/'), trust);
  expect(page.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
  expect(page.body).toContain('486 Busy Here');
});

test('plain HTTP redirects to HTTPS with path and query, sends no HSTS, and still answers certificate challenges', async () => {
  const res = await get(http('/search/?q=busy%20here'));
  expect(res.status).toBe(301);
  expect(res.headers.location).toBe(`https://${server.servername}/search/?q=busy%20here`);
  expect(res.headers['strict-transport-security']).toBeUndefined();
  expect(res.headers['content-security-policy']).toBe(cspHeader);
  const challenge = await get(http(`/.well-known/acme-challenge/${server.acmeToken}`));
  expect(challenge.status).toBe(200);
  expect(challenge.body).toBe('challenge answer');
});

test('HTTP/2 is offered over TLS, with the headers and long search URLs', async () => {
  const session = http2Connect(https(''), trust);
  try {
    await new Promise<void>((done, fail) => (session.once('connect', () => done()), session.once('error', fail)));
    expect(session.alpnProtocol).toBe('h2');
    const fetch2 = (path: string) =>
      new Promise<Record<string, unknown>>((done, fail) => {
        const req = session.request({ [h2.HTTP2_HEADER_PATH]: path });
        req.once('response', (headers) => (done(headers), req.close()));
        req.once('error', fail);
        req.end();
      });
    const page = await fetch2('/486/');
    expect(page[':status']).toBe(200);
    expect(page['strict-transport-security']).toBe(hstsValue);
    expect(page['content-security-policy']).toBe(cspHeader);
    // The longest URL the search box can make: 1,000 emoji, 12 characters each once encoded.
    const long = await fetch2(`/search/?q=${encodeURIComponent('😀'.repeat(1000))}`);
    expect(long[':status']).toBe(200);
  } finally {
    session.close();
  }
});

test('TLS 1.2 and 1.3 only, and only forward-secret AEAD ciphers', async () => {
  const tls13 = await handshake({ minVersion: 'TLSv1.3' });
  expect(tls13.protocol).toBe('TLSv1.3');
  const tls12 = await handshake({ maxVersion: 'TLSv1.2' });
  expect(tls12.protocol).toBe('TLSv1.2');
  expect(tls12.cipher).toMatch(/^TLS_ECDHE_(RSA|ECDSA)_WITH_(AES_\d+_GCM_SHA\d+|CHACHA20_POLY1305_SHA256)$/);
  // RSA key exchange (no forward secrecy) and CBC suites, which OpenSSL still speaks: refused.
  for (const ciphers of ['AES128-GCM-SHA256:AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES128-SHA']) {
    const weak = await handshake({ maxVersion: 'TLSv1.2', ciphers });
    expect(weak.error, ciphers).toBeTruthy();
  }
  // TLS 1.0 and 1.1: refused (the client lowers its own security level so that it offers them).
  for (const version of ['TLSv1', 'TLSv1.1'] as const) {
    const old = await handshake({ minVersion: version, maxVersion: version, ciphers: 'DEFAULT@SECLEVEL=0' });
    expect(old.error, version).toBeTruthy();
  }
});

test("nginx's own 400, 414 and 405 answers over HTTPS carry HSTS and the security headers", async () => {
  const target = { port: server.httpsPort, tls: trust };
  for (const [head, status] of [
    ['GET /../../etc/passwd HTTP/1.1\r\nHost: x', 400],
    [`GET /search/?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x`, 414],
    ['TRACE / HTTP/1.1\r\nHost: x', 405],
  ] as const) {
    const res = await rawRequest(target, head);
    expect(res.status, head.slice(0, 30)).toBe(status);
    expect(res.headers['strict-transport-security'], head.slice(0, 30)).toBe(hstsValue);
    expect(res.headers['content-security-policy'], head.slice(0, 30)).toBe(cspHeader);
    expect(res.headers['x-frame-options'], head.slice(0, 30)).toBe('DENY');
  }
});

test('both servers listen on IPv6 as well', async () => {
  test.skip(!server.ipv6, 'this machine has no IPv6 loopback');
  const page = await get(https('/486/', '[::1]'), trust);
  expect(page.status).toBe(200);
  expect(page.headers['strict-transport-security']).toBe(hstsValue);
  const redirect = await get(http('/486/', '[::1]'));
  expect(redirect.status).toBe(301);
  expect(redirect.headers.location).toBe(`https://${server.servername}/486/`);
});

test.describe('in Chromium', () => {
  test.use({ ignoreHTTPSErrors: true });
  test('search works over HTTPS and HTTP/2 with no CSP violation', async ({ page }) => {
    await page.goto(https('/search/?q=Retry-After'));
    await expect(page.locator('.results > li').first()).toBeVisible();
    const protocol = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
    );
    expect(protocol).toBe('h2');
  });
});

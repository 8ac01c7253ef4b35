/** The deployment configs agree with each other: the same headers everywhere, every short link. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const nginx = Object.fromEntries(
  [...readFileSync('deploy/nginx/security-headers.conf', 'utf8').matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]),
);
const headersFile = readFileSync('public/_headers', 'utf8');
const block = (path: string) => {
  const m = new RegExp(`^${path.replace(/[*/]/g, '\\$&')}\\n((?:  .+\\n?)+)`, 'm').exec(headersFile);
  return Object.fromEntries((m?.[1] ?? '').trim().split('\n').map((l) => l.trim().split(/: (.*)/s).slice(0, 2)));
};

describe('deployment configs', () => {
  it('nginx sends a strict CSP and the other security headers', () => {
    expect(Object.keys(nginx)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
    expect(nginx['Content-Security-Policy']).not.toContain('unsafe-inline');
    expect(nginx['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(nginx['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('public/_headers sends the same security headers as nginx on every path', () => {
    const all = block('/*');
    for (const [name, value] of Object.entries(nginx)) expect(all[name], name).toBe(value);
  });

  it('caches hashed assets for a year and leaves pages to the host default short cache', () => {
    expect(block('/_assets/*')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(block('/*')['Cache-Control']).toBeUndefined();
  });

  it('public/_redirects sends every 4xx short link to its page', () => {
    const rules = readFileSync('public/_redirects', 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(rules).toEqual(Array.from({ length: 100 }, (_, i) => `/${400 + i} /${400 + i}/ 301`));
  });
});

/**
 * The deployment configs agree with each other and with their one source,
 * src/data/security-headers.ts: the same headers everywhere, HTTPS with HSTS in every recipe,
 * every short link. The nginx rules themselves are exercised by tests/e2e/security.spec.ts and
 * tests/e2e/https.spec.ts; the S3 + CloudFront recipe runs here against a stand-in for the AWS CLI.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, utimesSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import {
  cacheControl,
  cspHeader,
  hstsValue,
  httpsOnlyHeaders,
  metaDirectives,
  scriptSources,
  securityHeaders,
} from '../../src/data/security-headers.ts';
import { deployFiles, staleFiles } from '../../scripts/deploy-config.ts';
import { readRecipe, recipeServers } from '../../scripts/nginx.ts';
import type { FakeState } from '../support/fake-aws.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const nginx = Object.fromEntries(
  [...read('deploy/nginx/security-headers.conf').matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [
    m[1],
    m[2],
  ]),
);
const headersFile = read('public/_headers');
const block = (path: string) => {
  const m = new RegExp(`^${path.replace(/[*/]/g, '\\$&')}\\n((?:  .+\\n?)+)`, 'm').exec(headersFile);
  return Object.fromEntries(
    (m?.[1] ?? '')
      .trim()
      .split('\n')
      .map((l) =>
        l
          .trim()
          .split(/: (.*)/s)
          .slice(0, 2),
      ),
  );
};
/** A policy as directive name -> sources. */
const policy = (text: string) =>
  new Map(
    text
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]),
  );
/** Strips comments. */
const code = (conf: string) => conf.replace(/#.*$/gm, '');
/** The `{ … }` bodies of the blocks that open with `head` (e.g. "server", "location"). */
function blocks(conf: string, head: RegExp): { head: string; body: string }[] {
  const text = code(conf);
  const found: { head: string; body: string }[] = [];
  for (const m of text.matchAll(new RegExp(`(${head.source})[^{;]*\\{`, 'g'))) {
    let depth = 1;
    let i = m.index! + m[0].length;
    for (; depth > 0 && i < text.length; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
    found.push({ head: m[0], body: text.slice(m.index! + m[0].length, i - 1) });
  }
  return found;
}

describe('one source for the CSP and the security headers', () => {
  it('the committed header files are what scripts/deploy-config.ts writes from it', () => {
    expect(staleFiles(), 'out of date: run `node scripts/deploy-config.ts` and commit the result').toEqual([]);
    expect(Object.keys(deployFiles()).sort()).toEqual([
      'deploy/cloudfront/response-headers-policy.json',
      'deploy/nginx/hsts.conf',
      'deploy/nginx/security-headers.conf',
      'public/_headers',
      'public/_redirects',
    ]);
  });

  it('astro.config.mjs builds the <meta> policy from it', async () => {
    const config = (await import('../../astro.config.mjs')).default;
    const csp = config.security?.csp;
    expect(typeof csp).toBe('object');
    if (typeof csp !== 'object') return;
    expect(csp.directives).toEqual([...metaDirectives]);
    expect(csp.scriptDirective?.resources).toEqual(scriptSources);
    // No directive typed into the config by hand.
    expect(read('astro.config.mjs')).not.toMatch(/["'](default|img|font|connect|worker|object)-src /);
  });

  it('the header and the <meta> policy are strict and agree on every directive they share', () => {
    const header = policy(cspHeader);
    const meta = policy(metaDirectives.join(';'));
    for (const [name, sources] of meta) if (header.has(name)) expect(header.get(name), name).toBe(sources);
    expect(header.get('script-src')).toBe(scriptSources.join(' '));
    expect(header.get('frame-ancestors')).toBe("'none'");
    expect(header.get('object-src')).toBe("'none'");
    expect(meta.get('default-src')).toBe("'self'");
    // Browsers ignore frame-ancestors in a <meta> policy, and say so in the console.
    expect(meta.has('frame-ancestors')).toBe(false);
    for (const text of [cspHeader, metaDirectives.join(';')]) {
      expect(text).not.toContain('unsafe-inline');
      expect(text).not.toContain("'unsafe-eval'");
      expect(text).not.toMatch(/https?:|\*/);
    }
  });
});

describe('nginx', () => {
  const site = read('deploy/nginx/site.conf');

  it('sends the security headers from the source, HSTS on HTTPS only', () => {
    for (const [name, value] of securityHeaders) expect(nginx[name], name).toBe(value);
    expect(read('deploy/nginx/security-headers.conf')).toContain(
      'add_header Strict-Transport-Security $sip_help_hsts always;',
    );
    expect(code(read('deploy/nginx/hsts.conf'))).toMatch(
      new RegExp(`map \\$https \\$sip_help_hsts \\{\\s*on "${hstsValue}";\\s*default "";\\s*\\}`),
    );
  });

  it("adds the headers at server level (nginx's own 400, 414, 405) and in every location that sets headers", () => {
    const outside = code(site).replace(/location[^{]*\{[^}]*\}/g, '');
    expect(outside).toContain('include sip-help/security-headers.conf;');
    for (const { head, body } of blocks(site, /location/)) {
      if (body.includes('add_header')) expect(body, head).toContain('include sip-help/security-headers.conf;');
    }
  });

  it("answers 403 and 404 with the site's 404 page, hides the host files, and has room for long search URLs", () => {
    expect(code(site)).toMatch(/error_page 403 404 =404 \$\{site_base\}404\.html;/);
    expect(code(site)).toMatch(/location ~ \/_\(headers\|redirects\)\$ \{\s*return 404;\s*\}/);
    const [, , size] = /large_client_header_buffers (\d+) (\d+)k;/.exec(code(site)) ?? [];
    // 1,000 characters of 4-byte UTF-8, percent-encoded, plus the path: about 12 KB.
    expect(Number(size) * 1024).toBeGreaterThan(12_100);
    expect(code(site)).toMatch(/gzip_types[^;]*\btext\/xml\b/);
  });

  it('uses the same Cache-Control values as the other hosts', () => {
    expect(site).toContain(`add_header Cache-Control "${cacheControl.immutable}";`);
    expect(site).toContain(`add_header Cache-Control "${cacheControl.page}";`);
    expect(site).toContain(`add_header Cache-Control "${cacheControl.searchEntry}";`);
  });

  it('the production server block listens on every IPv4 and IPv6 address, HTTPS with HTTP/2, and redirects plain HTTP', () => {
    const recipe = read('deploy/nginx.conf');
    const servers = blocks(recipe, /server/);
    expect(servers).toHaveLength(2);
    const listens = (body: string) => [...body.matchAll(/^\s*listen ([^;]+);/gm)].map((m) => m[1]);
    const [plain, tls] = servers.map((s) => s.body);
    expect(listens(plain)).toEqual(['80', '[::]:80']);
    expect(listens(tls)).toEqual(['443 ssl http2', '[::]:443 ssl http2']);
    expect(plain).toMatch(/location \/ \{\s*return 301 https:\/\/\$server_name\$request_uri;\s*\}/);
    expect(tls).toContain('include /etc/nginx/sip-help/tls.conf;');
    expect(tls).toContain('include /etc/nginx/sip-help/site.conf;');
    expect(tls).toMatch(/ssl_certificate \S+;/);
    expect(code(recipe)).toContain('include /etc/nginx/sip-help/hsts.conf;');
    expect(code(recipe)).not.toContain('[::1]');
  });

  it('speaks TLS 1.2 and 1.3 only, with forward-secret AEAD ciphers, and keeps sessions', () => {
    const tls = code(read('deploy/nginx/tls.conf'));
    expect(/ssl_protocols ([^;]+);/.exec(tls)?.[1]).toBe('TLSv1.2 TLSv1.3');
    const ciphers = /ssl_ciphers ([^;]+);/.exec(tls)?.[1].split(':') ?? [];
    expect(ciphers.length).toBeGreaterThan(0);
    for (const c of ciphers) expect(c).toMatch(/^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$/);
    expect(tls).toMatch(/ssl_session_cache shared:\w+:\d+m;/);
    expect(tls).toMatch(/ssl_session_timeout \S+;/);
    expect(tls).toContain('ssl_session_tickets off;');
  });

  it('the test rewrite of the recipe refuses a listen line it does not expect (e.g. IPv6 loopback only)', () => {
    const o = { root: '/r', httpPort: 1, httpsPort: 2, certificate: '/c', key: '/k', acmeRoot: '/a', ipv6: true };
    expect(recipeServers(readRecipe(), o)).toContain('listen [::1]:2 ssl http2;');
    expect(() => recipeServers(readRecipe().replace('listen [::]:80;', 'listen [::1]:80;'), o)).toThrow(/listen/);
  });
});

describe('Netlify and Cloudflare Pages (public/_headers)', () => {
  it('sends the same security headers as nginx on every path, and HSTS', () => {
    const all = block('/*');
    for (const [name, value] of Object.entries(nginx)) expect(all[name], name).toBe(value);
    for (const [name, value] of httpsOnlyHeaders) expect(all[name], name).toBe(value);
  });

  it('caches hashed assets for a year and leaves pages to the host default short cache', () => {
    expect(block('/_assets/*')['Cache-Control']).toBe(cacheControl.immutable);
    expect(block('/pagefind/*')['Cache-Control']).toBe(cacheControl.searchEntry);
    expect(block('/*')['Cache-Control']).toBeUndefined();
  });

  it('public/_redirects sends the short link of every number of every class to its page', () => {
    const rules = read('public/_redirects')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(rules).toHaveLength(600);
    expect(rules).toEqual(Array.from({ length: 600 }, (_, i) => `/${100 + i} /${100 + i}/ 301`));
  });
});

describe('S3 with CloudFront', () => {
  it('the response headers policy sends the security headers and HSTS', () => {
    const config = JSON.parse(read('deploy/cloudfront/response-headers-policy.json'));
    const s = config.SecurityHeadersConfig;
    const sent: Record<string, string> = {
      'Content-Security-Policy': s.ContentSecurityPolicy.ContentSecurityPolicy,
      'X-Content-Type-Options': s.ContentTypeOptions ? 'nosniff' : '',
      'X-Frame-Options': s.FrameOptions.FrameOption,
      'Referrer-Policy': s.ReferrerPolicy.ReferrerPolicy,
      'Strict-Transport-Security': `max-age=${s.StrictTransportSecurity.AccessControlMaxAgeSec}${s.StrictTransportSecurity.IncludeSubdomains ? '; includeSubDomains' : ''}`,
    };
    for (const item of config.CustomHeadersConfig.Items) sent[item.Header] = item.Value;
    expect(config.CustomHeadersConfig.Quantity).toBe(config.CustomHeadersConfig.Items.length);
    expect(sent).toEqual(Object.fromEntries([...securityHeaders, ...httpsOnlyHeaders]));
  });

  describe('the viewer-request function', () => {
    const handler = new Function(`${read('deploy/cloudfront/viewer-request.js')}; return handler;`)() as (
      e: unknown,
    ) => {
      uri?: string;
      statusCode?: number;
      headers?: { location: { value: string } };
    };
    const run = (uri: string, query?: string) =>
      handler({ request: { uri, querystring: {}, headers: {}, rawQueryString: () => query } });

    it('serves index.html for folder URLs and leaves files alone', () => {
      expect(run('/').uri).toBe('/index.html');
      expect(run('/486/').uri).toBe('/486/index.html');
      expect(run('/troubleshooting/no-audio/').uri).toBe('/troubleshooting/no-audio/index.html');
      expect(run('/_assets/search.DvuG9zyX.js').uri).toBe('/_assets/search.DvuG9zyX.js');
      expect(run('/sitemap.xml').uri).toBe('/sitemap.xml');
    });

    it('redirects /486 to /486/ and keeps the query string', () => {
      expect(run('/486')).toMatchObject({ statusCode: 301, headers: { location: { value: '/486/' } } });
      expect(run('/search', 'q=busy%20here&x=1')).toMatchObject({
        statusCode: 301,
        headers: { location: { value: '/search/?q=busy%20here&x=1' } },
      });
      expect(run('/search', '')).toMatchObject({ headers: { location: { value: '/search/' } } });
      expect(run('/troubleshooting/no-audio')).toMatchObject({
        headers: { location: { value: '/troubleshooting/no-audio/' } },
      });
    });

    it('never redirects to another host', () => {
      for (const uri of ['//evil', '//evil.com', '/\\evil', '/%2F%2Fevil', '/486/..', '/.well-known']) {
        expect(run(uri).statusCode, uri).toBeUndefined();
      }
    });
  });

  // Each call of the stand-in AWS CLI starts Node: allow for a loaded machine.
  describe('deploy/s3/deploy.sh', { timeout: 60_000 }, () => {
    let work: string;
    let env: NodeJS.ProcessEnv;
    const state = (): FakeState => JSON.parse(read(join(work, 'state.json')));
    const HASHED = /^(_assets\/|pagefind\/(fragment|index|filter)\/|pagefind\/[^/]*\.pf_meta$)/;

    function build(name: string, files: string[]) {
      const dist = join(work, name);
      for (const f of files) {
        mkdirSync(join(dist, f, '..'), { recursive: true });
        writeFileSync(join(dist, f), `${name}:${f}`);
      }
      return dist;
    }
    const deploy = (dist: string) =>
      execFileSync('bash', [resolve('deploy/s3/deploy.sh'), 'my-bucket', 'E2EXAMPLE', dist], {
        env,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    const pages = [
      'index.html',
      '404.html',
      '486/index.html',
      'sitemap.xml',
      'codes.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
    ];

    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'fake-aws-'));
      const bin = join(work, 'bin');
      mkdirSync(bin);
      writeFileSync(
        join(bin, 'aws'),
        `#!/bin/sh\nexec "${process.execPath}" "${resolve('tests/support/fake-aws.ts')}" "$@"\n`,
      );
      chmodSync(join(bin, 'aws'), 0o755);
      env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, FAKE_AWS_STATE: join(work, 'state.json') };
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('uploads fingerprinted files first with a one-year cache, then pages with a short cache, then invalidates', () => {
      const dist = build('a', [
        ...pages,
        'old/index.html',
        '_assets/app.AAAA.js',
        'pagefind/pagefind.en_aaaa.pf_meta',
        'pagefind/fragment/en_aaaa.pf_fragment',
        'pagefind/index/en_aaaa.pf_index',
        '_headers',
        '_redirects',
      ]);
      deploy(dist);
      const s = state();
      for (const [key, obj] of Object.entries(s.objects)) {
        expect(obj.cacheControl, key).toBe(HASHED.test(key) ? cacheControl.immutable : cacheControl.page);
      }
      expect(Object.keys(s.objects).sort()).toEqual(
        [
          ...pages,
          'old/index.html',
          '_assets/app.AAAA.js',
          'pagefind/pagefind.en_aaaa.pf_meta',
          'pagefind/fragment/en_aaaa.pf_fragment',
          'pagefind/index/en_aaaa.pf_index',
        ].sort(),
      );
      const order = s.events.map(([what, key]) => (what === 'put' ? (HASHED.test(key) ? 'hashed' : 'page') : what));
      const lastHashed = order.lastIndexOf('hashed');
      expect(order.indexOf('page')).toBeGreaterThan(lastHashed);
      expect(order.indexOf('invalidate')).toBeGreaterThan(order.lastIndexOf('page'));
      expect(s.invalidations).toEqual([['E2EXAMPLE', '/*']]);
    });

    it('removes old pages at once but keeps old fingerprinted files through the grace period', () => {
      const dist = build('b', [
        ...pages,
        '_assets/app.BBBB.js',
        'pagefind/pagefind.en_bbbb.pf_meta',
        'pagefind/fragment/en_bbbb.pf_fragment',
        'pagefind/index/en_bbbb.pf_index',
      ]);
      deploy(dist);
      const s = state();
      expect(s.objects['old/index.html']).toBeUndefined();
      for (const key of [
        '_assets/app.AAAA.js',
        'pagefind/pagefind.en_aaaa.pf_meta',
        'pagefind/fragment/en_aaaa.pf_fragment',
        '_assets/app.BBBB.js',
      ]) {
        expect(s.objects[key], key).toBeDefined();
      }
      expect(s.objects['index.html'].size).toBe(`b:index.html`.length);
      expect(s.objects['_assets/app.BBBB.js'].cacheControl).toBe(cacheControl.immutable);
    });

    it('removes fingerprinted files that no deploy has used for a week', () => {
      const file = join(work, 'state.json');
      const s = state();
      // The first deploy was eight days ago.
      for (const key of Object.keys(s.objects))
        if (key.includes('aaaa') || key.includes('AAAA'))
          s.objects[key].lastModified = new Date(Date.now() - 8 * 864e5).toISOString().slice(0, 19) + '+00:00';
      writeFileSync(file, JSON.stringify(s));
      // A page whose local copy is older than the bucket's, same size: uploaded all the same.
      const dist = join(work, 'b');
      writeFileSync(join(dist, '486/index.html'), 'b:486/index.htmX');
      utimesSync(join(dist, '486/index.html'), new Date(0), new Date(0));
      const out = deploy(dist);
      const after = state();
      expect(Object.keys(after.objects).filter((k) => /aaaa/i.test(k))).toEqual([]);
      expect(after.objects['_assets/app.BBBB.js']).toBeDefined();
      expect(out).toContain('removed _assets/app.AAAA.js');
      expect(after.objects['486/index.html'].seq).toBeGreaterThan(s.seq);
    });
  });
});

describe('deploy/README.md', () => {
  const readme = read('deploy/README.md');
  it('names HSTS, and the S3 recipe runs the tested script instead of its own commands', () => {
    expect(readme).toContain('Strict-Transport-Security');
    expect(readme).toContain('deploy/s3/deploy.sh');
    expect(readme).not.toMatch(/aws s3 sync dist\//);
    expect(readme).toContain('create-invalidation');
  });
});

/**
 * Serves a built site with nginx and the project's own deploy/nginx/site.conf, in the
 * foreground (npm start, Playwright's webServer, the benchmark).
 * Usage: node scripts/nginx.ts <dist> <port> [base]
 * With a base ("/help/sip/"), the build is served under that path, as in a sub-path deploy.
 *
 * The exports also serve the production recipe, deploy/nginx.conf, with its ports, paths and
 * certificate swapped for a test's (tests/support/https-server.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const deployDir = resolve(import.meta.dirname, '../deploy');

export function findNginx(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx'].find(existsSync);
}

/**
 * A private nginx prefix: temp folders, `sip-help` (a link to deploy/nginx/, the path that
 * site.conf includes its neighbours by), and `root`, a folder that holds the build at `base`.
 */
export function preparePrefix(dist: string, base = '/'): { work: string; root: string } {
  const site = resolve(dist);
  if (!existsSync(join(site, 'index.html')))
    throw new Error(`${site} has no index.html: build the site first (npm run build).`);
  const work = mkdtempSync(join(tmpdir(), 'sip-nginx-'));
  const root = join(work, 'root');
  const served = join(root, base).replace(/\/$/, '');
  mkdirSync(dirname(served), { recursive: true });
  symlinkSync(site, served);
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, d));
  // site.conf includes its neighbours as sip-help/..., relative to the folder of nginx.conf.
  symlinkSync(join(deployDir, 'nginx'), join(work, 'sip-help'));
  return { work, root };
}

/** A complete nginx.conf around `servers` (server blocks, and http-level lines). */
export function nginxConf(work: string, servers: string): string {
  const mime = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'].find(
    existsSync,
  );
  return `daemon off;
${process.getuid?.() === 0 ? 'user root;\n' : ''}pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  include ${mime};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/client_body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
${servers}
}
`;
}

/** The test server: plain HTTP on 127.0.0.1 with the site's rules. */
export function siteServer(root: string, port: number | string, base = '/'): string {
  return `  include sip-help/hsts.conf;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    set $site_base ${base};
    include sip-help/site.conf;
  }`;
}

export interface RecipeOptions {
  root: string;
  base?: string;
  httpPort: number;
  httpsPort: number;
  certificate: string;
  key: string;
  /** Folder served at /.well-known/acme-challenge/ over plain HTTP. */
  acmeRoot: string;
  /** Keep the IPv6 listen lines (as [::1]); false on a machine without IPv6. */
  ipv6: boolean;
}

/**
 * deploy/nginx.conf as written, with what a test must change: each `listen` moves to loopback
 * (every IPv4 address -> 127.0.0.1, every IPv6 address `[::]` -> `[::1]`) and to a free port,
 * the certificate and folders to the test's. Throws on anything it does not expect, so a change
 * to the recipe cannot slip past the tests unrewritten.
 */
export function recipeServers(recipe: string, o: RecipeOptions): string {
  const swaps: [RegExp, (...m: string[]) => string][] = [
    [
      /^(\s*)listen (\[::\]:)?(80|443)((?: ssl| http2)*);/gm,
      (_, indent, v6, port, params) => {
        const p = port === '80' ? o.httpPort : o.httpsPort;
        if (v6 && !o.ipv6) return `${indent}# (no IPv6 here) listen [::1]:${p}${params};`;
        return `${indent}listen ${v6 ? '[::1]' : '127.0.0.1'}:${p}${params};`;
      },
    ],
    [/\/etc\/nginx\/sip-help\//g, () => 'sip-help/'],
    [/^(\s*)ssl_certificate \S+;/gm, (_, i) => `${i}ssl_certificate ${o.certificate};`],
    [/^(\s*)ssl_certificate_key \S+;/gm, (_, i) => `${i}ssl_certificate_key ${o.key};`],
    [/^(\s*)root \/var\/www\/sip-help\/dist;/gm, (_, i) => `${i}root ${o.root};`],
    [/^(\s*)root \/var\/www\/letsencrypt;/gm, (_, i) => `${i}root ${o.acmeRoot};`],
    [/^(\s*)set \$site_base \/;/gm, (_, i) => `${i}set $site_base ${o.base ?? '/'};`],
  ];
  const unexpected = recipe
    .split('\n')
    .filter((l) => /^\s*listen\b/.test(l) && !/^\s*listen (\[::\]:)?(80|443)((?: ssl| http2)*);/.test(l));
  if (unexpected.length) throw new Error(`deploy/nginx.conf: unexpected listen line(s): ${unexpected.join('; ')}`);
  let text = recipe;
  for (const [pattern, swap] of swaps) {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: nothing matches ${pattern}; update recipeServers()`);
    pattern.lastIndex = 0;
    text = text.replace(pattern, swap as (substring: string, ...args: string[]) => string);
  }
  if (/\/etc\/|\/var\//.test(text.replace(/^\s*#.*$/gm, '')))
    throw new Error('deploy/nginx.conf: a system path is left after the swaps');
  return text.replace(/^/gm, '  ');
}

/** Starts nginx in the foreground with `conf` written to the prefix `work`. */
export function startNginx(work: string, conf: string, stdio: 'inherit' | 'pipe' = 'inherit'): ChildProcess {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed. On Debian or Ubuntu: sudo apt-get install -y nginx');
  writeFileSync(join(work, 'nginx.conf'), conf);
  return spawn(nginx, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio });
}

export const readRecipe = () => readFileSync(join(deployDir, 'nginx.conf'), 'utf8');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist, port, base = '/'] = process.argv.slice(2);
  if (!findNginx()) {
    console.error('nginx is not installed. On Debian or Ubuntu: sudo apt-get install -y nginx');
    process.exit(1);
  }
  let prefix: { work: string; root: string };
  try {
    prefix = preparePrefix(dist, base);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  const child = startNginx(prefix.work, nginxConf(prefix.work, siteServer(prefix.root, port, base)));
  console.log(`Serving ${resolve(dist)} at http://127.0.0.1:${port}${base} (Ctrl+C stops)`);
  const stop = () => child.kill('SIGQUIT');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

/**
 * Serves a built site with nginx and the project's own deploy/nginx/site.conf, in the
 * foreground (npm start, Playwright's webServer, the benchmark).
 * Usage: node scripts/nginx.ts <dist> <port> [base]
 * With a base ("/help/sip/"), the build is served under that path, as in a sub-path deploy.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { spawn } from 'node:child_process';

const [dist, port, base = '/'] = process.argv.slice(2);
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx'].find(existsSync);
if (!nginx) {
  console.error('nginx is not installed. On Debian or Ubuntu: sudo apt-get install -y nginx');
  process.exit(1);
}
const site = resolve(dist);
if (!existsSync(join(site, 'index.html'))) {
  console.error(`${site} has no index.html: build the site first (npm run build).`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'sip-nginx-'));
const root = join(work, 'root');
const served = join(root, base);
mkdirSync(dirname(served.replace(/\/$/, '')), { recursive: true });
symlinkSync(site, served.replace(/\/$/, ''));
for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, d));
const deploy = resolve(import.meta.dirname, '../deploy/nginx');
const mime = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'].find(existsSync);

writeFileSync(
  join(work, 'nginx.conf'),
  `daemon off;
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
  server {
    listen 127.0.0.1:${port};
    root ${root};
    set $site_base ${base};
    include sip-help/site.conf;
  }
}
`,
);
// site.conf includes its neighbours as sip-help/..., relative to the folder of nginx.conf.
symlinkSync(deploy, join(work, 'sip-help'));
const child = spawn(nginx, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'inherit' });
console.log(`Serving ${site} at http://127.0.0.1:${port}${base} (Ctrl+C stops)`);
const stop = () => child.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));

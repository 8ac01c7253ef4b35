/**
 * `npm start`, after the build: serves dist/ at http://127.0.0.1:$PORT/ (default 4321) with
 * nginx and the production rules of deploy/nginx/ when nginx is installed, and with
 * `astro preview` otherwise, saying what differs.
 */
import { spawn } from 'node:child_process';
import { findNginx } from './nginx.ts';

const port = process.env.PORT ?? '4321';
const url = `http://127.0.0.1:${port}/`;
const run = (cmd: string, args: string[]) => {
  const child = spawn(cmd, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
};

if (findNginx()) {
  console.log(`Site: ${url} (nginx with the production rules of deploy/nginx/)`);
  run(process.execPath, ['scripts/nginx.ts', 'dist', port]);
} else {
  console.log(`Site: ${url} (astro preview: nginx is not installed)`);
  console.log(
    "What differs from production: /486 without its slash does not redirect, the security headers and long caching of deploy/nginx/ are not sent, and unknown paths get the preview server's 404. Install nginx (on Debian or Ubuntu: sudo apt-get install -y nginx) to serve it as in production.",
  );
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', port]);
}

import type { AstroIntegration } from 'astro';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Publishes src/pages/not-found.astro as /404.html, the file static hosts and deploy/nginx.conf
 * serve for unknown paths. (A src/pages/404.astro would take the /404/ URL that the code page
 * for SIP 404 Not Found needs.)
 */
export function notFoundPage(): AstroIntegration {
  return {
    name: 'sip-not-found-page',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        await rename(`${out}/not-found/index.html`, `${out}/404.html`);
        await rm(`${out}/not-found`, { recursive: true });
      },
    },
  };
}

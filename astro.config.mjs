// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import site from './site.config.ts';
import { notFoundPage } from './src/integrations/not-found.ts';
import { pagefind } from './src/integrations/pagefind.ts';

/** SITE_BASE overrides the base path at build time, e.g. SITE_BASE=/help/sip/ npm run build. */
const base = process.env.SITE_BASE ?? site.base;

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  build: {
    format: 'directory',
    assets: '_assets',
    // External stylesheets only: the Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
  },
  // The 404 page is moved into place before the search index is built.
  integrations: [mdx(), notFoundPage(), pagefind()],
  vite: {
    build: {
      // Never inline scripts or assets as data: URLs; the CSP allows 'self' only.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; bundling them warns once
        // per page about it, which hides real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import site from './site.config.ts';
import { notFoundPage } from './src/integrations/not-found.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { metaDirectives, scriptSources } from './src/data/security-headers.ts';

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
    // The stylesheet is inlined so a page renders after the first round trip; the CSP below
    // allows exactly that style by its hash.
    inlineStylesheets: 'always',
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
  // No code highlighting: Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  security: {
    // Each page gets a <meta> Content-Security-Policy with the hashes of its own inline style
    // and scripts. The directives come from src/data/security-headers.ts, the one source of the
    // CSP: the HTTP header the deploy recipes send is generated from the same file
    // (scripts/deploy-config.ts) and adds what a <meta> policy cannot: frame-ancestors.
    csp: {
      directives: [...metaDirectives],
      // Search runs Pagefind's WebAssembly.
      scriptDirective: { resources: [...scriptSources] },
    },
  },
});

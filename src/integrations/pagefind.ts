import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

/**
 * Builds the Pagefind search index inside `astro build`, from the finished HTML.
 * Logs the page count and time, and fails the build if indexing fails.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'sip-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        try {
          // The section "Link" controls repeat on every heading: left out of the index here rather
          // than with an attribute on each, which every code page would carry.
          const { index, errors } = await createIndex({ excludeSelectors: ['a.anchor'] });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          const entry = JSON.parse(await readFile(`${outDir}/pagefind/pagefind-entry.json`, 'utf8'));
          const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
            (n, l) => n + l.page_count,
            0,
          );
          if (pages === 0)
            throw new Error('No page was indexed: check data-pagefind-body on the code and guide layouts.');
          logger.info(
            `Indexed ${pages} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`,
          );
        } catch (cause) {
          throw new Error('Building the search index failed.', { cause });
        } finally {
          await close();
        }
      },
    },
  };
}

import { pageUrl } from './urls.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A sitemap.xml document for the given site paths, on the configured site URL. */
export function sitemapXml(pages: { path: string; lastmod?: string }[]) {
  const urls = pages.map(
    (p) => `  <url><loc>${escapeXml(pageUrl(p.path))}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

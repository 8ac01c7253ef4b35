import { absoluteUrl } from './urls.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A sitemap.xml document for the given site paths. */
export function sitemapXml(site: string, base: string, pages: { path: string; lastmod?: string }[]) {
  const urls = pages.map(
    (p) =>
      `  <url><loc>${escapeXml(absoluteUrl(site, base, p.path))}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

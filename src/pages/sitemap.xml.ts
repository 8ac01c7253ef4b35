/** /sitemap.xml: home, indexes, the analyser, code pages and guides. Unassigned numbers and search stay out. */
import type { APIRoute } from 'astro';
import { getCodes, getGuides } from '../content.ts';
import { sitemapXml } from '../lib/sitemap.ts';
import { paths } from '../lib/urls.ts';
import { isoDate } from '../lib/text.ts';

export const GET: APIRoute = async () => {
  const pages = [
    { path: paths.home },
    { path: paths.codes },
    { path: paths.troubleshooting },
    { path: paths.analyze },
    ...(await getCodes()).map((c) => ({ path: paths.code(c.data.code), lastmod: isoDate(c.data.reviewed) })),
    ...(await getGuides()).map((g) => ({ path: paths.guide(g.id), lastmod: isoDate(g.data.reviewed) })),
  ];
  return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml' } });
};

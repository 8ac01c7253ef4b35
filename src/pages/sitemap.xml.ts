/** /sitemap.xml: home, indexes, code pages and guides. Unassigned numbers and search stay out. */
import type { APIRoute } from 'astro';
import site from '../../site.config.ts';
import { getCodes, getGuides } from '../content.ts';
import { sitemapXml } from '../lib/sitemap.ts';
import { codePath, guidePath } from '../lib/urls.ts';
import { isoDate } from '../lib/text.ts';

export const GET: APIRoute = async () => {
  const pages = [
    { path: '/' },
    { path: '/codes/' },
    { path: '/troubleshooting/' },
    ...(await getCodes()).map((c) => ({ path: codePath(c.data.code), lastmod: isoDate(c.data.reviewed) })),
    ...(await getGuides()).map((g) => ({ path: guidePath(g.id), lastmod: isoDate(g.data.reviewed) })),
  ];
  return new Response(sitemapXml(site.url, import.meta.env.BASE_URL, pages), {
    headers: { 'Content-Type': 'application/xml' },
  });
};

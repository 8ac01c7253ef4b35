/** /robots.txt: everything may be crawled; points at the sitemap. */
import type { APIRoute } from 'astro';
import site from '../../site.config.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(site.url, import.meta.env.BASE_URL, '/sitemap.xml')}\n`);

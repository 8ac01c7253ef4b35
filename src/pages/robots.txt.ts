/** /robots.txt: everything may be crawled; points at the sitemap. */
import type { APIRoute } from 'astro';
import { pageUrl, paths } from '../lib/urls.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\nSitemap: ${pageUrl(paths.sitemap)}\n`);

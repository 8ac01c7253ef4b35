/** /codes.json: every code page as open data. */
import type { APIRoute } from 'astro';
import site from '../../site.config.ts';
import { getCodes } from '../content.ts';
import { codesAsData } from '../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const codes = (await getCodes()).map((c) => c.data);
  const body = codesAsData(codes, site.url, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};

/** /codes.json: every code page as open data. */
import type { APIRoute } from 'astro';
import { getCodes } from '../content.ts';
import { codesAsData } from '../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const body = codesAsData((await getCodes()).map((c) => c.data));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};

/**
 * /search-intents.json: each code page and guide with the phrases people use for it (title,
 * reason phrases, keywords, ways of asking), loaded with search (src/lib/intents.ts).
 */
import type { APIRoute } from 'astro';
import { getCodes, getGuides } from '../content.ts';
import type { IntentDoc } from '../lib/intents.ts';
import { GUIDE_BOOST, GUIDE_FILTER, searchBoost } from '../lib/search-results.ts';
import { paths } from '../lib/urls.ts';

/** A keyword that is a header field name ("Max-Forwards"): it names the page as surely as its reason phrase. */
const HEADER_NAME = /^[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+$/;

export const GET: APIRoute = async () => {
  const docs: IntentDoc[] = [
    ...(await getCodes()).map(({ data: d }) => ({
      path: paths.code(d.code),
      title: `${d.code} ${d.reason}`,
      excerpt: d.summary,
      boost: searchBoost(d),
      category: d.category,
      titles: [d.reason, ...d.previousReasons],
      exact: [
        d.reason,
        ...d.previousReasons,
        ...d.headers.filter((h) => h.level !== 'MAY').map((h) => h.name),
        ...d.keywords.filter((k) => HEADER_NAME.test(k)),
      ],
      asked: d.asked,
      keywords: d.keywords,
    })),
    ...(await getGuides()).map(({ id, data: d }) => ({
      path: paths.guide(id),
      title: d.title,
      excerpt: d.summary,
      boost: GUIDE_BOOST,
      category: GUIDE_FILTER,
      titles: [d.title],
      exact: [],
      asked: d.asked,
      keywords: d.keywords,
    })),
  ];
  return new Response(JSON.stringify(docs), { headers: { 'Content-Type': 'application/json' } });
};

/**
 * The base path and the site paths the script on every page needs (src/scripts/boot.ts),
 * kept apart so that script stays small. Everything else about URLs is in urls.ts, which
 * re-exports these; import from there.
 */

/** The base path of this build, with a trailing slash. */
export const BASE: string = import.meta.env?.BASE_URL ?? '/';

/** Joins a base path ('/' or '/help/sip/') and a site path ('/486/'). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

/** A site path as a link in this build: with the base path. */
export const href = (path: string) => withBase(BASE, path);

/** The page of a code. */
export const codePath = (code: number) => `/${code}/`;
/** A troubleshooting guide. */
export const guidePath = (slug: string) => `/troubleshooting/${slug}/`;
/** Search results for a query, optionally in one category (by id), as a shareable link. */
export function searchPath(q?: string, category?: string) {
  const params = new URLSearchParams();
  if (q?.trim()) params.set('q', q);
  if (category) params.set('category', category);
  const qs = params.toString();
  return qs ? `/search/?${qs}` : '/search/';
}

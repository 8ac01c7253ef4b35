/** Every URL the site publishes, built in one place so the base path is never forgotten. */

/** Joins the base path ('/' or '/help/sip/') and a site path ('/486/'). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

export const codePath = (code: number) => `/${code}/`;
export const guidePath = (slug: string) => `/troubleshooting/${slug}/`;
export const searchPath = (q?: string) => (q ? `/search/?q=${encodeURIComponent(q)}` : '/search/');

/** Link to an RFC, or one of its sections, on rfc-editor.org. */
export const rfcUrl = (rfc: number, section?: string) =>
  `https://www.rfc-editor.org/rfc/rfc${rfc}${section ? `#section-${section}` : ''}`;

/** Absolute URL of a site path, for canonical links, the sitemap and reply snippets. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/**
 * Prefixes root-relative links ("/486/#causes") with the base path; leaves absolute URLs,
 * protocol-relative URLs, fragments and relative links as they are.
 */
export function rebaseHref(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (base !== '/' && href.startsWith(base)) return href;
  return withBase(base, href);
}

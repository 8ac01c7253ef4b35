/**
 * Every URL the site publishes, built in one place: the paths of each page kind, and `href()`,
 * which adds the base path ('/' or '/help/sip/') read once from the build. No other file writes
 * a site path or reads the base path. (The few helpers the script on every page needs live in
 * href.ts, re-exported here, so that script carries nothing else.)
 */

import site from '../../site.config.ts';

import { BASE, codePath, guidePath, searchPath, withBase } from './href.ts';

export { BASE, codePath, guidePath, href, searchPath, withBase } from './href.ts';

/** The site paths of every page kind (without the base path). */
export const paths = {
  home: '/',
  codes: '/codes/',
  /** A place in the code index: a class ("5xx") or a category ("access"). */
  codesAt: (anchor: string) => `/codes/#${anchor}`,
  code: codePath,
  troubleshooting: '/troubleshooting/',
  guide: guidePath,
  analyze: '/analyze/',
  codesJson: '/codes.json',
  sitemap: '/sitemap.xml',
  favicon: '/favicon.svg',
  printCss: '/print.css',
  toolsCss: '/tools.css',
  pagefind: '/pagefind/pagefind.js',
  searchIntents: '/search-intents.json',
  search: searchPath,
} as const;

/** Link to an RFC, or one of its sections, on rfc-editor.org. */
export const rfcUrl = (rfc: number, section?: string) =>
  `https://www.rfc-editor.org/rfc/rfc${rfc}${section ? `#section-${section}` : ''}`;

/** Absolute URL of a site path, for canonical links, the sitemap and reply snippets. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** Absolute URL of a site path on the configured site (site.config.ts), never the host a page was opened on. */
export const pageUrl = (path: string) => absoluteUrl(site.url, BASE, path);

/**
 * Prefixes root-relative links ("/486/#causes") with the base path; leaves absolute URLs,
 * protocol-relative URLs, fragments and relative links as they are.
 */
export function rebaseHref(base: string, link: string): string {
  if (!link.startsWith('/') || link.startsWith('//')) return link;
  if (base !== '/' && link.startsWith(base)) return link;
  return withBase(base, link);
}

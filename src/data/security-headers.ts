/**
 * The one source of the site's Content-Security-Policy and other security headers.
 *
 * - astro.config.mjs builds each page's <meta> policy from `metaDirectives` and `scriptSources`.
 * - scripts/deploy-config.ts writes the hosts' header files from `securityHeaders` and
 *   `httpsOnlyHeaders`: deploy/nginx/security-headers.conf, deploy/nginx/hsts.conf,
 *   public/_headers (Netlify, Cloudflare Pages) and deploy/cloudfront/response-headers-policy.json.
 *
 * After a change here, run `node scripts/deploy-config.ts` and commit the files it writes;
 * tests/unit/deploy.test.ts fails while they are out of date.
 *
 * Browsers enforce both policies of a page: the <meta> one and the header. The <meta> policy
 * carries `default-src 'self'` and the hashes of the page's inline style and scripts (Astro adds
 * them at build time); the header cannot know those hashes, so it leaves `default-src` and
 * `style-src` to the <meta> policy and adds what a <meta> policy cannot set: `frame-ancestors`.
 * The header also covers responses that are not pages (JSON, SVG, nginx's own error pages).
 */

/** script-src in both policies: the site's own scripts, and WebAssembly for Pagefind's search. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** Directives in both policies, in this order. */
const sharedDirectives = [
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The <meta> policy of each page; Astro adds script-src and style-src with the page's hashes.
 * `default-src 'self'` already covers the fetch directives (img, font, connect, worker), so the
 * page carries only the directives it does not cover: every byte of a page counts.
 */
export const metaDirectives = [
  "default-src 'self'",
  ...sharedDirectives.filter((d) => !/^(img|font|connect|worker)-src 'self'$/.test(d)),
] as const;

/** The Content-Security-Policy header. */
export const cspHeader = [`script-src ${scriptSources.join(' ')}`, ...sharedDirectives, "frame-ancestors 'none'"].join(
  '; ',
);

/** HSTS: two years, subdomains included. No `preload`: that is a separate, slow-to-undo decision. */
export const hsts = { maxAgeSeconds: 63_072_000, includeSubDomains: true } as const;
export const hstsValue = `max-age=${hsts.maxAgeSeconds}${hsts.includeSubDomains ? '; includeSubDomains' : ''}`;

export type Header = readonly [name: string, value: string];

/** Sent with every response, error pages included. */
export const securityHeaders: readonly Header[] = [
  ['Content-Security-Policy', cspHeader],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['X-Frame-Options', 'DENY'],
];

/** Sent with HTTPS responses only (browsers ignore HSTS over plain HTTP). */
export const httpsOnlyHeaders: readonly Header[] = [['Strict-Transport-Security', hstsValue]];

/**
 * Cache-Control values the deploy recipes share (deploy/nginx/site.conf sets the same values;
 * the unit test keeps them equal).
 */
export const cacheControl = {
  /** Fingerprinted files: build assets under /_assets/ and Pagefind's index chunks. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages: a correction reaches readers within minutes. */
  page: 'public, max-age=300, must-revalidate',
  /** Pagefind's entry files, which are not fingerprinted. */
  searchEntry: 'public, max-age=300',
} as const;

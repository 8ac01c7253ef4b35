/**
 * Everything that brands the site. Change this file to rebrand; no other edit is needed.
 * The base path can also be set at build time with the SITE_BASE environment variable.
 */
export interface SiteConfig {
  /** Name shown in the header, the <title> and Open Graph. */
  name: string;
  /** Who runs the service the site explains ("your provider" in the text). */
  provider: string;
  /** Where customers contact support: linked from every "still stuck?" block and the footer. */
  supportUrl: string;
  /** The provider's status page, for outages: linked from the outage guide and the footer. */
  statusUrl: string;
  /** Absolute origin the site is published at, used for canonical URLs, the sitemap and copy buttons. */
  url: string;
  /** Path the site lives under, with leading and trailing slash: '/' or '/help/sip/'. */
  base: string;
  /** Language of every page (also drives search stemming). */
  lang: string;
  /**
   * Where "Was this page helpful?" answers are sent, as a form POST (fields: page, helpful):
   * a URL of your own, best on this site's origin ("/feedback"). Empty: the question is not
   * shown. An endpoint on another origin must also be allowed in `form-action` and
   * `connect-src` of src/data/security-headers.ts. The SITE_FEEDBACK_URL environment variable
   * overrides it at build time (src/lib/feedback.ts).
   */
  feedbackUrl: string;
}

const config: SiteConfig = {
  name: 'SIP Response Codes',
  provider: 'your provider',
  supportUrl: 'https://example.com/support/',
  statusUrl: 'https://status.example.com/',
  url: 'https://sip-codes.example.com',
  base: '/',
  lang: 'en',
  feedbackUrl: '',
};

export default config;

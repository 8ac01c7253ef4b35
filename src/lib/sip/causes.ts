/**
 * The causes on code pages that the analyser can point to, by code: each id is a
 * `<Cause id="...">` of content/codes/<code>.mdx (tests/unit/sip-causes.test.ts checks every
 * one against the content), and code pages exist for every registered and historic code.
 */
import { historicCode, registered } from '../../data/iana.ts';
import { classOf } from '../../data/classes.ts';
import { paths } from '../urls.ts';

export const LINKED_CAUSES: Record<number, readonly string[]> = {
  200: ['answered-no-audio'],
  401: ['first-challenge', 'wrong-password', 'auth-username', 'stale-nonce'],
  403: ['wrong-credentials'],
  404: ['number-not-in-service'],
  405: ['feature-not-supported', 'transfer-not-supported', 'register-not-accepted'],
  406: ['subscribe-format', 'accept-too-narrow'],
  407: ['proxy-challenge', 'wrong-credentials', 'realm-mismatch'],
  408: ['nat-firewall'],
  410: ['number-changed'],
  415: ['body-type', 'multipart', 'dtmf-info', 'text-message'],
  420: ['100rel', 'session-timer', 'precondition', 'proxy-require'],
  421: ['100rel', 'session-timer', 'precondition', 'security-agreement'],
  422: ['session-expires-too-low'],
  423: ['expiry-too-short', 'device-ignores-min-expires', 'subscription-too-short'],
  428: ['call-not-signed'],
  433: ['number-withheld', 'hidden-by-setting'],
  480: ['unspecified-failure', 'no-answer'],
  481: ['nat-timeout'],
  483: ['too-many-hops', 'low-max-forwards'],
  484: ['number-format'],
  486: ['callee-on-another-call'],
  487: ['caller-hung-up', 'answered-elsewhere'],
  488: ['no-common-codec', 'srtp-mismatch', 't38-fax', 'ip-version'],
  500: ['unmapped-network-cause'],
  501: ['feature-not-supported', 'transfer-not-supported', 'status-and-messages', 'mid-call-info'],
  502: ['destination-out-of-order'],
  503: ['overload-or-maintenance', 'out-of-channels', 'phone-network-trouble'],
  606: ['no-common-codec', 'video-or-fax-not-supported', 'encryption-mismatch', 'not-enough-bandwidth'],
};

/** True when the site has a page for the code (registered or historic). */
export const hasPage = (code: number) => !!registered(code) || !!historicCode(code);

/**
 * The page that explains a code: its own, or for a number nobody registered the x00 of its
 * class, which is how RFC 3261 section 8.1.3.2 says to treat it. Undefined outside 100-699.
 */
export function pageFor(code: number): number | undefined {
  if (hasPage(code)) return code;
  const c = classOf(code);
  return c?.fallback;
}

/** "/423/#cause-expiry-too-short" for a cause the analyser knows, else undefined. */
export function causeLink(code: number, id: string): string | undefined {
  return LINKED_CAUSES[code]?.includes(id) ? `${paths.code(code)}#cause-${id}` : undefined;
}

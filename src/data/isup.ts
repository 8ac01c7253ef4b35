/**
 * RFC 3398, both ways, for every class:
 * - section 7.2.4.1: the ISUP/Q.850 cause a gateway receives, to the SIP response it sends;
 * - section 8.2.6.1: the SIP response a gateway receives, to the cause it sends, with the kind
 *   of mapping (src/lib/isup.ts turns each kind into a sentence).
 */

/** An ISUP/Q.850 cause and the SIP response RFC 3398 section 7.2.4.1 gives it. */
export interface IsupCause {
  cause: number;
  name: string;
  /** The SIP response as RFC 3398 lists it: "486", "410 (301 when ...)", "none (BYE or CANCEL)". */
  sip: string;
  /** The SIP status code, where the mapping names one. */
  code: number | null;
}

const causeRows: [number, string, string][] = [
  [1, 'Unallocated (unassigned) number', '404'],
  [2, 'No route to specified transit network', '404'],
  [3, 'No route to destination', '404'],
  [16, 'Normal call clearing', 'none (BYE or CANCEL)'],
  [17, 'User busy', '486'],
  [18, 'No user responding', '408'],
  [19, 'No answer from user (user alerted)', '480'],
  [20, 'Subscriber absent', '480'],
  [21, 'Call rejected', '403'],
  [22, 'Number changed', '410 (301 when a new number is given)'],
  [23, 'Redirection to new destination', '410'],
  [26, 'Non-selected user clearing', '404'],
  [27, 'Destination out of order', '502'],
  [28, 'Invalid number format (address incomplete)', '484'],
  [29, 'Facility rejected', '501'],
  [31, 'Normal, unspecified', '480'],
  [34, 'No circuit/channel available', '503'],
  [38, 'Network out of order', '503'],
  [41, 'Temporary failure', '503'],
  [42, 'Switching equipment congestion', '503'],
  [47, 'Resource unavailable, unspecified', '503'],
  [55, 'Incoming calls barred within CUG', '403'],
  [57, 'Bearer capability not authorized', '403'],
  [58, 'Bearer capability not presently available', '503'],
  [65, 'Bearer capability not implemented', '488'],
  [70, 'Only restricted digital information bearer capability is available', '488'],
  [79, 'Service or option not implemented, unspecified', '501'],
  [87, 'User not member of CUG', '403'],
  [88, 'Incompatible destination', '503'],
  [102, 'Recovery on timer expiry', '504'],
  [111, 'Protocol error, unspecified', '500'],
  [127, 'Interworking, unspecified', '500'],
];

export const isupToSip: IsupCause[] = causeRows.map(([cause, name, sip]) => {
  const code = /^\d{3}/.exec(sip)?.[0];
  return { cause, name, sip, code: code ? Number(code) : null };
});

/** The name of a Q.850 cause, from the table above. */
export const causeName = (cause: number) => isupToSip.find((c) => c.cause === cause)?.name;

/**
 * How RFC 3398 section 8.2.6.1 maps a response to a cause:
 * - listed: the table gives the cause;
 * - listed-auth: marked (*): a gateway that can authenticate does so and goes on; the cause only if it cannot;
 * - listed-repair: marked (+): a gateway first tries to fix the request and send it again;
 * - default: not in the table, so cause 31 (Normal, unspecified);
 * - none: no cause (487: the cancel itself ends the call);
 * - warning: chosen by the Warning header (488, 606): 31 by default, 65 for a missing media capability;
 * - progress: 1xx, 2xx and 3xx release nothing; they map to ISUP progress, answer or redirection messages.
 */
export type IsupMapping =
  | { kind: 'listed' | 'listed-auth' | 'listed-repair'; cause: number }
  | { kind: 'default'; cause: 31 }
  | { kind: 'none' | 'warning' }
  | { kind: 'progress'; message: ProgressMessage };

/**
 * What a gateway sends the phone network for a 1xx, 2xx or 3xx: nothing (100), an address
 * complete or call progress message (180-183, section 8.2.3), an answer (200, section 8.2.4), a
 * redirection (3xx, section 8.2.5), or nothing RFC 3398 defines (codes it predates).
 */
export type ProgressMessage = 'none' | 'acm' | 'anm' | 'redirect' | 'unmapped';

export const sipToIsup: Record<number, IsupMapping> = {
  100: { kind: 'progress', message: 'none' },
  180: { kind: 'progress', message: 'acm' },
  181: { kind: 'progress', message: 'acm' },
  182: { kind: 'progress', message: 'acm' },
  183: { kind: 'progress', message: 'acm' },
  199: { kind: 'progress', message: 'unmapped' },
  200: { kind: 'progress', message: 'anm' },
  202: { kind: 'progress', message: 'unmapped' },
  204: { kind: 'progress', message: 'unmapped' },
  300: { kind: 'progress', message: 'redirect' },
  301: { kind: 'progress', message: 'redirect' },
  302: { kind: 'progress', message: 'redirect' },
  305: { kind: 'progress', message: 'redirect' },
  380: { kind: 'progress', message: 'redirect' },
  400: { kind: 'listed', cause: 41 },
  401: { kind: 'listed-auth', cause: 21 },
  402: { kind: 'listed', cause: 21 },
  403: { kind: 'listed', cause: 21 },
  404: { kind: 'listed', cause: 1 },
  405: { kind: 'listed', cause: 63 },
  406: { kind: 'listed-repair', cause: 79 },
  407: { kind: 'listed-auth', cause: 21 },
  408: { kind: 'listed', cause: 102 },
  409: { kind: 'default', cause: 31 },
  410: { kind: 'listed', cause: 22 },
  411: { kind: 'default', cause: 31 },
  412: { kind: 'default', cause: 31 },
  413: { kind: 'listed-repair', cause: 127 },
  414: { kind: 'listed-repair', cause: 127 },
  415: { kind: 'listed-repair', cause: 79 },
  416: { kind: 'listed-repair', cause: 127 },
  417: { kind: 'default', cause: 31 },
  420: { kind: 'listed-repair', cause: 127 },
  421: { kind: 'listed-repair', cause: 127 },
  422: { kind: 'default', cause: 31 },
  423: { kind: 'listed-repair', cause: 127 },
  424: { kind: 'default', cause: 31 },
  425: { kind: 'default', cause: 31 },
  428: { kind: 'default', cause: 31 },
  429: { kind: 'default', cause: 31 },
  430: { kind: 'default', cause: 31 },
  433: { kind: 'default', cause: 31 },
  436: { kind: 'default', cause: 31 },
  437: { kind: 'default', cause: 31 },
  438: { kind: 'default', cause: 31 },
  439: { kind: 'default', cause: 31 },
  440: { kind: 'default', cause: 31 },
  469: { kind: 'default', cause: 31 },
  470: { kind: 'default', cause: 31 },
  480: { kind: 'listed', cause: 18 },
  481: { kind: 'listed', cause: 41 },
  482: { kind: 'listed', cause: 25 },
  483: { kind: 'listed', cause: 25 },
  484: { kind: 'listed-repair', cause: 28 },
  485: { kind: 'listed', cause: 1 },
  486: { kind: 'listed', cause: 17 },
  487: { kind: 'none' },
  488: { kind: 'warning' },
  489: { kind: 'default', cause: 31 },
  491: { kind: 'default', cause: 31 },
  493: { kind: 'default', cause: 31 },
  494: { kind: 'default', cause: 31 },
  500: { kind: 'listed', cause: 41 },
  501: { kind: 'listed', cause: 79 },
  502: { kind: 'listed', cause: 38 },
  503: { kind: 'listed', cause: 41 },
  504: { kind: 'listed', cause: 102 },
  505: { kind: 'listed-repair', cause: 127 },
  513: { kind: 'listed-repair', cause: 127 },
  555: { kind: 'default', cause: 31 },
  580: { kind: 'default', cause: 31 },
  600: { kind: 'listed', cause: 17 },
  603: { kind: 'listed', cause: 21 },
  604: { kind: 'listed', cause: 1 },
  606: { kind: 'warning' },
  607: { kind: 'default', cause: 31 },
  608: { kind: 'default', cause: 31 },
};

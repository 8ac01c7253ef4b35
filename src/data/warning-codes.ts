/**
 * SIP Warning codes (the Warning header field): RFC 3261 section 20.43 and RFC 5630 section 9,
 * from ../shared/reference/warning-codes.csv. Each code with its text, what it means in plain
 * words, and the section that defines it.
 */
export interface WarningCode {
  code: number;
  /** The warn-text the RFC gives the code. */
  text: string;
  /** What it means, in plain words. */
  meaning: string;
  rfc: number;
  section: string;
}

const rows: [number, string, string, number, string][] = [
  [
    300,
    'Incompatible network protocol',
    'At least one network protocol named in the session description is not available.',
    3261,
    '20.43',
  ],
  [
    301,
    'Incompatible network address formats',
    'At least one network address format used in the session description is not available.',
    3261,
    '20.43',
  ],
  [
    302,
    'Incompatible transport protocol',
    'At least one transport protocol given in the session description is not available.',
    3261,
    '20.43',
  ],
  [
    303,
    'Incompatible bandwidth units',
    'At least one bandwidth measurement unit in the session description was not understood.',
    3261,
    '20.43',
  ],
  [
    304,
    'Media type not available',
    'At least one media type in the session description (for example audio or video) is not available.',
    3261,
    '20.43',
  ],
  [
    305,
    'Incompatible media format',
    'At least one media format in the session description (for example a codec) is not available.',
    3261,
    '20.43',
  ],
  [
    306,
    'Attribute not understood',
    'At least one media attribute in the session description is not supported.',
    3261,
    '20.43',
  ],
  [
    307,
    'Session description parameter not understood',
    'A session-description parameter other than those covered by 300-306 was not understood.',
    3261,
    '20.43',
  ],
  [330, 'Multicast not available', 'The site where the user is located cannot do multicast.', 3261, '20.43'],
  [
    331,
    'Unicast not available',
    'The site where the user is located cannot do unicast, usually because a firewall is in the way.',
    3261,
    '20.43',
  ],
  [
    370,
    'Insufficient bandwidth',
    'The bandwidth set in the session description, or needed by the media, is more than is known to be available.',
    3261,
    '20.43',
  ],
  [
    380,
    'SIPS Not Allowed',
    'The UAS or proxy cannot process the request because the SIPS scheme is not allowed here (for example no SIPS contact is registered).',
    5630,
    '9',
  ],
  [381, 'SIPS Required', 'The UAS or proxy cannot process the request because the SIPS scheme is required.', 5630, '9'],
  [
    399,
    'Miscellaneous warning',
    'Free text for a person to read or for a log; a system that receives it must not take any automatic action on it.',
    3261,
    '20.43',
  ],
];

export const warningCodes: WarningCode[] = rows.map(([code, text, meaning, rfc, section]) => ({
  code,
  text,
  meaning,
  rfc,
  section,
}));

/** The Warning code with this number, or undefined for a number RFC 3261 and RFC 5630 do not define. */
export const warningCode = (code: number) => warningCodes.find((w) => w.code === code);

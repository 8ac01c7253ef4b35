/**
 * Header fields of a SIP message: names (long and compact forms), and tolerant parsers for the
 * values the analyser reads (name-addr, URIs, parameters, Via, CSeq, Digest challenges and
 * credentials, option-tag lists). Every parser takes any string and returns what it could read;
 * none throws.
 */

/**
 * Compact forms of header field names (RFC 3261 section 7.3.3 and section 20; RFC 3515 r,
 * RFC 3892 b, RFC 6665 o and u, RFC 8224 y, RFC 4028 reserves x for Session-Expires).
 */
export const COMPACT_FORMS: Record<string, string> = {
  i: 'Call-ID',
  m: 'Contact',
  e: 'Content-Encoding',
  l: 'Content-Length',
  c: 'Content-Type',
  f: 'From',
  s: 'Subject',
  k: 'Supported',
  t: 'To',
  v: 'Via',
  r: 'Refer-To',
  b: 'Referred-By',
  o: 'Event',
  u: 'Allow-Events',
  x: 'Session-Expires',
  y: 'Identity',
};

/** Header field names the analyser knows, in their usual spelling. */
const KNOWN = [
  'Accept',
  'Accept-Contact',
  'Accept-Encoding',
  'Accept-Language',
  'Alert-Info',
  'Allow',
  'Allow-Events',
  'Authentication-Info',
  'Authorization',
  'Call-ID',
  'Call-Info',
  'Contact',
  'Content-Disposition',
  'Content-Encoding',
  'Content-Language',
  'Content-Length',
  'Content-Type',
  'CSeq',
  'Date',
  'Error-Info',
  'Event',
  'Expires',
  'From',
  'Geolocation',
  'History-Info',
  'Identity',
  'Identity-Info',
  'In-Reply-To',
  'Max-Breadth',
  'Max-Forwards',
  'MIME-Version',
  'Min-Expires',
  'Min-SE',
  'Organization',
  'P-Asserted-Identity',
  'P-Preferred-Identity',
  'P-Access-Network-Info',
  'P-Charging-Vector',
  'Path',
  'Priority',
  'Privacy',
  'Proxy-Authenticate',
  'Proxy-Authorization',
  'Proxy-Require',
  'RAck',
  'Reason',
  'Record-Route',
  'Recv-Info',
  'Refer-To',
  'Referred-By',
  'Remote-Party-ID',
  'Reply-To',
  'Request-Disposition',
  'Require',
  'Resource-Priority',
  'Retry-After',
  'Route',
  'RSeq',
  'Security-Client',
  'Security-Server',
  'Security-Verify',
  'Server',
  'Service-Route',
  'Session-Expires',
  'SIP-ETag',
  'SIP-If-Match',
  'Subject',
  'Subscription-State',
  'Supported',
  'Timestamp',
  'To',
  'Unsupported',
  'User-Agent',
  'Via',
  'Warning',
  'WWW-Authenticate',
  'Diversion',
  'X-Asterisk-HangupCause',
  'X-Asterisk-HangupCauseCode',
  'Feature-Caps',
  'Info-Package',
  'Referred-By',
  'Replaces',
  'Join',
  'Target-Dialog',
  'Privacy',
  'P-Called-Party-ID',
  'P-Associated-URI',
];

const CANONICAL = new Map<string, string>(KNOWN.map((n) => [n.toLowerCase(), n]));

/** The usual spelling of a header field name: compact forms expanded, case normalised for known names. */
export function canonicalName(name: string): string {
  const lower = name.toLowerCase();
  if (lower.length === 1 && COMPACT_FORMS[lower]) return COMPACT_FORMS[lower];
  return CANONICAL.get(lower) ?? name;
}

/** True for a name the analyser knows (long or compact form). */
export const isKnownHeader = (name: string) => {
  const lower = name.toLowerCase();
  return CANONICAL.has(lower) || (lower.length === 1 && lower in COMPACT_FORMS);
};

/** URI schemes and words that look like a header name before a colon but are not one. */
const NOT_NAMES = new Set([
  'sip',
  'sips',
  'tel',
  'urn',
  'http',
  'https',
  'mailto',
  'im',
  'pres',
  'ws',
  'wss',
  'udp',
  'tcp',
  'tls',
  'sctp',
  'note',
  'error',
  'debug',
  'info',
  'notice',
  'verbose',
  'trace',
]);

/** Splits "Name: value" (any amount of space around the colon). Returns undefined for other lines. */
export function splitHeaderLine(line: string): { name: string; value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > 64) return undefined;
  let end = colon;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  const name = line.slice(0, end);
  if (!/^[A-Za-z][A-Za-z0-9!%*_+`'~-]*$/.test(name)) return undefined;
  const lower = name.toLowerCase();
  // A single letter is a header only in its compact form; "Debug:" and the like are log levels.
  if (name.length === 1 && !(lower in COMPACT_FORMS)) return undefined;
  if (NOT_NAMES.has(lower) && !CANONICAL.has(lower)) return undefined;
  return { name, value: line.slice(colon + 1).trim() };
}

/** Splits a header value at top-level commas (not inside quotes or angle brackets). */
export function splitList(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(value.slice(start).trim());
  return out.filter((s) => s !== '');
}

const unquote = (s: string) => {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/\\(.)/g, '$1');
  // A value cut in the middle of its quotes ("open): keep what is there.
  return t.startsWith('"') ? t.slice(1) : t;
};

/** Parses ";a=b;c;d="x"" (the text after the first ';') into lower-case keys. */
export function parseParams(text: string, separator = ';'): Record<string, string> {
  const params: Record<string, string> = {};
  let quoted = false;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  for (const part of parts) {
    const p = part.trim();
    if (!p) continue;
    const eq = p.indexOf('=');
    const key = (eq < 0 ? p : p.slice(0, eq)).trim().toLowerCase();
    if (!key || key.length > 64) continue;
    params[key] = eq < 0 ? '' : unquote(p.slice(eq + 1));
  }
  return params;
}

const KNOWN_SCHEMES = new Set(['sip', 'sips', 'tel', 'urn', 'im', 'pres', 'mailto', 'http', 'https']);

export interface SipUri {
  scheme: string;
  user?: string;
  host: string;
  port?: number;
  params: Record<string, string>;
}

/** Parses sip:user@host:port;params (also sips:, tel:, and a bare host). */
export function parseUri(text: string): SipUri | undefined {
  let s = text.trim().replace(/^<|>$/g, '');
  if (!s) return undefined;
  const colon = s.indexOf(':');
  let scheme = '';
  const maybeScheme = colon > 0 ? s.slice(0, colon).toLowerCase() : '';
  if (
    colon > 0 &&
    /^[a-z][a-z0-9+.-]*$/.test(maybeScheme) &&
    (KNOWN_SCHEMES.has(maybeScheme) || !/^\d/.test(s.slice(colon + 1)))
  ) {
    scheme = s.slice(0, colon).toLowerCase();
    s = s.slice(colon + 1);
  }
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(0, q);
  const semi = s.indexOf(';');
  const params = semi >= 0 ? parseParams(s.slice(semi + 1)) : {};
  let hostPart = semi >= 0 ? s.slice(0, semi) : s;
  let user: string | undefined;
  const at = hostPart.lastIndexOf('@');
  if (at >= 0) {
    user = hostPart.slice(0, at);
    hostPart = hostPart.slice(at + 1);
  } else if (scheme === 'tel') {
    return { scheme, user: hostPart, host: '', params };
  }
  const hp = splitHostPort(hostPart);
  if (!hp) return user ? { scheme, user, host: '', params } : undefined;
  return { scheme, user, host: hp.host, port: hp.port, params };
}

/** Splits "host:port", "[v6]:port", "v6" into host and port. */
export function splitHostPort(text: string): { host: string; port?: number } | undefined {
  const s = text.trim();
  if (!s) return undefined;
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0) return { host: s.slice(1) };
    const port = /^:(\d{1,5})$/.exec(s.slice(close + 1))?.[1];
    return { host: s.slice(1, close), port: port ? Number(port) : undefined };
  }
  const colons = s.split(':').length - 1;
  if (colons > 1) return { host: s }; // bare IPv6
  const [host, port] = s.split(':');
  if (!/^[A-Za-z0-9._-]+$/.test(host)) return host ? { host } : undefined;
  return { host, port: port && /^\d{1,5}$/.test(port) ? Number(port) : undefined };
}

export interface NameAddr {
  display?: string;
  uri?: SipUri;
  uriText: string;
  params: Record<string, string>;
}

/** Parses a From/To/Contact/P-Asserted-Identity value: "Name" <uri;uri-params>;header-params. */
export function parseNameAddr(value: string): NameAddr {
  const v = value.trim();
  const lt = v.indexOf('<');
  if (lt >= 0) {
    const gt = v.indexOf('>', lt);
    const uriText = v.slice(lt + 1, gt < 0 ? undefined : gt);
    const rest = gt < 0 ? '' : v.slice(gt + 1);
    const semi = rest.indexOf(';');
    const display = unquote(v.slice(0, lt)).trim() || undefined;
    return { display, uri: parseUri(uriText), uriText, params: semi >= 0 ? parseParams(rest.slice(semi + 1)) : {} };
  }
  // Without angle brackets, parameters after the URI belong to the header (RFC 3261 section 20.10).
  const semi = v.indexOf(';');
  const uriText = (semi >= 0 ? v.slice(0, semi) : v).trim();
  return { uri: parseUri(uriText), uriText, params: semi >= 0 ? parseParams(v.slice(semi + 1)) : {} };
}

export interface ViaEntry {
  protocol: string;
  transport: string;
  host: string;
  port?: number;
  params: Record<string, string>;
  raw: string;
}

/** Parses one Via value: SIP/2.0/UDP host:port;branch=...;received=...;rport=... */
export function parseVia(raw: string): ViaEntry | undefined {
  const m = /^\s*([A-Za-z]+)\s*\/\s*([\d.]+)\s*\/\s*([A-Za-z0-9-]+)\s+([^;\s]+)\s*(?:;(.*))?$/.exec(raw.slice(0, 4000));
  if (!m) return undefined;
  const hp = splitHostPort(m[4]);
  if (!hp) return undefined;
  return {
    protocol: `${m[1]}/${m[2]}`,
    transport: m[3].toUpperCase(),
    host: hp.host,
    port: hp.port,
    params: m[5] ? parseParams(m[5]) : {},
    raw,
  };
}

/** Parses "CSeq: 102 INVITE". */
export function parseCSeq(value: string): { num: number; method: string } | undefined {
  const m = /^\s*(\d{1,10})\s+([A-Za-z][A-Za-z-]*)\s*$/.exec(value);
  return m ? { num: Number(m[1]), method: m[2].toUpperCase() } : undefined;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses a WWW-/Proxy-Authenticate or Authorization value: Digest realm="x", nonce="y", ... */
export function parseChallenge(value: string): Challenge {
  const v = value.trim();
  const sp = v.search(/\s/);
  const scheme = sp < 0 ? v : v.slice(0, sp);
  return { scheme, params: sp < 0 ? {} : parseParams(v.slice(sp + 1), ',') };
}

/** Splits an option-tag or method list ("100rel, timer") into trimmed tokens. */
export const tokens = (value: string) =>
  value
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z0-9.!%*_+`'~-]{1,64}$/.test(s));

/** A whole number from a header value ("3600", " 3600 ;comment"), or undefined. */
export function leadingInt(value: string): number | undefined {
  const m = /^\s*(\d{1,10})(?=$|[\s;(,])/.exec(value);
  return m ? Number(m[1]) : undefined;
}

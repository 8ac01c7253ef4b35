/**
 * Session descriptions (SDP, RFC 4566 syntax as used by the offer/answer model of RFC 3264):
 * the media lines, their codecs and addresses, and a side-by-side comparison of an offer with
 * its answer. Tolerant: any text in, whatever could be read out.
 */

export interface Codec {
  /** Payload type number as written in the m= line. */
  pt: string;
  /** Encoding name ("PCMU", "opus"); empty when neither rtpmap nor the static table names it. */
  name: string;
  rate?: number;
  channels?: number;
}

export interface MediaLine {
  /** "audio", "video", "image" (fax), "application"... */
  media: string;
  port: number;
  /** Transport protocol: "RTP/AVP", "RTP/SAVP", "UDP/TLS/RTP/SAVPF", "udptl". */
  proto: string;
  codecs: Codec[];
  /** The connection address that applies to this line (its own c= or the session's). */
  address?: string;
  addressType?: string;
  /** sendrecv, sendonly, recvonly or inactive, when given. */
  direction?: string;
  /** True when the line asks for encrypted media (a SAVP profile or crypto/fingerprint attributes). */
  encrypted: boolean;
}

export interface Sdp {
  origin?: string;
  address?: string;
  addressType?: string;
  media: MediaLine[];
}

/**
 * Payload types with a fixed meaning, from the RTP audio/video profile (RFC 3551 section 6;
 * RFC 3264 examples use them without rtpmap lines).
 */
const STATIC: Record<string, [string, number, number?]> = {
  '0': ['PCMU', 8000],
  '3': ['GSM', 8000],
  '4': ['G723', 8000],
  '5': ['DVI4', 8000],
  '6': ['DVI4', 16000],
  '7': ['LPC', 8000],
  '8': ['PCMA', 8000],
  '9': ['G722', 8000],
  '10': ['L16', 44100, 2],
  '11': ['L16', 44100],
  '12': ['QCELP', 8000],
  '13': ['CN', 8000],
  '14': ['MPA', 90000],
  '15': ['G728', 8000],
  '16': ['DVI4', 11025],
  '17': ['DVI4', 22050],
  '18': ['G729', 8000],
  '26': ['JPEG', 90000],
  '31': ['H261', 90000],
  '32': ['MPV', 90000],
  '33': ['MP2T', 90000],
  '34': ['H263', 90000],
};

/** Parses the SDP found in a body (a plain SDP body or the SDP part of a multipart body). */
export function parseSdp(body: string): Sdp | undefined {
  const start = body.search(/(^|\n)\s*v=0/);
  if (start < 0) return undefined;
  const lines = body.slice(start).split(/\r?\n/);
  const sdp: Sdp = { media: [] };
  let current: (MediaLine & { rtpmap: Record<string, Codec> }) | undefined;
  let sessionEncrypted = false;
  const finish = () => {
    if (!current) return;
    const { rtpmap, ...m } = current;
    m.codecs = m.codecs.map((c) => rtpmap[c.pt] ?? c);
    m.address ??= sdp.address;
    m.addressType ??= sdp.addressType;
    m.encrypted ||= sessionEncrypted;
    sdp.media.push(m);
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('--')) break; // multipart boundary
    const m = /^([a-z])\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m;
    if (key === 'o') sdp.origin = value;
    else if (key === 'c') {
      const c = /^IN\s+(IP[46])\s+([^\s/]+)/i.exec(value);
      if (c) {
        if (current) {
          current.address = c[2];
          current.addressType = c[1].toUpperCase();
        } else {
          sdp.address = c[2];
          sdp.addressType = c[1].toUpperCase();
        }
      }
    } else if (key === 'm') {
      finish();
      const parts = value.split(/\s+/);
      const port = Number(/^\d+/.exec(parts[1] ?? '')?.[0] ?? NaN);
      const proto = parts[2] ?? '';
      const formats = parts
        .slice(3)
        .filter((f) => f !== '')
        .slice(0, 64);
      const rtp = /RTP/i.test(proto);
      current = {
        media: (parts[0] ?? '').toLowerCase(),
        port: Number.isFinite(port) ? port : -1,
        proto,
        codecs: formats.map((pt) => {
          const s = rtp ? STATIC[pt] : undefined;
          return s ? { pt, name: s[0], rate: s[1], channels: s[2] } : { pt, name: rtp ? '' : pt };
        }),
        encrypted: /SAVP/i.test(proto),
        rtpmap: {},
      };
    } else if (key === 'a' && current) {
      const colon = value.indexOf(':');
      const attr = (colon < 0 ? value : value.slice(0, colon)).toLowerCase();
      const arg = colon < 0 ? '' : value.slice(colon + 1);
      if (attr === 'rtpmap') {
        const r = /^(\d+)\s+([^/\s]+)(?:\/(\d+))?(?:\/(\d+))?/.exec(arg);
        if (r)
          current.rtpmap[r[1]] = {
            pt: r[1],
            name: r[2],
            rate: r[3] ? Number(r[3]) : undefined,
            channels: r[4] ? Number(r[4]) : undefined,
          };
      } else if (attr === 'sendrecv' || attr === 'sendonly' || attr === 'recvonly' || attr === 'inactive')
        current.direction = attr;
      else if (attr === 'crypto' || attr === 'fingerprint') current.encrypted = true;
    } else if (key === 'a' && !current) {
      if (/^(fingerprint|crypto):/i.test(value)) sessionEncrypted = true;
    }
  }
  finish();
  return sdp;
}

/** The name used to compare codecs across sides: encoding name and clock rate. */
export const codecKey = (c: Codec) => `${c.name.toLowerCase()}/${c.rate ?? ''}`;

/** A readable codec label: "PCMU/8000", "opus/48000/2", or "payload type 96" when unnamed. */
export const codecLabel = (c: Codec) =>
  c.name ? [c.name, c.rate, c.channels].filter((x) => x !== undefined).join('/') : `#${c.pt}`;

/** Codecs that carry no voice or picture: key presses and comfort noise. */
const isAuxiliary = (c: Codec) => /^(telephone-event|cn|red|ulpfec|flexfec|rtx)$/i.test(c.name);

export interface MediaSide {
  port: number;
  proto: string;
  address?: string;
  addressType?: string;
  direction?: string;
  encrypted: boolean;
  codecs: string[];
}

export interface CodecRow {
  codec: string;
  offered: boolean;
  answered: boolean;
}

export interface MediaRow {
  /** Position of the m= line (0-based). */
  index: number;
  media: string;
  offered?: MediaSide;
  answered?: MediaSide;
  /** Every codec on either side, the offer's order first. */
  codecs: CodecRow[];
  /** True when the answer declines the stream (port 0). */
  rejected: boolean;
  /** True when a voice/picture codec appears on both sides. */
  common: boolean;
}

export type MediaProblem =
  'no-answer' | 'no-common-codec' | 'srtp-mismatch' | 'transport-mismatch' | 't38' | 'ip-version' | 'rejected-stream';

export interface MediaComparison {
  offer: number;
  answer?: number;
  rows: MediaRow[];
  /** True when some offered stream has a codec both sides accept. */
  common: boolean;
  problems: MediaProblem[];
}

const side = (m: MediaLine): MediaSide => ({
  port: m.port,
  proto: m.proto,
  address: m.address,
  addressType: m.addressType,
  direction: m.direction,
  encrypted: m.encrypted,
  codecs: m.codecs.map(codecLabel),
});

/** Compares an offer with its answer (or with nothing, when the answer is a rejection). */
export function compareSdp(
  offer: Sdp,
  answer: Sdp | undefined,
  offerIndex: number,
  answerIndex?: number,
  capabilities = false,
): MediaComparison {
  const rows: MediaRow[] = [];
  const problems = new Set<MediaProblem>();
  const count = Math.max(offer.media.length, answer?.media.length ?? 0);
  for (let i = 0; i < count; i++) {
    const o = offer.media[i];
    const a = answer?.media[i];
    const codecs: CodecRow[] = [];
    const seen = new Map<string, CodecRow>();
    for (const c of o?.codecs ?? []) {
      const key = codecKey(c);
      if (!seen.has(key)) {
        const row = { codec: codecLabel(c), offered: true, answered: false };
        seen.set(key, row);
        codecs.push(row);
      }
    }
    const rejected = !!a && a.port === 0 && !capabilities;
    for (const c of rejected ? [] : (a?.codecs ?? [])) {
      const key = codecKey(c);
      const row = seen.get(key);
      if (row) row.answered = true;
      else {
        const r = { codec: codecLabel(c), offered: false, answered: true };
        seen.set(key, r);
        codecs.push(r);
      }
    }
    const voice = [...(o?.codecs ?? [])].filter((c) => !isAuxiliary(c));
    const common = !!a && !rejected && voice.some((c) => seen.get(codecKey(c))?.answered);
    rows.push({
      index: i,
      media: o?.media ?? a?.media ?? '',
      offered: o && side(o),
      answered: a && side(a),
      codecs,
      rejected,
      common,
    });
    if (o?.media === 'image' || /udptl|t38/i.test(o?.proto ?? '')) problems.add('t38');
    if (o && a) {
      if (rejected) problems.add('rejected-stream');
      else if (capabilities) {
        // A list of capabilities, not an answer: only the codecs are compared.
      } else if (o.encrypted !== a.encrypted) problems.add('srtp-mismatch');
      else if (o.proto && a.proto && o.proto.toUpperCase() !== a.proto.toUpperCase())
        problems.add('transport-mismatch');
      if (o.addressType && a.addressType && o.addressType !== a.addressType) problems.add('ip-version');
    }
  }
  const anyCommon = rows.some((r) => r.common);
  if (!answer) problems.add('no-answer');
  else if (!anyCommon) problems.add('no-common-codec');
  return { offer: offerIndex, answer: answerIndex, rows, common: anyCommon, problems: [...problems] };
}

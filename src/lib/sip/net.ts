/**
 * Which kind of network an address belongs to: the ranges that never travel across the public
 * internet, so that an address from them in Contact, Via or SDP means a NAT router sits between
 * the device and the other side.
 */

export type AddressKind =
  'private' | 'shared' | 'link-local' | 'unique-local' | 'loopback' | 'unspecified' | 'public' | 'name';

export interface AddressClass {
  kind: AddressKind;
  /** The range, as written in the RFC that sets it aside: "192.168.0.0/16". */
  range?: string;
  /** The RFC that sets the range aside. */
  rfc?: number;
}

const V4_RANGES: { base: number[]; bits: number; kind: AddressKind; range: string; rfc?: number }[] = [
  { base: [10, 0, 0, 0], bits: 8, kind: 'private', range: '10.0.0.0/8', rfc: 1918 },
  { base: [172, 16, 0, 0], bits: 12, kind: 'private', range: '172.16.0.0/12', rfc: 1918 },
  { base: [192, 168, 0, 0], bits: 16, kind: 'private', range: '192.168.0.0/16', rfc: 1918 },
  { base: [100, 64, 0, 0], bits: 10, kind: 'shared', range: '100.64.0.0/10', rfc: 6598 },
  { base: [169, 254, 0, 0], bits: 16, kind: 'link-local', range: '169.254.0.0/16', rfc: 3927 },
  { base: [127, 0, 0, 0], bits: 8, kind: 'loopback', range: '127.0.0.0/8' },
  { base: [0, 0, 0, 0], bits: 8, kind: 'unspecified', range: '0.0.0.0/8' },
];

/** The four numbers of a dotted IPv4 address, or undefined. */
export function ipv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host.trim());
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((n) => n <= 255) ? parts : undefined;
}

const toInt = (p: number[]) => ((p[0] << 24) >>> 0) + (p[1] << 16) + (p[2] << 8) + p[3];

/** True for text that is an IPv6 address (loosely: hex groups and colons). */
export const isIpv6 = (host: string) =>
  /^[0-9a-fA-F:.]+$/.test(host) && host.includes(':') && host.split(':').length >= 3;

/** Classifies an address or host name. */
export function classifyAddress(host: string): AddressClass {
  const h = host.trim().replace(/^\[|\]$/g, '');
  const v4 = ipv4(h);
  if (v4) {
    const n = toInt(v4);
    for (const r of V4_RANGES) {
      const mask = r.bits === 0 ? 0 : (~0 << (32 - r.bits)) >>> 0;
      if ((n & mask) >>> 0 === (toInt(r.base) & mask) >>> 0) return { kind: r.kind, range: r.range, rfc: r.rfc };
    }
    return { kind: 'public' };
  }
  if (isIpv6(h)) {
    const first = parseInt(h.split(':')[0] || '0', 16);
    if (h === '::1') return { kind: 'loopback', range: '::1/128' };
    if (/^::$|^0*:0*:/.test(h) && /^[0:]+$/.test(h)) return { kind: 'unspecified', range: '::/128' };
    if ((first & 0xfe00) === 0xfc00) return { kind: 'unique-local', range: 'fc00::/7', rfc: 4193 };
    if ((first & 0xffc0) === 0xfe80) return { kind: 'link-local', range: 'fe80::/10', rfc: 4291 };
    return { kind: 'public' };
  }
  return { kind: 'name' };
}

/** True for an address that cannot be reached from the public internet (NAT or local-only ranges). */
export const isNonPublic = (host: string) => {
  const k = classifyAddress(host).kind;
  return k === 'private' || k === 'shared' || k === 'link-local' || k === 'unique-local';
};

/**
 * The project's own copies of the reference tables, parsed once:
 * - iana-sip-response-codes.csv: the IANA registry's 4xx codes (code, reason phrase, RFC);
 * - isup-cause-to-sip.csv: RFC 3398 section 7.2.4.1, ISUP/Q.850 cause to SIP response;
 * - sip-to-isup.csv: RFC 3398 section 8.2.6.1, SIP 4xx response to the ISUP cause a gateway sends.
 */
import ianaCsv from './iana-sip-response-codes.csv?raw';
import isupToSipCsv from './isup-cause-to-sip.csv?raw';
import sipToIsupCsv from './sip-to-isup.csv?raw';
import { csvRecords } from '../lib/csv.ts';

export interface RegistryEntry {
  code: number;
  reason: string;
  rfc: number;
}

export const registry: RegistryEntry[] = csvRecords(ianaCsv).map((r) => ({
  code: Number(r['Response Code']),
  reason: r['Description'],
  rfc: Number(/\d+/.exec(r['Reference'])?.[0]),
}));

export interface IsupCause {
  cause: number;
  name: string;
  /** The SIP response as RFC 3398 lists it: "486", "410 (301 when ...)", "none (BYE or CANCEL)". */
  sip: string;
  /** The SIP status code, where the mapping names one. */
  code: number | null;
}

export const isupToSip: IsupCause[] = csvRecords(isupToSipCsv).map((r) => {
  const sip = r['SIP response (RFC 3398 s7.2.4.1)'];
  const code = /^\d{3}/.exec(sip)?.[0];
  return { cause: Number(r['ISUP/Q.850 cause']), name: r['Cause name'], sip, code: code ? Number(code) : null };
});

export interface SipToIsup {
  cause: number | null;
  name: string;
  /** "listed": in the RFC 3398 table; "default": not listed, so cause 31; "none": no cause; "by Warning header". */
  mapping: string;
}

export const sipToIsup = new Map<number, SipToIsup>(
  csvRecords(sipToIsupCsv).map((r) => [
    Number(r['SIP response']),
    {
      cause: r['ISUP/Q.850 cause'] ? Number(r['ISUP/Q.850 cause']) : null,
      name: r['Cause name'],
      mapping: r['RFC 3398 s8.2.6.1'],
    },
  ]),
);

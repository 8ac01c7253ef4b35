import type { CodeData } from '../schemas/code.ts';
import { sipToIsup } from '../data/registry.ts';
import { absoluteUrl, codePath, rfcUrl } from './urls.ts';

/** The public shape of /codes.json: one object per code, sorted by code. */
export function codesAsData(codes: CodeData[], site: string, base: string) {
  return {
    description: 'SIP 4xx response codes: reason phrases, categories, RFC references and ISUP/Q.850 mapping (RFC 3398).',
    codes: [...codes]
      .sort((a, b) => a.code - b.code)
      .map((c) => {
        const isup = sipToIsup.get(c.code);
        return {
          code: c.code,
          reason: c.reason,
          previousReasons: c.previousReasons,
          summary: c.summary,
          category: c.category,
          status: c.status,
          verdict: c.verdict,
          url: absoluteUrl(site, base, codePath(c.code)),
          rfcs: c.specs.map((s) => ({ rfc: s.rfc, section: s.section, url: rfcUrl(s.rfc, s.section) })),
          isupCause: isup?.cause ?? null,
          isupCauseName: isup?.name || null,
        };
      }),
  };
}

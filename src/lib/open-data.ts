import type { CodeData } from '../schemas/code.ts';
import { classOf } from '../data/classes.ts';
import { sipToIsup } from '../data/isup.ts';
import { isupLine } from './isup.ts';
import { pageUrl, paths, rfcUrl } from './urls.ts';

/** The public shape of /codes.json: one object per code, sorted by code. */
export function codesAsData(codes: CodeData[]) {
  return {
    description:
      'SIP response codes, every class: reason phrases, class, category, verdict, RFC references and the ISUP/Q.850 mapping of RFC 3398.',
    codes: [...codes]
      .sort((a, b) => a.code - b.code)
      .map((c) => {
        const mapping = sipToIsup[c.code];
        return {
          code: c.code,
          reason: c.reason,
          previousReasons: c.previousReasons,
          summary: c.summary,
          class: classOf(c.code)?.id,
          category: c.category,
          status: c.status,
          verdict: c.verdict,
          url: pageUrl(paths.code(c.code)),
          rfcs: c.specs.map((s) => ({ rfc: s.rfc, section: s.section, url: rfcUrl(s.rfc, s.section) })),
          isupCause: mapping && 'cause' in mapping ? mapping.cause : null,
          /** How RFC 3398 maps it: "listed", "default" (cause 31 for codes it does not list), "warning", ... */
          isupMapping: mapping?.kind ?? null,
          isup: isupLine(c.code)?.sends ?? null,
        };
      }),
  };
}

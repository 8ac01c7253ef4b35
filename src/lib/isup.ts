/**
 * The ISUP/Q.850 line of a code page: what a gateway following RFC 3398 sends the phone network
 * for a SIP response (section 8.2.6.1, with its conditions), and which causes it turns into
 * that response (section 7.2.4.1). One exhaustive switch over the mapping kinds, so a new kind
 * or a mistyped one fails the type check instead of leaving an empty cell.
 */
import { causeName, isupToSip, sipToIsup, type IsupCause, type IsupMapping } from '../data/isup.ts';
import { pbxCauses, PBX_SYSTEMS, type PbxSystem } from '../data/pbx-causes.ts';
import { t } from '../i18n/index.ts';

export interface IsupLine {
  /** The sentence about the cause a gateway sends. */
  sends: string;
  /** The RFC 3398 section that sentence rests on. */
  section: string;
  /** The causes that a gateway turns into this code (section 7.2.4.1). */
  causesHere: IsupCause[];
}

const PROGRESS_SECTION = { none: '8.2.2', acm: '8.2.3', anm: '8.2.4', redirect: '8.2.5', unmapped: '8.2.6.1' } as const;

/** The sentence for one mapping. Throws for a mapping that no kind handles. */
export function isupSentence(mapping: IsupMapping): string {
  switch (mapping.kind) {
    case 'listed':
      return t('isup.listed', { cause: mapping.cause, name: causeName(mapping.cause) ?? '' });
    case 'listed-auth':
      return t('isup.listedAuth', { cause: mapping.cause, name: causeName(mapping.cause) ?? '' });
    case 'listed-repair':
      return t('isup.listedRepair', { cause: mapping.cause, name: causeName(mapping.cause) ?? '' });
    case 'default':
      return t('isup.default');
    case 'none':
      return t('isup.none');
    case 'warning':
      return t('isup.warning');
    case 'progress':
      return t(`isup.progress.${mapping.message}`);
    default: {
      const never: never = mapping;
      throw new Error(`Unknown RFC 3398 mapping: ${JSON.stringify(never)}`);
    }
  }
}

/** The ISUP/Q.850 line for a code, or undefined for a code RFC 3398 and its table do not cover. */
export function isupLine(code: number): IsupLine | undefined {
  const mapping = sipToIsup[code];
  if (!mapping) return undefined;
  return {
    sends: isupSentence(mapping),
    section: mapping.kind === 'progress' ? PROGRESS_SECTION[mapping.message] : '8.2.6.1',
    causesHere: isupToSip.filter((c) => c.code === code),
  };
}

/** One row of the "what phone systems send" table: a Q.850 cause, RFC 3398's answer and each PBX's. */
export interface PbxRow {
  cause: number;
  name: string;
  /** The SIP response RFC 3398 section 7.2.4.1 gives the cause (null: none). */
  rfc: number | null;
  /** What each PBX sends for the cause before answer (null: nothing; undefined: no such cause). */
  sends: Partial<Record<PbxSystem, number | null>>;
  /** True where a PBX does not follow RFC 3398 for this cause. */
  differs: boolean;
}

/**
 * The causes that lead to a code, in RFC 3398 or in Asterisk or FreeSWITCH, and what each of
 * them sends: where the PBXs and the RFC disagree, readers see it. Causes a PBX only reaches by
 * its fallback (Asterisk 603, FreeSWITCH 480) are left to `pbxFallbacks`.
 */
export function pbxRows(code: number): PbxRow[] {
  const causes = new Set<number>(isupToSip.filter((c) => c.code === code).map((c) => c.cause));
  for (const p of pbxCauses) if (p.q850 !== null && p.sent === code && !p.fallback) causes.add(p.q850);
  return [...causes]
    .sort((a, b) => a - b)
    .map((cause) => {
      const rfc = isupToSip.find((c) => c.cause === cause);
      const sends: PbxRow['sends'] = {};
      for (const system of PBX_SYSTEMS) {
        const p = pbxCauses.find((x) => x.system === system && x.q850 === cause);
        if (p) sends[system] = p.sent;
      }
      const differs = Object.values(sends).some((s) => s !== (rfc?.code ?? null));
      return { cause, name: rfc?.name ?? causeName(cause) ?? '', rfc: rfc?.code ?? null, sends, differs };
    });
}

/** The PBXs whose fallback response, for a cause they have no case for, is this code. */
export const pbxFallbacks = (code: number): PbxSystem[] =>
  PBX_SYSTEMS.filter((s) => pbxCauses.some((p) => p.system === s && p.fallback && p.sent === code));

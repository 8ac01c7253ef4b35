/** The code pages agree with the project's copy of the IANA registry and the RFC 3398 tables. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historic, registry } from '../../src/data/iana.ts';
import { isupToSip, sipToIsup } from '../../src/data/isup.ts';
import { classOf, responseClasses } from '../../src/data/classes.ts';
import { codeSchema } from '../../src/schemas/code.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { csvRecords } from '../support/csv.ts';

const pages = readdirSync('content/codes')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const split = splitFrontmatter(readFileSync(`content/codes/${f}`, 'utf8'));
    if ('error' in split) throw new Error(`${f}: ${split.error}`);
    return codeSchema.parse(split.data);
  });
const byCode = new Map(pages.map((p) => [p.code, p]));
const reference = '../shared/reference';

describe('registry consistency', () => {
  it('the registry copy holds the 75 registered codes of every class', () => {
    expect(registry).toHaveLength(75);
    const perClass = Object.fromEntries(
      responseClasses.map((c) => [c.id, registry.filter((r) => classOf(r.code) === c).length]),
    );
    expect(perClass).toEqual({ '1xx': 6, '2xx': 3, '3xx': 5, '4xx': 46, '5xx': 9, '6xx': 6 });
  });

  it.runIf(existsSync(reference))('the registry copy matches the reference registry', () => {
    const rows = csvRecords(readFileSync(`${reference}/iana-sip-response-codes.csv`, 'utf8'));
    expect(registry.map((r) => `${r.code} ${r.reason}${r.deprecated ? ' (Deprecated)' : ''} ${r.rfc}`)).toEqual(
      rows.map((r) => `${r['Response Code']} ${r['Description']} ${/\d+/.exec(r['Reference'])![0]}`),
    );
  });

  it.each(registry.map((r) => [r.code, r]))('%i has a page whose reason and RFC match the registry', (code, r) => {
    const page = byCode.get(code);
    expect(page, `content/codes/${code}.mdx`).toBeDefined();
    expect(page!.reason).toBe(r.reason);
    expect(page!.status).toBe('current');
    expect(page!.specs.map((s) => s.rfc)).toContain(r.rfc);
  });

  it('no page claims a code that is not registered unless it is marked historic', () => {
    const registered = new Set(registry.map((r) => r.code));
    const extra = pages.filter((p) => !registered.has(p.code));
    expect(extra.map((p) => [p.code, p.status])).toEqual(historic.map((h) => [h.code, 'historic']));
    for (const p of extra) expect(p.specs.map((s) => s.rfc)).toEqual(expect.arrayContaining([2543]));
  });

  it('renamed codes keep their old reason phrases', () => {
    expect(byCode.get(436)!.previousReasons).toContain('Bad Identity-Info');
    expect(byCode.get(437)!.previousReasons).toContain('Unsupported Certificate');
    expect(byCode.get(414)!.previousReasons).toContain('Request-URI Too Large');
  });

  it('the RFC 3398 table names its causes', () => {
    expect(sipToIsup[486]).toEqual({ kind: 'listed', cause: 17 });
    expect(sipToIsup[487]).toEqual({ kind: 'none' });
    expect(sipToIsup[401]).toEqual({ kind: 'listed-auth', cause: 21 });
    expect(isupToSip.find((c) => c.cause === 17)).toMatchObject({ code: 486 });
    expect(isupToSip.find((c) => c.cause === 16)).toMatchObject({ code: null });
  });

  it.runIf(existsSync(reference))('the ISUP table matches RFC 3398 (the reference facts) for every class', () => {
    const facts = [
      ...JSON.parse(readFileSync(`${reference}/sip-4xx.json`, 'utf8')),
      ...JSON.parse(readFileSync(`${reference}/sip-other-classes.json`, 'utf8')),
    ] as { code: number; isupCause: number | null; isupCauseDefault: number | null }[];
    for (const f of facts) {
      const m = sipToIsup[f.code];
      expect(m, String(f.code)).toBeDefined();
      const cause = 'cause' in m ? m.cause : null;
      expect(cause, String(f.code)).toBe(f.isupCause ?? f.isupCauseDefault);
    }
    const causes = csvRecords(readFileSync(`${reference}/isup-cause-to-sip.csv`, 'utf8'));
    expect(isupToSip.map((c) => [c.cause, c.sip])).toEqual(
      causes.map((r) => [Number(r['ISUP/Q.850 cause']), r['SIP response (RFC 3398 s7.2.4.1)']]),
    );
  });

  it('the verdicts of the common codes follow the RFCs', () => {
    for (const code of [180, 183, 200, 401, 407, 487, 491])
      expect(byCode.get(code)!.verdict, String(code)).toBe('expected');
    for (const code of [403, 488, 503]) expect(byCode.get(code)!.verdict, String(code)).toBe('action');
    for (const p of pages) if (classOf(p.code)!.digit <= 2) expect(p.verdict, String(p.code)).not.toBe('action');
  });
});

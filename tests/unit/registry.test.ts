/** The code pages agree with the project's copy of the IANA registry and the RFC 3398 tables. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry, isupToSip, sipToIsup } from '../../src/data/registry.ts';
import { codeSchema } from '../../src/schemas/code.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const pages = readdirSync('content/codes')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => codeSchema.parse(splitFrontmatter(readFileSync(`content/codes/${f}`, 'utf8')).data));
const byCode = new Map(pages.map((p) => [p.code, p]));

describe('registry consistency', () => {
  it('the registry copy holds the 46 registered 4xx codes', () => {
    expect(registry).toHaveLength(46);
    expect(registry.every((r) => r.code >= 400 && r.code <= 499 && r.reason && r.rfc > 0)).toBe(true);
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
    expect(extra.map((p) => [p.code, p.status])).toEqual([
      [409, 'historic'],
      [411, 'historic'],
    ]);
    for (const p of extra) expect(p.specs.map((s) => s.rfc)).toEqual(expect.arrayContaining([2543]));
  });

  it('renamed codes keep their old reason phrases', () => {
    expect(byCode.get(436)!.previousReasons).toContain('Bad Identity-Info');
    expect(byCode.get(437)!.previousReasons).toContain('Unsupported Certificate');
    expect(byCode.get(414)!.previousReasons).toContain('Request-URI Too Large');
  });

  it('every code page has an RFC 3398 mapping, and the table names its causes', () => {
    for (const p of pages) expect(sipToIsup.has(p.code), String(p.code)).toBe(true);
    expect(sipToIsup.get(486)).toEqual({ cause: 17, name: 'User busy', mapping: 'listed' });
    expect(sipToIsup.get(487)!.mapping).toBe('none');
    expect(isupToSip.find((c) => c.cause === 17)).toMatchObject({ code: 486 });
    expect(isupToSip.find((c) => c.cause === 16)).toMatchObject({ code: null });
  });

  it('the common codes are normal where the RFCs say so', () => {
    for (const code of [401, 407, 487, 491]) expect(byCode.get(code)!.normal, String(code)).toBe(true);
    for (const code of [403, 404, 486, 488]) expect(byCode.get(code)!.normal, String(code)).toBe(false);
  });
});

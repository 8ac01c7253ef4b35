/** The ISUP/Q.850 line of every code page says something, and says the right thing. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sipToIsup, type IsupMapping } from '../../src/data/isup.ts';
import { isupLine, isupSentence, pbxFallbacks, pbxRows } from '../../src/lib/isup.ts';

const pageCodes = readdirSync('content/codes')
  .filter((f) => /^\d{3}\.mdx$/.test(f))
  .map((f) => Number(f.slice(0, 3)));

describe('isupLine', () => {
  it.each(pageCodes)('%i has a mapping and a sentence', (code) => {
    const line = isupLine(code);
    expect(line, `no RFC 3398 mapping for ${code}`).toBeDefined();
    expect(line!.sends.length).toBeGreaterThan(20);
    expect(line!.sends).not.toMatch(/\{|undefined/);
  });

  it('gives each kind of mapping its own sentence', () => {
    expect(isupLine(486)!.sends).toBe('A gateway following RFC 3398 sends cause 17 (User busy).');
    expect(isupLine(401)!.sends).toMatch(/first tries to authenticate.*cause 21 \(Call rejected\)/);
    expect(isupLine(420)!.sends).toMatch(/first tries to correct the request.*cause 127/);
    expect(isupLine(412)!.sends).toMatch(/does not list this code.*cause 31/);
    expect(isupLine(487)!.sends).toMatch(/no cause/);
    expect(isupLine(488)!.sends).toMatch(/Warning header.*65/);
    expect(isupLine(606)!.sends).toBe(isupLine(488)!.sends);
    expect(isupLine(180)!.sends).toMatch(/ACM/);
    expect(isupLine(200)!.sends).toMatch(/ANM/);
    expect(isupLine(302)!.sends).toMatch(/cause 23/);
    expect(isupLine(503)).toMatchObject({ section: '8.2.6.1' });
    expect(isupLine(180)).toMatchObject({ section: '8.2.3' });
  });

  it('lists the causes that turn into the code (section 7.2.4.1)', () => {
    expect(isupLine(503)!.causesHere.map((c) => c.cause)).toEqual([34, 38, 41, 42, 47, 58, 88]);
    expect(isupLine(486)!.causesHere.map((c) => c.cause)).toEqual([17]);
  });

  it('refuses a mapping kind it does not know', () => {
    expect(() => isupSentence({ kind: 'Default' } as unknown as IsupMapping)).toThrow(/Unknown RFC 3398 mapping/);
  });

  it('covers exactly the codes that have pages', () => {
    expect(Object.keys(sipToIsup).map(Number).sort()).toEqual([...pageCodes].sort());
  });
});

describe('what PBXs send', () => {
  it('shows where Asterisk and FreeSWITCH differ from RFC 3398', () => {
    const rows = pbxRows(503);
    expect(rows.find((r) => r.cause === 88)).toMatchObject({ rfc: 503, sends: { FreeSWITCH: 488 }, differs: true });
    expect(rows.find((r) => r.cause === 34)).toMatchObject({
      rfc: 503,
      sends: { Asterisk: 503, FreeSWITCH: 503 },
      differs: false,
    });
    expect(pbxRows(488).map((r) => r.cause)).toContain(88);
  });

  it('names the PBX whose fallback is the code', () => {
    expect(pbxFallbacks(603)).toEqual(['Asterisk']);
    expect(pbxFallbacks(480)).toEqual(['FreeSWITCH']);
    expect(pbxFallbacks(486)).toEqual([]);
  });
});

describe('the build shows the line', () => {
  it('reads the kinds from the data file the pages use', () => {
    // A mistyped kind in the data file is a type error; this pins the file's shape too.
    expect(readFileSync('src/data/isup.ts', 'utf8')).toMatch(/export const sipToIsup: Record<number, IsupMapping>/);
  });
});

/** Links, data and strings the analyser depends on, checked against the content and the references. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINKED_CAUSES, causeLink, hasPage, pageFor } from '../../src/lib/sip/causes.ts';
import { warningCodes } from '../../src/data/warning-codes.ts';
import { analyzeEn } from '../../src/i18n/en-analyze.ts';
import { copiedRuns, rfcBody, shingles } from '../../src/lib/copy-check.ts';

const pageCodes = readdirSync('content/codes')
  .filter((f) => /^\d{3}\.mdx$/.test(f))
  .map((f) => Number(f.slice(0, 3)));

describe('links to code pages and causes', () => {
  it.each(Object.entries(LINKED_CAUSES))('every cause the analyser links for %s exists on its page', (code, ids) => {
    const mdx = readFileSync(`content/codes/${code}.mdx`, 'utf8');
    for (const id of ids) expect(mdx, `#cause-${id} on ${code}`).toContain(`<Cause id="${id}"`);
  });

  it('a code has a page exactly when the content has one', () => {
    for (const code of pageCodes) expect(hasPage(code), String(code)).toBe(true);
    for (let code = 100; code <= 699; code++) if (hasPage(code)) expect(pageCodes, String(code)).toContain(code);
  });

  it('unknown codes go to the page of their class', () => {
    expect(pageFor(499)).toBe(400);
    expect(pageFor(599)).toBe(500);
    expect(pageFor(150)).toBe(183);
    expect(pageFor(999)).toBeUndefined();
    expect(causeLink(423, 'expiry-too-short')).toBe('/423/#cause-expiry-too-short');
    expect(causeLink(423, 'no-such-cause')).toBeUndefined();
  });
});

describe('reference data', () => {
  it('Warning codes match shared/reference/warning-codes.csv', () => {
    const csv = readFileSync('../shared/reference/warning-codes.csv', 'utf8').trim().split('\n').slice(1);
    expect(warningCodes.map((w) => w.code)).toEqual(csv.map((l) => Number(l.slice(0, 3))));
    expect(warningCodes.find((w) => w.code === 381)).toMatchObject({ text: 'SIPS Required', rfc: 5630, section: '9' });
  });
});

describe('fixtures', () => {
  const files = readdirSync('tests/fixtures/traces');
  it('each real fixture names its source on its first line; at least 8 real ones', () => {
    const real = files.filter((f) => !f.startsWith('synthetic-'));
    expect(real.length).toBeGreaterThanOrEqual(8);
    for (const f of real)
      expect(readFileSync(`tests/fixtures/traces/${f}`, 'utf8').split('\n')[0], f).toMatch(/^# source: https:\/\/\S+$/);
  });
  it('phone numbers are replaced by +1 555 01xx numbers', () => {
    for (const f of files) {
      const text = readFileSync(`tests/fixtures/traces/${f}`, 'utf8');
      for (const n of text.match(/(?<=[:<\s"]|^)\+\d{8,15}/gm) ?? []) expect(n, f).toMatch(/^\+1?55501\d\d$/);
    }
  });
});

describe('analyser strings', () => {
  it('keys start with "analyze." and placeholders are well formed', () => {
    for (const [key, value] of Object.entries(analyzeEn)) {
      expect(key).toMatch(/^analyze\./);
      expect(value).not.toMatch(/\{[^}]*$|\{\s|\{\}/);
    }
  });
  it('no run of 8 words is copied from an RFC', () => {
    const rfc = new Set<string>();
    for (const f of readdirSync('tests/rfc').filter((f) => f.endsWith('.txt')))
      shingles(rfcBody(readFileSync(`tests/rfc/${f}`, 'utf8')), rfc);
    const runs = Object.values(analyzeEn).flatMap((v) => copiedRuns(v.replace(/\{\w+\}/g, 'x'), rfc));
    expect(runs).toEqual([]);
  });
});

/** The search strategy against a fake index: which pages, in which order, with which note. */
import { describe, expect, it } from 'vitest';
import { isupToSip } from '../../src/data/isup.ts';
import { pbxCauses } from '../../src/data/pbx-causes.ts';
import { planQuery } from '../../src/lib/query.ts';
import { findWords, resultsFor, type Hit, type PageData, type SearchIndex } from '../../src/lib/search-results.ts';

const page = (url: string, extra: Partial<PageData> = {}): PageData => ({
  url,
  excerpt: `about ${url}`,
  meta: { title: url },
  sub_results: [],
  ...extra,
});

/**
 * A fake index: each page lists the words it contains. A term finds the pages that hold every
 * one of its words, scored by the number of words. Every call is recorded.
 */
function fakeIndex(pages: Record<string, string[]>, codePages: Record<number, PageData> = {}) {
  const calls: string[] = [];
  const index: SearchIndex = {
    async find(term) {
      calls.push(term);
      const words = term.split(' ');
      return Object.entries(pages)
        .filter(([, has]) => words.every((w) => has.includes(w)))
        .map(([url, has]): Hit => ({
          id: url,
          score: words.filter((w) => has.includes(w)).length + has.length / 100,
          data: async () => page(url),
        }));
    },
    async findCodePage(code) {
      return codePages[code];
    },
  };
  return { index, calls };
}

const href = (p: string) => `/base${p}`;
const plan = (q: string) => planQuery(q, isupToSip, pbxCauses);

describe('findWords', () => {
  it('asks for the joined word set first and stops at the first that finds something', async () => {
    const { index, calls } = fakeIndex({ '/483/': ['maxforwards'], '/400/': ['max', 'forwards'] });
    const found = await findWords([['maxforwards'], ['max', 'forwards']], '', 10, index);
    expect(found.map((f) => f.id)).toEqual(['/483/']);
    expect(calls).toEqual(['maxforwards']);
  });

  it('falls back to the separate words when the joined set finds nothing', async () => {
    const { index, calls } = fakeIndex({ '/400/': ['max', 'forwards'] });
    const found = await findWords([['maxforwards'], ['max', 'forwards']], '', 10, index);
    expect(found.map((f) => f.id)).toEqual(['/400/']);
    expect(calls).toEqual(['maxforwards', 'max forwards']);
  });

  it('searches each word alone and merges by page when all words together find nothing', async () => {
    const { index, calls } = fakeIndex({ '/491/': ['glare'], '/401/': ['nonce'], '/403/': ['nonce', 'glare2'] });
    const found = await findWords([['glare', 'nonce']], '', 10, index);
    expect(calls).toEqual(['glare nonce', 'glare', 'nonce']);
    expect(found.map((f) => f.id).sort()).toEqual(['/401/', '/403/', '/491/']);
  });

  it('adds up the scores of a page found by several words', async () => {
    const { index } = fakeIndex({ '/a/': ['x', 'y', 'q'], '/b/': ['x'], '/c/': ['y'] });
    const found = await findWords([['x', 'y', 'z']], '', 10, index);
    expect(found[0].id).toBe('/a/');
  });

  it("also asks for the synonyms of a word, and ranks pages that match the reader's own word higher", async () => {
    const { index, calls } = fakeIndex({ '/troubleshooting/no-audio/': ['audio'], '/183/': ['sound'] });
    const found = await findWords([['sound']], '', 10, index);
    expect(calls).toContain('audio');
    expect(found.map((f) => f.id)).toEqual(['/183/', '/troubleshooting/no-audio/']);
  });

  it("ranks by the page's own weight when the words fit equally well", async () => {
    const data = (url: string, boost: string) => ({ ...page(url), meta: { title: url, boost } });
    const index: SearchIndex = {
      find: async () => [
        { id: 'old', score: 1, data: async () => data('/409/', '0.4') },
        { id: 'guide', score: 0.9, data: async () => data('/troubleshooting/what-changed/', '1.15') },
      ],
      findCodePage: async () => undefined,
    };
    expect((await findWords([['conflict']], '', 10, index)).map((f) => f.id)).toEqual(['guide', 'old']);
  });

  it('does not split a single word that found nothing', async () => {
    const { index, calls } = fakeIndex({});
    expect(await findWords([['zzzz']], '', 10, index)).toEqual([]);
    expect(calls).toEqual(['zzzz']);
  });
});

describe('resultsFor', () => {
  it('puts the code page first, then the pages the other words find, without repeating it', async () => {
    const { index } = fakeIndex({ '/486/': ['busy', 'here'], '/600/': ['busy'] }, { 486: page('/486/') });
    const { items, note } = await resultsFor(plan('SIP/2.0 486 Busy'), '', 10, index, href);
    expect(items.map((i) => i.url)).toEqual(['/486/', '/600/']);
    expect(note).toEqual([]);
  });

  it('shows a "not a standard code" row for a number without a page, with its class rule', async () => {
    const { index } = fakeIndex({});
    const { items } = await resultsFor(plan('499'), '', 10, index, href);
    expect(items[0]).toMatchObject({ title: '499: not a standard SIP code', url: '/base/499/' });
    expect(items[0].excerpt).toContain('400 Bad Request');
    const provisional = await resultsFor(plan('150'), '', 10, index, href);
    expect(provisional.items[0].excerpt).toContain('183 Session Progress');
  });

  it('names a Q.850 cause above its page', async () => {
    const { index } = fakeIndex({}, { 503: page('/503/') });
    const { items, note } = await resultsFor(plan('Reason: Q.850;cause=34'), '', 10, index, href);
    expect(items[0].url).toBe('/503/');
    expect(note.join('')).toBe('Q.850 cause 34 (No circuit/channel available) is SIP 503.');
  });

  it('says what a PBX hangup cause is, and where the PBX differs from RFC 3398', async () => {
    const { index } = fakeIndex({}, { 404: page('/404/'), 503: page('/503/') });
    const route = await resultsFor(plan('NO_ROUTE_DESTINATION'), '', 10, index, href);
    expect(route.note.join('')).toBe(
      'FreeSWITCH NO_ROUTE_DESTINATION is Q.850 cause 3 (No route to destination); RFC 3398 maps it to 404.',
    );
    const temp = await resultsFor(plan('AST_CAUSE_NORMAL_TEMPORARY_FAILURE'), '', 10, index, href);
    expect(temp.note.join('')).toContain('Asterisk sends 603');
  });

  it('says when a cause has no SIP response', async () => {
    const { index } = fakeIndex({});
    const { note } = await resultsFor(plan('cause 16'), '', 10, index, href);
    expect(note.join('')).toMatch(/^Q\.850 cause 16 \(Normal call clearing\): RFC 3398 maps it to no SIP error/);
  });

  it('keeps deep links to sections, not the page itself', async () => {
    const data = page('/403/', {
      sub_results: [
        { title: 'Forbidden', url: '/403/', excerpt: '' },
        { title: 'Account on hold', url: '/403/#cause-account-suspended', excerpt: '' },
      ],
    });
    const index: SearchIndex = {
      find: async () => [{ id: '1', score: 1, data: async () => data }],
      findCodePage: async () => undefined,
    };
    const { items } = await resultsFor(plan('account on hold'), '', 10, index, href);
    expect(items[0].subs).toEqual([{ title: 'Account on hold', url: '/403/#cause-account-suspended' }]);
  });

  it('passes the category filter to the index', async () => {
    const filters: string[] = [];
    const index: SearchIndex = {
      find: async (_t, filter) => (filters.push(filter), []),
      findCodePage: async () => undefined,
    };
    await resultsFor(plan('password'), 'access', 10, index, href);
    expect(filters.length).toBeGreaterThan(0);
    expect(filters.every((f) => f === 'access')).toBe(true);
  });
});

/** The ways people ask: stemming, synonyms, BM25 over phrases, exact names, and the blend with full text. */
import { describe, expect, it } from 'vitest';
import {
  buildIntentIndex,
  exactMatch,
  scoreIntents,
  stem,
  terms,
  vocabulary,
  type IntentDoc,
} from '../../src/lib/intents.ts';
import { blend, type Found } from '../../src/lib/search-results.ts';

const doc = (path: string, extra: Partial<IntentDoc>): IntentDoc => ({
  path,
  title: path,
  excerpt: `about ${path}`,
  boost: 1,
  category: 'x',
  titles: [],
  exact: [],
  asked: [],
  keywords: [],
  ...extra,
});

const docs = [
  doc('/486/', {
    titles: ['Busy Here'],
    exact: ['Busy Here'],
    keywords: ['engaged'],
    asked: ['the line is always busy'],
  }),
  doc('/troubleshooting/incoming-calls-dont-ring/', {
    titles: ["Incoming calls don't ring"],
    asked: ['outbound works but inbound calls never arrive'],
    boost: 1.6,
  }),
  doc('/407/', { titles: ['Proxy Authentication Required'], exact: ['Proxy-Authenticate'] }),
  doc('/494/', { titles: ['Security Agreement Required'], exact: ['Proxy-Authenticate'], boost: 0.7 }),
  doc('/troubleshooting/no-audio/', { titles: ['No audio'], asked: ['no sound on calls'] }),
];
const index = buildIntentIndex(docs);

describe('terms', () => {
  it('stems, drops noise words and folds synonyms into one', () => {
    expect(stem('dropping')).toBe('drop');
    expect(terms('Calls keep dropping')).toEqual(terms('call keeps drops'));
    expect(terms('no sound')).toEqual(terms('no audio'));
    expect(terms('inbound')).toEqual(terms('incoming'));
    expect(terms('my phone is not working')).toEqual(['my', 'is']);
  });
});

describe('scoreIntents', () => {
  it('finds the page a question describes in other words', () => {
    expect(scoreIntents("Can't receive incoming calls, outbound works", index)[0].doc.path).toBe(
      '/troubleshooting/incoming-calls-dont-ring/',
    );
    expect(scoreIntents('voice calls: no sound', index)[0].doc.path).toBe('/troubleshooting/no-audio/');
    expect(scoreIntents('engaged tone', index)[0].doc.path).toBe('/486/');
  });

  it('finds nothing for words no page uses', () => {
    expect(scoreIntents('zebra crossing', index)).toEqual([]);
  });
});

describe('exactMatch', () => {
  it('names the page of a reason phrase or header, the weightier one when two share it', () => {
    expect(exactMatch('busy here', index)?.path).toBe('/486/');
    expect(exactMatch('Proxy-Authenticate', index)?.path).toBe('/407/');
    expect(exactMatch('busy', index)).toBeUndefined();
  });
});

describe('blend', () => {
  it('adds intent scores to full-text hits, brings in pages full text missed, and ranks by weight', () => {
    const found: Found[] = [
      { id: 'a', score: 2, data: { url: '/b/486/', excerpt: 'e', meta: { title: '486 Busy Here' }, sub_results: [] } },
    ];
    const items = blend(found, scoreIntents('outbound works but inbound never arrive', index), (p) => `/b${p}`, 5);
    expect(items[0].url).toBe('/b/troubleshooting/incoming-calls-dont-ring/');
    expect(items.map((i) => i.url)).toContain('/b/486/');
  });
});

describe('vocabulary', () => {
  it('holds the words of every phrase, without numbers or short words', () => {
    const v = vocabulary(docs);
    expect(v.has('inbound')).toBe(true);
    expect(v.has('on')).toBe(false);
  });
});

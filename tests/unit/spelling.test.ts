import { describe, expect, it } from 'vitest';
import { correctWord, editDistance, joinSplitWords } from '../../src/lib/spelling.ts';
import { synonymsOf } from '../../src/data/synonyms.ts';

describe('spelling', () => {
  it('measures edit distance with transpositions and stops early', () => {
    expect(editDistance('forbiden', 'forbidden', 2)).toBe(1);
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
    expect(editDistance('busy', 'busy', 1)).toBe(0);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('corrects to the closest word the site uses, preferring the shorter on a tie', () => {
    const vocab = new Set(['forbidden', 'unavailable', 'declined', 'decline']);
    expect(correctWord('forbiden', vocab)).toBe('forbidden');
    expect(correctWord('unavailble', vocab)).toBe('unavailable');
    expect(correctWord('declne', vocab)).toBe('decline');
    expect(correctWord('zebra', vocab)).toBeUndefined();
    expect(correctWord('g729', vocab)).toBeUndefined();
  });

  it('joins split words only when the join is a word and a part is not', () => {
    const vocab = new Set(['registration', 'voicemail', 'voice', 'mail']);
    expect(joinSplitWords(['regist', 'ration', 'failed'], vocab)).toEqual(['registration', 'failed']);
    expect(joinSplitWords(['voice', 'mail'], vocab)).toEqual(['voice', 'mail']);
  });
});

describe('synonyms', () => {
  it('lists the other words of a group, both ways', () => {
    expect(synonymsOf('sound')).toContain('audio');
    expect(synonymsOf('audio')).toContain('sound');
    expect(synonymsOf('engaged')).toEqual(['busy']);
    expect(synonymsOf('911')).toEqual(expect.arrayContaining(['112', '999', 'emergency']));
    expect(synonymsOf('zebra')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { isupToSip } from '../../src/data/registry.ts';
import { nearestHelp, normalise, planQuery, searchWords, statusCodes, wordSets } from '../../src/lib/query.ts';

const plan = (q: string) => planQuery(q, isupToSip);

describe('planQuery: a 4xx code anywhere goes to its page', () => {
  it.each([
    ['486', 486],
    ['  486  ', 486],
    ['SIP/2.0 486 Busy Here', 486],
    ['error 486 on my phone', 486],
    ['what does 403 mean', 403],
    ['Why do I get 480?', 480],
    ['450', 450],
    ['INVITE sip:100@10.0.0.1:5060 -> SIP/2.0 407 Proxy Authentication Required', 407],
  ])('%s -> %i', (q, code) => {
    const p = plan(q);
    expect(p.kind).toBe('code');
    expect(p.kind === 'code' && p.code).toBe(code);
  });

  it('keeps the other words of a status line for the text results', () => {
    expect(plan('SIP/2.0 486 Busy Here')).toMatchObject({ kind: 'code', code: 486, words: [['busy', 'here']] });
  });

  it('prefers the status code over a Q.850 cause in the same paste', () => {
    const p = plan('SIP/2.0 480 Temporarily Unavailable\r\nReason: Q.850;cause=18');
    expect(p).toMatchObject({ kind: 'code', code: 480, cause: { cause: 18 } });
  });
});

describe('planQuery: Q.850 and ISUP causes map through RFC 3398', () => {
  it.each([
    ['cause 17', 17, 486],
    ['Reason: Q.850;cause=17;text="User busy"', 17, 486],
    ['hangup cause 17', 17, 486],
    ['Q.850 cause 1', 1, 404],
    ['ISUP cause 21', 21, 403],
    ['cause=28', 28, 484],
  ])('%s -> cause %i -> %i', (q, cause, code) => {
    const p = plan(q);
    expect(p.kind).toBe('code');
    if (p.kind !== 'code') return;
    expect(p.code).toBe(code);
    expect(p.cause?.cause).toBe(cause);
  });

  it('names the cause and its non-4xx mapping', () => {
    const p = plan('cause 34');
    expect(p).toMatchObject({ kind: 'cause', cause: { cause: 34, name: 'No circuit/channel available', code: 503 } });
  });

  it('says a cause has no SIP code where RFC 3398 gives none', () => {
    expect(plan('cause 16')).toMatchObject({ kind: 'cause', cause: { cause: 16, code: null } });
  });

  it('reports a cause the table does not list', () => {
    expect(plan('cause 99')).toMatchObject({ kind: 'unknown-cause', cause: 99 });
  });

  it('does not read a 3-digit cause as a SIP status', () => {
    expect(plan('Q.850 cause=127')).toMatchObject({ kind: 'cause', cause: { cause: 127 } });
  });
});

describe('planQuery: other classes and odd input', () => {
  it.each([['503', 503], ['SIP/2.0 603 Decline', 603], ['180 Ringing', 180]])('%s is another class', (q, code) => {
    expect(plan(q)).toMatchObject({ kind: 'other-class', code });
  });

  it.each(['', '   ', '?!.,;', '<>', 'what is the'])('%j is empty', (q) => {
    expect(plan(q).kind).toBe('empty');
  });

  it.each(['4860', '99', '10.0.0.100', '192.168.1.200:5060', 'port 5060', 'at 12:486'])('%s is not a code', (q) => {
    const p = plan(q);
    expect(p.kind === 'code' || p.kind === 'other-class').toBe(false);
  });

  it('turns markup and emoji into words without keeping markup', () => {
    const p = plan('<script>alert(1)</script> 📞 busy');
    expect(p).toMatchObject({ kind: 'text' });
    expect(p.kind === 'text' && p.words.at(-1)!.join(' ')).toBe('script alert 1 busy');
  });

  it('caps a huge paste', () => {
    const p = plan('busy '.repeat(400) + 'x'.repeat(5000));
    expect(p.kind).toBe('text');
    expect(p.kind === 'text' && Math.max(...p.words.map((w) => w.length))).toBeLessThanOrEqual(12);
  });

  it('keeps non-Latin words', () => {
    expect(searchWords('Besetzt Занято 忙')).toEqual(['besetzt', 'занято', '忙']);
  });
});

describe('searchWords', () => {
  it('splits hyphens so header names match their words', () => {
    expect(searchWords('Proxy-Authenticate')).toEqual(['proxy', 'authenticate']);
    expect(searchWords('Min-Expires')).toEqual(['min', 'expires']);
  });
  it('drops stop words and keeps the problem words', () => {
    expect(searchWords("why is my phone not registering")).toEqual(['phone', 'registering']);
    expect(searchWords("Calls don't ring")).toEqual(['calls', 'ring']);
  });
  it('normalises case and punctuation', () => {
    expect(normalise('  Busy,  HERE! ')).toBe('busy here');
  });
});

describe('wordSets', () => {
  it('asks first for joined header names, then for their parts', () => {
    expect(wordSets('Max-Forwards')).toEqual([['maxforwards'], ['max', 'forwards']]);
    expect(wordSets('T.38 fax')).toEqual([['t38', 'fax'], ['t', '38', 'fax']]);
  });
  it('asks once when nothing is joined', () => {
    expect(wordSets('wrong password')).toEqual([['wrong', 'password']]);
  });
});

describe('statusCodes', () => {
  it('finds codes in a log line and skips addresses', () => {
    expect(statusCodes('10.1.1.100:5060 SIP/2.0 100 Trying then 486 Busy')).toEqual([100, 486]);
  });
});

describe('nearestHelp', () => {
  it('sends 5xx to the outage check', () => {
    expect(nearestHelp(503).path).toBe('/troubleshooting/check-outage/');
  });
  it('maps 600 Busy Everywhere to 486', () => {
    expect(nearestHelp(600).path).toBe('/486/');
  });
  it('says 1xx is not an error', () => {
    expect(nearestHelp(180).note).toMatch(/not an error/);
  });
});

describe('planQuery: the words of a cause are not search words', () => {
  it('keeps only what the user added', () => {
    expect(plan('Reason: Q.850;cause=34;text="No circuit"')).toMatchObject({ kind: 'cause', words: [['circuit']] });
    expect(plan('hangup cause 34')).toMatchObject({ kind: 'cause', words: [] });
  });
});

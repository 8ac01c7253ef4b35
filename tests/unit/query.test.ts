import { describe, expect, it } from 'vitest';
import { isupToSip } from '../../src/data/isup.ts';
import { pbxCauses } from '../../src/data/pbx-causes.ts';
import {
  mostTelling,
  normalise,
  pbxCauseIn,
  planQuery,
  searchWords,
  statusCodes,
  wordSets,
} from '../../src/lib/query.ts';

const plan = (q: string) => planQuery(q, isupToSip, pbxCauses);

describe('planQuery: a code of any class anywhere goes to its page', () => {
  it.each([
    ['486', 486],
    ['  486  ', 486],
    ['SIP/2.0 486 Busy Here', 486],
    ['error 486 on my phone', 486],
    ['what does 403 mean', 403],
    ['Why do I get 480?', 480],
    ['450', 450],
    ['INVITE sip:100@10.0.0.1:5060 -> SIP/2.0 407 Proxy Authentication Required', 407],
    ['503', 503],
    ['SIP/2.0 603 Decline', 603],
    ['180 Ringing', 180],
    ['what is 183 session progress', 183],
    ['699', 699],
    ['100 Trying, 180 Ringing, then 486 Busy Here', 486],
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

  it('maps the network-trouble causes to their 5xx pages', () => {
    expect(plan('cause 34')).toMatchObject({
      kind: 'code',
      code: 503,
      cause: { cause: 34, name: 'No circuit/channel available' },
    });
    expect(plan('Q.850 cause 102')).toMatchObject({ kind: 'code', code: 504 });
    expect(plan('hangupcause=34')).toMatchObject({ kind: 'code', code: 503, cause: { cause: 34 } });
    expect(plan('hangup_cause=27')).toMatchObject({ kind: 'code', code: 502 });
  });

  it('says a cause has no SIP code where RFC 3398 gives none', () => {
    expect(plan('cause 16')).toMatchObject({ kind: 'cause', cause: { cause: 16, code: null } });
  });

  it('reports a cause the table does not list', () => {
    expect(plan('cause 99')).toMatchObject({ kind: 'unknown-cause', cause: 99 });
  });

  it('does not read a 3-digit cause as a SIP status', () => {
    expect(plan('Q.850 cause=127')).toMatchObject({ kind: 'code', code: 500, cause: { cause: 127 } });
  });
});

describe('planQuery: PBX hangup causes by name', () => {
  it.each([
    ['USER_BUSY', 17, 486],
    ['hangup cause NO_ROUTE_DESTINATION', 3, 404],
    ['NORMAL_TEMPORARY_FAILURE', 41, 503],
    ['AST_CAUSE_CONGESTION', 34, 503],
    ['AST_CAUSE_NO_ROUTE_DESTINATION', 3, 404],
    ['hangup cause: Call Rejected', 21, 403],
    ['Hangup cause: User busy', 17, 486],
  ])('%s -> cause %i -> %i', (q, cause, code) => {
    expect(plan(q)).toMatchObject({ kind: 'code', code, cause: { cause } });
  });

  it('keeps which PBX named the cause, for the note', () => {
    expect(plan('NO_ROUTE_DESTINATION')).toMatchObject({
      pbx: { system: 'FreeSWITCH', name: 'NO_ROUTE_DESTINATION', q850: 3 },
    });
    expect(pbxCauseIn('AST_CAUSE_BUSY', pbxCauses)).toMatchObject({ name: 'AST_CAUSE_USER_BUSY', q850: 17 });
  });

  it('ignores words that only look like constants', () => {
    expect(pbxCauseIn('MY_PHONE is broken', pbxCauses)).toBeUndefined();
    expect(plan('congestion').kind).toBe('text');
  });
});

describe('mostTelling', () => {
  it('prefers a failure, then a redirect, then a success, then progress', () => {
    expect(mostTelling([100, 180, 486])).toBe(486);
    expect(mostTelling([100, 302, 200])).toBe(302);
    expect(mostTelling([100, 200])).toBe(200);
    expect(mostTelling([100, 183])).toBe(100);
  });
});

describe('planQuery: odd input', () => {
  it.each(['', '   ', '?!.,;', '<>', 'what is the'])('%j is empty', (q) => {
    expect(plan(q).kind).toBe('empty');
  });

  it.each(['4860', '99', '10.0.0.100', '192.168.1.200:5060', 'port 5060', 'at 12:486', '100rel', 'G729a', 'rfc3261'])(
    '%s is not a code',
    (q) => {
      const p = plan(q);
      expect(p.kind).not.toBe('code');
    },
  );

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
    expect(searchWords('why is my phone not registering')).toEqual(['phone', 'registering']);
    expect(searchWords("Calls don't ring")).toEqual(['calls', 'ring']);
  });
  it('normalises case and punctuation', () => {
    expect(normalise('  Busy,  HERE! ')).toBe('busy here');
  });
});

describe('wordSets', () => {
  it('asks first for joined header names, then for their parts', () => {
    expect(wordSets('Max-Forwards')).toEqual([['maxforwards'], ['max', 'forwards']]);
    expect(wordSets('T.38 fax')).toEqual([
      ['t38', 'fax'],
      ['t', '38', 'fax'],
    ]);
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

describe('planQuery: the words of a cause are not search words', () => {
  it('keeps only what the user added', () => {
    expect(plan('Reason: Q.850;cause=34;text="No circuit"')).toMatchObject({
      kind: 'code',
      code: 503,
      words: [['circuit']],
    });
    expect(plan('hangup cause 34')).toMatchObject({ kind: 'code', code: 503, words: [] });
  });
});

describe('planQuery: typing slips', () => {
  const vocab = new Set(['forbidden', 'registration', 'busy', 'phone', 'failed', 'decline']);
  const planV = (q: string) => planQuery(q, isupToSip, pbxCauses, vocab);

  it('corrects a misspelt word after trying it as typed', () => {
    expect(planV('forbiden')).toMatchObject({ kind: 'text', words: [['forbiden'], ['forbidden']] });
    expect(planV('phone registraton failed')).toMatchObject({
      words: [
        ['phone', 'registraton', 'failed'],
        ['phone', 'registration', 'failed'],
      ],
    });
  });

  it('joins a word split by a stray space', () => {
    expect(planV('regist ration')).toMatchObject({ words: [['regist', 'ration'], ['registration']] });
  });

  it('joins a code typed with a stray space', () => {
    expect(planV('4 03')).toMatchObject({ kind: 'code', code: 403 });
    expect(planV('40 3')).toMatchObject({ kind: 'code', code: 403 });
  });

  it('leaves known words, short words and numbers alone', () => {
    expect(planV('busy phone')).toMatchObject({ kind: 'text', words: [['busy', 'phone']] });
    expect(planV('bsy')).toMatchObject({ words: [['bsy']] });
  });
});

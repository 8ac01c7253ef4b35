/** Bad input never throws: each gives a sentence about what was found and what was not. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/sip/index.ts';
import { parseTrace, MAX_INPUT } from '../../src/lib/sip/parse.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/traces/${name}`, 'utf8');
const noteIds = (a: ReturnType<typeof analyze>) => a.notes.map((n) => n.id);

describe('bad input', () => {
  it('text that is not SIP (HTTP, chat, a log line with a code) finds nothing and says what SIP looks like', () => {
    const a = analyze(fixture('synthetic-not-sip.txt'));
    expect(a.messages).toHaveLength(0);
    expect(a.verdict).toBeUndefined();
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toMatchObject({ id: 'none', level: 'error' });
    expect(a.notes[0].text).toMatch(
      /^No SIP message found in 8 lines\. A SIP message starts with a line like "INVITE sip:/,
    );
    expect(a.summary).toContain('No SIP message found');
  });

  it('empty and odd values', () => {
    expect(analyze('').notes[0].text).toBe('Nothing was pasted.');
    expect(analyze('   \n\n  ').notes[0].id).toBe('none');
    expect(() => analyze(undefined as unknown as string)).not.toThrow();
    expect(() => analyze(42 as unknown as string)).not.toThrow();
  });

  it('half a message, unknown and invalid codes, garbage values, a message cut mid-header', () => {
    const a = analyze(fixture('synthetic-bad-input.txt'));
    expect(a.messages.map((m) => m.startLine)).toEqual([
      'SIP/2.0 499 Request Rejected By Policy',
      'SIP/2.0 699 Whatever',
      'SIP/2.0 999 Not A Code',
      'INVITE sip:c@example.com SIP/2.0',
    ]);
    expect(noteIds(a)).toEqual(
      expect.arrayContaining([
        'found',
        'cut-in-headers',
        'bad-content-length',
        'missing-headers',
        'unknown-code',
        'invalid-code',
      ]),
    );
    expect(a.notes.find((n) => n.id === 'invalid-code')?.text).toBe(
      '999 is not a SIP response code: they run from 100 to 699.',
    );
    expect(a.notes.find((n) => n.id === 'cut-in-headers')?.text).toMatch(
      /^Message 4 \(INVITE\) stops in the middle of its headers/,
    );
    const ids = a.explanations.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['min-expires', 'retry-after', 'warning', 'reason']));
    expect(a.explanations.find((e) => e.id === 'min-expires')?.precise).toContain(
      'Min-Expires is "abc", which is not a number of seconds.',
    );
    expect(a.explanations.find((e) => e.id === 'retry-after')?.plain).toBe(
      'The other side sent a time to wait that cannot be read.',
    );
    expect(a.explanations.find((e) => e.id === 'reason')?.plain).toBe(
      'A reason was given, but without a readable cause number.',
    );
    for (const e of a.explanations) expect(e.cause).toBeUndefined();
  });

  it('markup or script in a header stays text: kept as it was, never interpreted', () => {
    const a = analyze(fixture('synthetic-bad-input.txt'));
    const server = a.explanations.find((e) => e.id === 'server')!;
    expect(server.value).toBe('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(server.plain).toBe(
      'The answer came from software that calls itself "<script>alert("x")</script><img src=x onerror=alert(1)>".',
    );
    expect(a.summary).toContain('<script>alert("x")</script>');
    // Markup before a start line is a prefix like any other; markup inside one is no start line.
    expect(
      analyze('<i onmouseover=alert(1)>x</i> INVITE sip:x@y SIP/2.0\nCSeq: 1 INVITE\n').messages[0].startLine,
    ).toBe('INVITE sip:x@y SIP/2.0');
    expect(analyze('<b>INVITE</b> sip:x@y SIP/2.0\n').messages).toHaveLength(0);
  });

  it('binary data is skipped and reported', () => {
    let bin = '';
    for (let i = 0; i < 4000; i++) bin += String.fromCharCode((i * 7919) % 256);
    const a = analyze(bin + '\n' + fixture('synthetic-asterisk-423.txt') + bin);
    expect(a.verdict?.code).toBe(423);
    expect(noteIds(a)).toContain('binary');
    expect(analyze(bin).notes[0].id).toBe('none');
  });

  it('a 10 MB paste is read without hanging, and longer pastes are cut and reported', () => {
    const block = fixture('synthetic-sngrep-401-twice.txt');
    const big = block.repeat(Math.ceil((10 * 1024 * 1024) / block.length));
    const t0 = performance.now();
    const a = analyze(big);
    const ms = performance.now() - t0;
    console.log(`10 MB (${a.messages.length} messages): ${ms.toFixed(0)} ms`);
    expect(a.messages.length).toBeGreaterThan(10000);
    expect(ms).toBeLessThan(15000);
    const r = parseTrace('x'.repeat(MAX_INPUT + 10));
    expect(r.truncated).toBe(true);
  }, 30000);

  it('one enormous line and pathological repetition stay fast', () => {
    const t0 = performance.now();
    analyze('INVITE ' + 'a'.repeat(3_000_000));
    analyze(('SIP/2.0 ' + ' '.repeat(5000) + '\n').repeat(200));
    analyze('Via: ' + ';'.repeat(2_000_000));
    analyze(('<'.repeat(1000) + 'sip:' + '@'.repeat(1000) + ' SIP/2.0\n').repeat(100));
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('only one-line summaries (a packet list) are said to lack the headers', () => {
    const a = analyze(fixture('wireshark-list-423.txt'));
    expect(a.messages).toHaveLength(10);
    expect(a.explanations).toEqual([]);
    expect(noteIds(a)).toContain('summary-only');
    expect(a.dialogs).toHaveLength(2);
    expect(a.dialogs.map((d) => d.outcome)).toEqual(['registered', 'failed']);
  });
});

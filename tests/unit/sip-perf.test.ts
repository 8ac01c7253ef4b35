/** Budget: a 1 MB trace with 2,000 messages is parsed and explained in under a second (asserted generously). */
import { describe, expect, it } from 'vitest';
import { analyze, TraceReader, analyzeParsed } from '../../src/lib/sip/index.ts';
import { generateTrace } from '../support/traces.ts';

describe('performance', () => {
  it('parses and explains a 1 MB trace of 2,000 messages in well under 3 seconds', () => {
    const text = generateTrace(2000);
    expect(text.length).toBeGreaterThan(900_000);
    analyze(text); // warm up
    const times: number[] = [];
    let result = analyze(text);
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      result = analyze(text);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[2];
    console.log(
      `1 MB trace: ${(text.length / 1048576).toFixed(2)} MB, ${result.messages.length} messages, ${result.dialogs.length} dialogs: median ${median.toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    expect(result.messages).toHaveLength(2000);
    expect(result.dialogs.length).toBe(250);
    expect(result.verdict?.outcome).toBe('ended');
    expect(median).toBeLessThan(3000);
  });

  it('reads in chunks with the same result (for a worker that reports progress)', () => {
    const text = generateTrace(400);
    const reader = new TraceReader();
    for (let i = 0; i < text.length; i += 65536) reader.push(text.slice(i, i + 65536));
    const chunked = analyzeParsed(reader.end());
    expect(chunked).toEqual(analyze(text));
  });
});

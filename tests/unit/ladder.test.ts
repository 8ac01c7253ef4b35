/** The ladder layout shared by the analyser and the code pages' example exchange, and its component. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LADDER, fit, layoutLadder } from '../../src/lib/ladder.ts';
import { analyze } from '../../src/lib/sip/index.ts';

const exchange = [
  { from: 'Your phone', to: 'Provider', label: 'REGISTER' },
  { from: 'Provider', to: 'Your phone', label: '401 Unauthorized' },
  { from: 'Your phone', to: 'Provider', label: 'REGISTER (with password)' },
  { from: 'Provider', to: 'Your phone', label: '423 Interval Too Brief' },
];

describe('layoutLadder', () => {
  it('two lanes fit a 320-unit drawing, lanes in order of first appearance', () => {
    const l = layoutLadder({ steps: exchange });
    expect(l.width).toBe(320);
    expect(l.viewBox).toBe(`0 0 320 ${l.height}`);
    expect(l.lanes.map((x) => [x.full, x.x])).toEqual([
      ['Your phone', 70],
      ['Provider', 250],
    ]);
    expect(l.height).toBe(LADDER.top + LADDER.row * 4 + LADDER.bottom);
  });

  it('arrows go down in order, with direction and centred labels', () => {
    const l = layoutLadder({ steps: exchange });
    expect(l.arrows.map((a) => [a.direction, a.x1, a.x2])).toEqual([
      ['right', 70, 250],
      ['left', 250, 70],
      ['right', 70, 250],
      ['left', 250, 70],
    ]);
    expect(l.arrows.map((a) => a.y)).toEqual([64, 98, 132, 166]);
    expect(l.arrows[0]).toMatchObject({ labelX: 160, labelY: 58, label: 'REGISTER' });
  });

  it('the text equivalent is numbered and keeps whole labels; the drawing cuts long ones with an ellipsis', () => {
    const long = 'REGISTER with a very long explanation that cannot fit';
    const l = layoutLadder({ steps: [{ from: 'Your phone', to: 'Provider', label: long, detail: '10:00:01' }] });
    expect(l.text).toEqual([`1. Your phone to Provider: ${long} (10:00:01)`]);
    expect(l.items).toEqual([`Your phone to Provider: ${long} (10:00:01)`]);
    expect(l.arrows[0].label.endsWith('…')).toBe(true);
    expect(l.arrows[0].label.length * LADDER.charWidth).toBeLessThanOrEqual(180);
    expect(l.arrows[0].full).toBe(long);
    expect(layoutLadder({ steps: exchange }).text[0]).toBe('1. Your phone to Provider: REGISTER');
  });

  it('more lanes make a wider drawing that scales down by its viewBox; long lane names are cut', () => {
    const l = layoutLadder({
      steps: [
        { from: 'A', to: 'B', label: 'INVITE' },
        { from: 'B', to: 'C', label: 'INVITE' },
        { from: 'C', to: 'A phone system with a long name', label: '100' },
      ],
    });
    expect(l.lanes).toHaveLength(4);
    expect(l.width).toBe(2 * LADDER.margin + 3 * LADDER.gap);
    expect(l.lanes[3].label).toMatch(/…$/);
    expect(l.lanes[3].full).toBe('A phone system with a long name');
  });

  it('parties given first keep their order; a message to itself is a loop', () => {
    const l = layoutLadder({
      parties: ['Provider', 'Your phone', 'Unused'],
      steps: [...exchange, { from: 'Provider', to: 'Provider', label: 'OPTIONS' }],
    });
    expect(l.lanes.map((x) => x.full)).toEqual(['Provider', 'Your phone']);
    expect(l.arrows[4].direction).toBe('self');
    expect(l.desc).toBe(
      'Diagram of 5 messages between Provider, Your phone, in time order from top to bottom, one vertical line per party.',
    );
  });

  it('empty or odd input never throws', () => {
    expect(layoutLadder({ steps: [] })).toMatchObject({ lanes: [], arrows: [], text: [], width: 320 });
    expect(() => layoutLadder(undefined as never)).not.toThrow();
    expect(fit('abcdef', 4)).toBe('abc…');
    expect(fit('abc', 4)).toBe('abc');
  });

  it('lays out an analysed trace', () => {
    const a = analyze(readFileSync('tests/fixtures/traces/synthetic-sngrep-401-twice.txt', 'utf8'));
    const l = layoutLadder(a.ladder);
    expect(l.lanes.map((x) => x.full)).toEqual(['192.168.10.5', '203.0.113.10']);
    expect(l.text[4]).toBe('5. 203.0.113.10 to 192.168.10.5: 401 Unauthorized (10:15:02.180005)');
  });
});

describe('Ladder.astro', () => {
  const src = readFileSync('src/components/Ladder.astro', 'utf8');
  it('has a Props interface and draws an accessible SVG without style attributes', () => {
    expect(src).toMatch(/interface Props \{/);
    expect(src).toContain('role="img"');
    expect(src).toMatch(/aria-labelledby=\{`\$\{id\}-title \$\{id\}-desc`\}/);
    expect(src).toMatch(/<title id=/);
    expect(src).toMatch(/<desc id=/);
    expect(src).toContain('currentColor');
    expect(src).not.toMatch(/\sstyle=|<style/);
    expect(src).toContain('<ol class="ladder-steps">');
    expect(src).toMatch(/<pre class="ladder-lines">/);
  });
});

/**
 * Layout of a ladder (sequence) diagram, shared by the message analyser and the code pages'
 * "Example exchange": one vertical lane per party, in order of first appearance, one arrow per
 * message, top to bottom. Pure: it returns a plain description of the SVG (the viewBox, lanes,
 * arrows with their coordinates and labels) and the text equivalent, and draws nothing.
 *
 * Sizes are in viewBox units. Two lanes make a 320-unit-wide drawing, so a 320 px phone shows it
 * at full size; more lanes make it wider and the SVG scales down. Labels too long for the space
 * between lanes are cut with an ellipsis in the drawing; the text equivalent keeps them whole.
 */
import { t } from '../i18n/index.ts';

export interface LadderStep {
  from: string;
  to: string;
  label: string;
  /** Extra text for the step (a time stamp); in the text equivalent, not in the drawing. */
  detail?: string;
}

export interface LadderInput {
  /** Lane names, in the order wanted; parties only seen in steps are added after them. */
  parties?: string[];
  steps: LadderStep[];
}

export interface LadderLane {
  index: number;
  x: number;
  /** The label as drawn (cut to fit). */
  label: string;
  /** The whole label. */
  full: string;
}

export interface LadderArrow {
  index: number;
  /** Vertical position of the arrow line. */
  y: number;
  x1: number;
  x2: number;
  /** Left to right, right to left, or a message a party sends itself (drawn as a loop). */
  direction: 'right' | 'left' | 'self';
  /** Where the label sits (centre of its text). */
  labelX: number;
  labelY: number;
  label: string;
  full: string;
  detail?: string;
}

export interface LadderLayout {
  viewBox: string;
  width: number;
  height: number;
  /** Where the lane names sit and where the lane lines start and end. */
  laneTop: number;
  laneBottom: number;
  fontSize: number;
  lanes: LadderLane[];
  arrows: LadderArrow[];
  /** Text equivalent, numbered: "1. Your phone to Provider: REGISTER". */
  text: string[];
  /** The same without numbers, for an <ol>. */
  items: string[];
  /** Short title and longer description for the SVG's <title> and <desc>. */
  title: string;
  desc: string;
}

export const LADDER = {
  /** Space from the drawing's edge to the first and last lane. */
  margin: 70,
  /** Space between lanes. */
  gap: 180,
  /** Height of the lane names' band. */
  top: 34,
  /** Height of one message row. */
  row: 34,
  bottom: 14,
  fontSize: 12,
  /** Average width of a character at that size, for fitting labels. */
  charWidth: 6.6,
  /** Narrowest drawing: a 320 px phone. */
  minWidth: 320,
} as const;

/** Cuts a label to at most `max` characters, ending with an ellipsis when cut. */
export function fit(label: string, max: number): string {
  const s = label.replace(/\s+/g, ' ').trim();
  if (max < 2) return s.slice(0, Math.max(0, max));
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** Lays out a ladder diagram. Never throws; an empty input gives an empty drawing. */
export function layoutLadder(input: LadderInput): LadderLayout {
  const steps = Array.isArray(input?.steps) ? input.steps : [];
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  const used = new Set<string>();
  for (const s of steps) {
    used.add(String(s.from));
    used.add(String(s.to));
  }
  for (const p of input?.parties ?? []) if (used.has(p) || steps.length === 0) add(p);
  for (const s of steps) {
    add(String(s.from));
    add(String(s.to));
  }
  const { margin, gap, top, row, bottom, fontSize, charWidth, minWidth } = LADDER;
  const span = Math.max(0, names.length - 1) * gap;
  const width = Math.max(minWidth, span + 2 * margin);
  const offset = (width - span) / 2;
  const laneChars = Math.floor((names.length > 1 ? gap - 10 : width - 20) / charWidth);
  const lanes: LadderLane[] = names.map((name, index) => ({
    index,
    x: offset + index * gap,
    label: fit(name, laneChars),
    full: name,
  }));
  const xOf = new Map(lanes.map((l) => [l.full, l.x]));
  const arrows: LadderArrow[] = steps.map((s, index) => {
    const x1 = xOf.get(String(s.from)) ?? offset;
    const x2 = xOf.get(String(s.to)) ?? offset;
    const y = top + row * (index + 1) - 4;
    const direction = x1 === x2 ? 'self' : x2 > x1 ? 'right' : 'left';
    const room = direction === 'self' ? gap / 2 : Math.abs(x2 - x1) - 12;
    const full = String(s.label);
    return {
      index,
      y,
      x1,
      x2,
      direction,
      labelX: direction === 'self' ? Math.min(x1 + 8 + room / 2, width - room / 2) : (x1 + x2) / 2,
      labelY: y - 6,
      label: fit(full, Math.floor(room / charWidth)),
      full,
      ...(s.detail ? { detail: String(s.detail) } : {}),
    };
  });
  const height = top + row * steps.length + bottom;
  const items = steps.map((s) =>
    t(s.detail ? 'analyze.ladder.itemAt' : 'analyze.ladder.item', {
      from: String(s.from),
      to: String(s.to),
      label: String(s.label),
      detail: String(s.detail ?? ''),
    }),
  );
  const text = items.map((item, i) => `${i + 1}. ${item}`);
  return {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    laneTop: top - 12,
    laneBottom: height - bottom / 2,
    fontSize,
    lanes,
    arrows,
    text,
    items,
    title: t('analyze.ladder.title'),
    desc: t(steps.length === 1 ? 'analyze.ladder.descOne' : 'analyze.ladder.desc', {
      n: steps.length,
      parties: names.join(', '),
    }),
  };
}

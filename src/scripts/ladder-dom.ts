/**
 * Draws a ladder diagram (layout from src/lib/ladder.ts, shared with code pages'
 * Ladder.astro) as SVG elements, text nodes only, with its text equivalent as a list.
 */
import { layoutLadder, type LadderInput } from '../lib/ladder.ts';

const SVG = 'http://www.w3.org/2000/svg';
function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

let count = 0;
export function ladderFigure(input: LadderInput): HTMLElement {
  const layout = layoutLadder(input);
  const id = `analysis-ladder-${++count}`;
  const figure = document.createElement('figure');
  figure.className = 'ladder';
  const svg = el('svg', {
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    viewBox: layout.viewBox,
    width: '100%',
    class: 'ladder-svg',
    fill: 'currentColor',
    'font-size': layout.fontSize,
    'text-anchor': 'middle',
  });
  svg.append(el('title', { id: `${id}-title` }, layout.title), el('desc', { id: `${id}-desc` }, layout.desc));
  for (const lane of layout.lanes) {
    const g = el('g', { class: 'ladder-lane' });
    g.append(el('text', { x: lane.x, y: layout.laneTop }, lane.label));
    g.append(
      el('path', {
        d: `M${lane.x} ${layout.laneTop + 6}V${layout.laneBottom}`,
        stroke: 'currentColor',
        'stroke-dasharray': '3 4',
        fill: 'none',
      }),
    );
    svg.append(g);
  }
  for (const a of layout.arrows) {
    const g = el('g', { class: 'ladder-step' });
    if (a.direction === 'self') {
      g.append(el('path', { d: `M${a.x1} ${a.y - 8}h24v12h-24`, stroke: 'currentColor', fill: 'none' }));
      g.append(el('text', { x: a.labelX + 16, y: a.labelY - 4 }, a.label));
    } else {
      const head = a.direction === 'right' ? `M${a.x2} ${a.y}l-8 -4v8z` : `M${a.x2} ${a.y}l8 -4v8z`;
      g.append(el('path', { d: `M${a.x1} ${a.y}H${a.x2}`, stroke: 'currentColor', fill: 'none' }));
      g.append(el('path', { d: head }));
      g.append(el('text', { x: a.labelX, y: a.labelY }, a.label));
    }
    svg.append(g);
  }
  const list = document.createElement('ol');
  list.className = 'ladder-text';
  for (const item of layout.items) {
    const li = document.createElement('li');
    li.textContent = item;
    list.append(li);
  }
  figure.append(svg, list);
  return figure;
}

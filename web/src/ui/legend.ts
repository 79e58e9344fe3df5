/**
 * The legend: a swatch per kind of unit (shape and colour), and per kind of relation a checkbox with
 * its line (colour, dash, arrow) that switches that kind on and off: the line legend is the filter.
 */
import { DRAWN_RELATIONS, KIND_LOOKS, RELATION_LOOKS, type DrawnRelation } from '../graph/kinds';
import type { UnitKind } from '../api/types';
import { h } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** The SVG glyph of a unit kind (20 × 20). */
export function kindGlyph(kind: UnitKind, size = 18): SVGElement {
  const look = KIND_LOOKS[kind];
  const root = svg('svg', { width: size, height: size, viewBox: '0 0 20 20', 'aria-hidden': 'true', class: 'glyph' });
  root.append(svg('path', { d: look.glyph, fill: look.colour, stroke: '#fff', 'stroke-width': 0.8 }));
  return root;
}

function lineSwatch(type: DrawnRelation): SVGElement {
  const look = RELATION_LOOKS[type];
  const root = svg('svg', { width: 44, height: 14, viewBox: '0 0 44 14', 'aria-hidden': 'true', class: 'swatch' });
  const line = svg('line', { x1: 2, y1: 7, x2: 34, y2: 7, stroke: look.colour, 'stroke-width': Math.max(2, look.width) });
  if (look.dash) line.setAttribute('stroke-dasharray', look.dash);
  root.append(line, svg('path', { d: 'M34,2L43,7L34,12Z', fill: look.colour }));
  return root;
}

/** Fills `container` with the unit-kind legend. */
export function renderKindLegend(container: HTMLElement): void {
  container.replaceChildren(
    h('ul', { className: 'kind-legend' },
      (Object.keys(KIND_LOOKS) as UnitKind[]).map((kind) => h('li', { 'data-kind': kind }, kindGlyph(kind), h('span', {}, KIND_LOOKS[kind].label))),
    ),
  );
}

/** The relation filters, kept in step with the page's state. */
export class RelationFilters {
  private readonly boxes = new Map<DrawnRelation, HTMLInputElement>();
  private readonly note: HTMLElement;

  constructor(container: HTMLElement, onChange: (type: DrawnRelation, shown: boolean) => void) {
    const rows = DRAWN_RELATIONS.map((type) => {
      const look = RELATION_LOOKS[type];
      const box = h('input', { type: 'checkbox', id: `filter-${type}`, checked: true, 'data-type': type });
      box.addEventListener('change', () => onChange(type, box.checked));
      this.boxes.set(type, box);
      return h('li', {}, h('label', { for: `filter-${type}`, title: look.help }, box, lineSwatch(type), h('span', {}, look.label)));
    });
    this.note = h('p', { className: 'note', hidden: true }, 'Large view (WebGL): dashes and elbows are not drawn; lines differ by colour and arrow.');
    container.replaceChildren(h('ul', { className: 'line-legend' }, rows), this.note);
  }

  /** Shows which kinds are switched off. */
  set(hidden: Set<DrawnRelation>): void {
    for (const [type, box] of this.boxes) box.checked = !hidden.has(type);
  }

  /** Says whether dashes are drawn (not in WebGL mode). */
  setWebgl(on: boolean): void {
    this.note.hidden = !on;
  }
}

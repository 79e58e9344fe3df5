/**
 * The Cytoscape stylesheet, built from the vocabulary of kinds.ts. Classes the page sets:
 * `collapsed` (has children not shown), `expanded`, `chain` (on the chain of responsibility shown),
 * `faded` (off that chain), `selected` (the unit in the side panel), `filtered` (relation kind switched off), `flash` (just brought into view),
 * `outside` (not valid on the date shown, kept because it is on the chain).
 */
import type { StylesheetJson } from 'cytoscape';
import { DRAWN_RELATIONS, KIND_LOOKS, RELATION_LOOKS } from './kinds';
import type { UnitKind } from '../api/types';

/** Style options. */
export interface StyleOptions {
  /** A large view: straight edges and fewer labels, so panning stays smooth. */
  large: boolean;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** The stylesheet for a view. */
export function buildStyle({ large }: StyleOptions): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        'font-family': FONT,
        'font-size': 12,
        color: '#111827',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '122px',
        'text-background-color': '#ffffff',
        'text-background-opacity': large ? 0 : 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': large ? 9 : 4,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-opacity': 0,
      },
    },
  ];
  for (const [kind, look] of Object.entries(KIND_LOOKS) as [UnitKind, (typeof KIND_LOOKS)[UnitKind]][]) {
    sheet.push({
      selector: `node[kind = "${kind}"]`,
      style: { shape: look.shape as never, 'background-color': look.colour, width: look.size, height: look.size },
    });
  }
  sheet.push(
    { selector: 'node[kind = "MINISTRY"]', style: { 'font-size': 14, 'font-weight': 'bold' } },
    { selector: 'node.collapsed', style: { 'border-width': 3, 'border-color': '#111827', 'border-style': 'double' } },
    { selector: 'node[?synthetic]', style: { 'background-opacity': 0.75 } },
    { selector: 'node.outside', style: { 'background-opacity': 0.35, 'border-style': 'dashed', 'border-color': '#6b7280', 'border-width': 2 } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': large ? 'straight' : 'bezier',
        'control-point-step-size': 36,
        'arrow-scale': large ? 0.7 : 1,
        opacity: 0.9,
        'overlay-opacity': 0,
      },
    },
  );
  for (const type of DRAWN_RELATIONS) {
    const look = RELATION_LOOKS[type];
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': look.colour,
        'target-arrow-color': look.colour,
        'target-arrow-shape': look.arrow as never,
        'line-style': look.lineStyle,
        ...(look.dashPattern.length ? { 'line-dash-pattern': look.dashPattern } : {}),
        width: look.width,
      },
    });
  }
  if (!large) {
    // An org chart's elbows for the reporting line, the bus just under the parent's caption (the
    // turn is measured from the parent); the other lines curve across it.
    sheet.push({ selector: 'edge[type = "REPORTS_TO"]', style: { 'curve-style': 'taxi', 'taxi-direction': 'vertical', 'taxi-turn': '-58px', 'taxi-turn-min-distance': 8 } });
  }
  sheet.push(
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'edge.chain', style: { width: 4.5, opacity: 1, 'z-index': 20 } },
    { selector: 'node.chain', style: { 'border-width': 3, 'border-color': '#111827', 'border-style': 'solid', 'z-index': 20 } },
    { selector: 'node.selected', style: { 'border-width': 5, 'border-color': '#f59e0b', 'border-style': 'solid', 'z-index': 30, 'font-weight': 'bold' } },
    { selector: 'node.flash', style: { 'underlay-color': '#fbbf24', 'underlay-opacity': 0.55, 'underlay-padding': 10, 'underlay-shape': 'ellipse' } },
  );
  return sheet;
}

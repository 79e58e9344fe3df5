/**
 * The visual vocabulary, in one place so the graph's style and the legend cannot disagree: each kind
 * of unit has a shape and a colour, each kind of relation a colour, a line style and an arrow.
 */
import type { RelationType, UnitKind } from '../api/types';

/** How a kind of unit is drawn. `shape` is a Cytoscape node shape; `glyph` the legend's SVG path (0..20). */
export interface KindLook {
  label: string;
  shape: string;
  colour: string;
  /** Node width and height in px. */
  size: number;
  glyph: string;
}

const poly = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${x},${y}`).join('L')}Z`;
const ngon = (n: number, r = 9, rot = -Math.PI / 2) =>
  poly(Array.from({ length: n }, (_, i) => [10 + r * Math.cos(rot + (2 * Math.PI * i) / n), 10 + r * Math.sin(rot + (2 * Math.PI * i) / n)].map((v) => Math.round(v * 10) / 10) as [number, number]));
const star = poly(Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 ? 4 : 9.5;
  const a = -Math.PI / 2 + (Math.PI * i) / 5;
  return [Math.round((10 + r * Math.cos(a)) * 10) / 10, Math.round((10 + r * Math.sin(a)) * 10) / 10] as [number, number];
}));
const roundRect = 'M4,3H16Q18,3 18,5V15Q18,17 16,17H4Q2,17 2,15V5Q2,3 4,3Z';
const ellipse = 'M1,10A9,7 0 1,0 19,10A9,7 0 1,0 1,10Z';
const circle = 'M3,10A7,7 0 1,0 17,10A7,7 0 1,0 3,10Z';

/** Unit kinds in the legend's order (top of the structure first); every SDL kind must have a look. */
export const KIND_LOOKS: Record<UnitKind, KindLook> = {
  MINISTRY: { label: 'Ministry', shape: 'star', colour: '#b91c1c', size: 58, glyph: star },
  MINISTRY_DEPARTMENT: { label: 'Ministry department / office', shape: 'round-rectangle', colour: '#2563eb', size: 38, glyph: roundRect },
  HIGH_COMMAND: { label: 'High command / command', shape: 'diamond', colour: '#6d28d9', size: 44, glyph: poly([[10, 1], [19, 10], [10, 19], [1, 10]]) },
  COMMAND_CENTRE: { label: 'Command / information centre', shape: 'round-diamond', colour: '#a78bfa', size: 36, glyph: poly([[10, 3], [17, 10], [10, 17], [3, 10]]) },
  PROVINCIAL_POLICE: { label: 'Provincial police', shape: 'hexagon', colour: '#047857', size: 44, glyph: ngon(6, 9, 0) },
  PROVINCIAL_DEPARTMENT: { label: 'Provincial department', shape: 'round-pentagon', colour: '#10b981', size: 36, glyph: ngon(5) },
  DISTRICT_POLICE: { label: 'District police (to 2025-03-01)', shape: 'triangle', colour: '#65a30d', size: 36, glyph: poly([[10, 2], [19, 18], [1, 18]]) },
  COMMUNE_POLICE: { label: 'Commune / ward police', shape: 'ellipse', colour: '#a3a30a', size: 28, glyph: circle },
  LEADERSHIP_BOARD: { label: 'Leadership board', shape: 'tag', colour: '#0891b2', size: 36, glyph: poly([[1, 4], [14, 4], [19, 10], [14, 16], [1, 16]]) },
  COMMITTEE: { label: 'Committee', shape: 'octagon', colour: '#0e7490', size: 38, glyph: ngon(8, 9, Math.PI / 8) },
  PARTY_BODY: { label: 'Party body', shape: 'concave-hexagon', colour: '#e11d48', size: 42, glyph: poly([[1, 3], [19, 3], [15, 10], [19, 17], [1, 17], [5, 10]]) },
  STATE_BODY: { label: 'State body', shape: 'barrel', colour: '#b45309', size: 42, glyph: 'M3,3Q10,1 17,3Q19,10 17,17Q10,19 3,17Q1,10 3,3Z' },
  MILITARY_UNIT: { label: 'Army unit', shape: 'rhomboid', colour: '#4d7c0f', size: 40, glyph: poly([[5, 4], [19, 4], [15, 16], [1, 16]]) },
  TEMPORARY_COMMAND: { label: 'Temporary command (event)', shape: 'vee', colour: '#ea580c', size: 38, glyph: poly([[1, 2], [10, 8], [19, 2], [10, 19]]) },
  OTHER: { label: 'Other', shape: 'ellipse', colour: '#6b7280', size: 32, glyph: ellipse },
};

/** How a kind of relation is drawn. `dash` is the legend's SVG dash array (empty: solid). */
export interface RelationLook {
  label: string;
  help: string;
  colour: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  dashPattern: number[];
  dash: string;
  arrow: string;
  width: number;
}

/**
 * A relation kind the page draws: every line between two units (SET_UP_FOR points at an event;
 * SUCCEEDED_BY is a dated change, not a line, and the page never asks for it).
 */
export type DrawnRelation = Exclude<RelationType, 'SET_UP_FOR' | 'SUCCEEDED_BY'>;

/** Relation kinds, in the legend's order. A kind new to the SDL fails typecheck here until it has a look. */
export const RELATION_LOOKS: Record<DrawnRelation, RelationLook> = {
  REPORTS_TO: { label: 'Reports to', help: 'reporting line (one parent)', colour: '#334155', lineStyle: 'solid', dashPattern: [], dash: '', arrow: 'triangle', width: 2.5 },
  ANSWERABLE_TO: { label: 'Answerable to', help: 'responsibility line (dual lines)', colour: '#dc2626', lineStyle: 'dashed', dashPattern: [9, 5], dash: '7 4', arrow: 'triangle', width: 2.5 },
  COORDINATES_WITH: { label: 'Coordinates with', help: 'coordination', colour: '#0d9488', lineStyle: 'dotted', dashPattern: [], dash: '2 3', arrow: 'circle', width: 2.5 },
  ADVISES: { label: 'Advises', help: 'gives advice to', colour: '#7c3aed', lineStyle: 'dashed', dashPattern: [2, 4, 10, 4], dash: '1.5 3 7 3', arrow: 'vee', width: 2 },
  GUIDES: { label: 'Guides', help: 'professional guidance', colour: '#d97706', lineStyle: 'dashed', dashPattern: [14, 5], dash: '10 4', arrow: 'chevron', width: 2 },
  ESTABLISHED_BY: { label: 'Established by', help: 'set up by', colour: '#64748b', lineStyle: 'dotted', dashPattern: [], dash: '1 3', arrow: 'diamond', width: 1.5 },
};

/** The relation kinds the page draws, in the legend's order. */
export const DRAWN_RELATIONS = Object.keys(RELATION_LOOKS) as DrawnRelation[];

/** True when `type` is a relation kind the page draws. */
export function isDrawnRelation(type: string): type is DrawnRelation {
  return (DRAWN_RELATIONS as readonly string[]).includes(type);
}

/** The look of a unit kind, falling back to OTHER for a kind this page does not know yet. */
export function kindLook(kind: string): KindLook {
  return KIND_LOOKS[kind as UnitKind] ?? KIND_LOOKS.OTHER;
}

/**
 * Export of the current view: a PNG of the canvas, and its units and relations (those drawn, after
 * filters) as JSON in Cytoscape's shape or as CSV (one file for units, one for relations).
 */
import type { Core } from 'cytoscape';

/** A file the page offers for download. */
export interface ExportFile {
  name: string;
  type: string;
  blob: Blob;
  /** The text, for JSON and CSV (the test hook reads it). */
  text?: string;
}

const NODE_FIELDS = ['id', 'label', 'labelVi', 'abbreviation', 'kind', 'childCount', 'validFrom', 'validTo', 'synthetic'] as const;
const EDGE_FIELDS = ['id', 'source', 'target', 'type', 'validFrom', 'validTo'] as const;

function drawn(cy: Core) {
  const edges = cy.edges().filter((e) => !e.hasClass('filtered'));
  return { nodes: cy.nodes(), edges };
}

function pick<T extends readonly string[]>(data: Record<string, unknown>, fields: T): Record<T[number], unknown> {
  return Object.fromEntries(fields.map((f) => [f, data[f] ?? null])) as Record<T[number], unknown>;
}

/** The view as JSON: `{ asOf, nodes: [{ data }], edges: [{ data }] }`. */
export function exportJson(cy: Core, asOf: string | null, stamp: string): ExportFile {
  const { nodes, edges } = drawn(cy);
  const text = JSON.stringify({
    asOf,
    nodes: nodes.map((n) => ({ data: pick(n.data(), NODE_FIELDS), position: n.position() })),
    edges: edges.map((e) => ({ data: pick(e.data(), EDGE_FIELDS) })),
  }, null, 2);
  return { name: `command-graph-${stamp}.json`, type: 'application/json', blob: new Blob([text], { type: 'application/json' }), text };
}

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(v: unknown): string {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows: Record<string, unknown>[], fields: readonly string[]): string {
  return [fields.join(','), ...rows.map((r) => fields.map((f) => csvField(r[f])).join(','))].join('\r\n') + '\r\n';
}

/** The units of the view as CSV. */
export function exportNodesCsv(cy: Core, stamp: string): ExportFile {
  const text = csv(drawn(cy).nodes.map((n) => n.data()), NODE_FIELDS);
  return { name: `command-graph-${stamp}-units.csv`, type: 'text/csv', blob: new Blob([text], { type: 'text/csv' }), text };
}

/** The relations of the view as CSV. */
export function exportEdgesCsv(cy: Core, stamp: string): ExportFile {
  const text = csv(drawn(cy).edges.map((e) => e.data()), EDGE_FIELDS);
  return { name: `command-graph-${stamp}-relations.csv`, type: 'text/csv', blob: new Blob([text], { type: 'text/csv' }), text };
}

/** The whole view (not only the visible part) as a PNG, at twice the screen's scale for small views. */
export async function exportPng(cy: Core, stamp: string): Promise<ExportFile> {
  const bb = cy.elements().boundingBox();
  // Chromium's canvas stops at ~16k px a side and ~268 Mpx: scale big views down to fit.
  const scale = Math.max(0.1, Math.min(2, 8000 / Math.max(bb.w, bb.h, 1)));
  const blob = (await cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale })) as Blob;
  return { name: `command-graph-${stamp}.png`, type: 'image/png', blob };
}

/** What the export menu offers. */
export type ExportFormat = 'png' | 'json' | 'csv-nodes' | 'csv-edges';

/** The view in `format`, its file named after the date shown (today when none). */
export async function exportView(cy: Core, format: ExportFormat, asOf: string | null): Promise<ExportFile> {
  const stamp = asOf ?? new Date().toISOString().slice(0, 10);
  if (format === 'png') return exportPng(cy, stamp);
  if (format === 'json') return exportJson(cy, asOf, stamp);
  return format === 'csv-nodes' ? exportNodesCsv(cy, stamp) : exportEdgesCsv(cy, stamp);
}

/** Makes the browser save `file`. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

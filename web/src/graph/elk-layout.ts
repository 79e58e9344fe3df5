/**
 * ELK's layered algorithm, top-down, run in a Web Worker so the page stays responsive. Only the lines
 * that go up (reporting and responsibility) shape the layers; coordination and advice edges are drawn
 * across them. `warmUpElk` starts the worker early: loading it takes longer than the first layout. Positions are returned, not applied: the caller decides whether to animate.
 */
import ELK, { type ElkNode, type LayoutOptions } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { Point } from './geometry';

/** A unit to lay out: its id and the size of its shape. */
export interface ElkInputNode {
  id: string;
  size: number;
}

/** An upward edge, from the lower unit to the upper one. */
export interface ElkInputEdge {
  id: string;
  source: string;
  target: string;
}

const OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  // Edges are given from a parent down to its unit (see elkLayered): parents end up on top.
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '14',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.componentComponent': '60',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.edgeRouting': 'ORTHOGONAL',
};

// Width of a unit with its wrapped caption; height of its shape plus two lines of caption.
const LABEL_W = 130;
const LABEL_H = 34;

let elk: InstanceType<typeof ELK> | null = null;

function engine(): InstanceType<typeof ELK> {
  elk ??= new ELK({ workerFactory: () => new Worker(elkWorkerUrl) as never });
  return elk;
}

/** When the ELK worker answered its first layout (ms since navigation), null before. */
export let elkReadyAt: number | null = null;

/** Starts the ELK worker now (while the first data is being fetched). */
export function warmUpElk(): void {
  void engine()
    .layout({ id: 'warm-up', children: [{ id: 'a', width: 1, height: 1 }], edges: [] })
    .then(() => { elkReadyAt = performance.now(); })
    .catch(() => undefined);
}

/**
 * Lays out `nodes` with ELK layered, top-down.
 * @returns the centre of each unit's shape.
 * @throws Error when the ELK worker fails.
 */
export async function elkLayered(nodes: ElkInputNode[], edges: ElkInputEdge[]): Promise<Map<string, Point>> {
  const ids = new Set(nodes.map((n) => n.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: OPTIONS,
    children: nodes.map((n) => ({ id: n.id, width: LABEL_W, height: n.size + LABEL_H })),
    edges: edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      // Reversed: the upper unit is the source, so the layers follow the lines downwards.
      .map((e) => ({ id: e.id, sources: [e.target], targets: [e.source] })),
  };
  const sizes = new Map(nodes.map((n) => [n.id, n.size]));
  const laid = await engine().layout(graph);
  const out = new Map<string, Point>();
  for (const c of laid.children ?? []) {
    out.set(c.id, { x: (c.x ?? 0) + LABEL_W / 2, y: (c.y ?? 0) + (sizes.get(c.id) ?? 0) / 2 });
  }
  return out;
}

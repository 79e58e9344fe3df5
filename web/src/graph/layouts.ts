/**
 * Full layouts of the whole view: ELK layered (top-down) for views of a readable size, the compact
 * tree (graph/compact-tree.ts) for large ones or a unit with a long row of children, where ELK would
 * be slow or draw one very long row. Both return positions; applyPositions moves the units.
 */
import type { Core } from 'cytoscape';
import { compactTree } from './compact-tree';
import { adjacency, placeNewNodes } from './place-new-nodes';
import { elkLayered } from './elk-layout';
import type { Point } from './geometry';
import { kindLook } from './kinds';
import type { ViewModel } from './view-model';

/** Up to this many units, the full layout is ELK layered. */
export const ELK_MAX_NODES = 300;
/** A unit with more children on show than this makes the layout the compact tree (it wraps them). */
export const ELK_MAX_FANOUT = 16;

/** Which full layout a view gets. */
export function chooseLayout(cy: Core, model: ViewModel): 'elk' | 'tree' {
  if (cy.nodes().length > ELK_MAX_NODES) return 'tree';
  const fanout = new Map<string, number>();
  cy.nodes().forEach((n) => {
    const p = model.parentOf(n.id());
    if (p) fanout.set(p, (fanout.get(p) ?? 0) + 1);
  });
  return Math.max(0, ...fanout.values()) > ELK_MAX_FANOUT ? 'tree' : 'elk';
}

/**
 * Positions for every unit on the canvas.
 * @throws Error when ELK fails (the caller falls back to the compact tree).
 */
export async function layoutPositions(cy: Core, model: ViewModel, kind: 'elk' | 'tree'): Promise<Map<string, Point>> {
  const ids = cy.nodes().map((n) => n.id());
  const parentOf = (id: string) => {
    const p = model.parentOf(id);
    return p && !cy.getElementById(p).empty() ? p : null;
  };
  if (kind === 'tree') return treeThenPlace(cy, ids, parentOf, model.rootId);
  // Depth-first in the API's order of siblings (by name): ELK keeps that order within a layer.
  const nodes = treeOrder(ids, parentOf, model).map((id) => ({ id, size: kindLook(model.units.get(id)?.kind ?? 'OTHER').size }));
  const edges = cy
    .edges()
    .filter((e) => e.data('type') === 'REPORTS_TO' || e.data('type') === 'ANSWERABLE_TO')
    .map((e) => ({ id: e.id(), source: e.data('source') as string, target: e.data('target') as string }));
  return elkLayered(nodes, edges);
}

/** Moves the units to `positions` (animated when `animate` and the view is small). */
export function applyPositions(cy: Core, positions: Map<string, Point>, animate: boolean): Promise<void> {
  if (!animate || cy.nodes().length > 400) {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = positions.get(n.id());
        if (p) n.position(p);
      });
    });
    return Promise.resolve();
  }
  const layout = cy.nodes().layout({
    name: 'preset',
    positions: (n: { id: () => string }) => positions.get(n.id()) ?? { x: 0, y: 0 },
    animate: true,
    animationDuration: 250,
    fit: false,
  } as never);
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}

function treeOrder(ids: string[], parentOf: (id: string) => string | null, model: ViewModel): string[] {
  const shown = new Set(ids);
  const kids = new Map<string, string[]>();
  const tops: string[] = [];
  for (const id of ids) {
    const p = parentOf(id);
    if (p) kids.set(p, [...(kids.get(p) ?? []), id]);
    else tops.push(id);
  }
  const rank = (parent: string) => new Map((model.childrenOf.get(parent) ?? []).map((c, i) => [c, i]));
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id) || !shown.has(id)) return;
    seen.add(id);
    out.push(id);
    const r = rank(id);
    for (const c of [...(kids.get(id) ?? [])].sort((a, b) => (r.get(a) ?? 1e9) - (r.get(b) ?? 1e9))) visit(c);
  };
  tops.sort((a, b) => (a === model.rootId ? -1 : b === model.rootId ? 1 : 0)).forEach(visit);
  ids.forEach(visit);
  return out;
}

// The root's tree by the compact tree; units outside it (bodies a chain brought in) placed next to
// their neighbours, as an expansion would: a body a unit answers to goes above that unit.
function treeThenPlace(cy: Core, ids: string[], parentOf: (id: string) => string | null, rootId: string): Map<string, Point> {
  const topOf = (id: string) => {
    let cur = id;
    for (let i = 0; i < 100; i++) {
      const p = parentOf(cur);
      if (!p) return cur;
      cur = p;
    }
    return cur;
  };
  const inTree = ids.filter((id) => topOf(id) === rootId);
  if (!inTree.length) return compactTree({ ids, parentOf, rootId });
  const fixed = compactTree({ ids: inTree, parentOf, rootId });
  const others = ids.filter((id) => !fixed.has(id));
  if (!others.length) return fixed;
  const { neighbours, below } = adjacency(cy.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string, type: e.data('type') as string })));
  const placed = placeNewNodes({ fixed, added: others, parentOf, neighboursOf: (id) => neighbours.get(id) ?? [], below: (id) => below.get(id) ?? [] });
  return new Map([...fixed, ...placed]);
}

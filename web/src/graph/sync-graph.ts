/**
 * Makes the canvas show the view model: removes what left the view, adds what entered it (placed by
 * place-new-nodes unless a full layout follows), and sets the classes of filters, chain and selection.
 * Everything happens in one Cytoscape batch, so the canvas redraws once.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { collectionOf, edgeElement, nodeData, nodeElement } from './elements';
import type { Point } from './geometry';
import type { DrawnRelation } from './kinds';
import { adjacency, placeNewNodes } from './place-new-nodes';
import type { EdgeView, ViewModel } from './view-model';

/** What the canvas should show. */
export interface SyncInput {
  model: ViewModel;
  /** Relation kinds switched off. */
  hidden: Set<DrawnRelation>;
  /** Place new units next to their neighbours (true), or leave them at 0,0 for a full layout. */
  place: boolean;
}

/** What changed. */
export interface SyncResult {
  added: string[];
  removed: string[];
  /** Units and relations now drawn. */
  nodeCount: number;
  edgeCount: number;
}

/** Applies the model to `cy`. */
export function syncGraph(cy: Core, { model, hidden, place }: SyncInput): SyncResult {
  const visible = model.visibleIds();
  const edges = model.visibleEdges(visible);
  const edgeIds = new Set(edges.map((e) => e.id));
  const removed: string[] = [];
  const added: string[] = [];
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (!visible.has(n.id())) removed.push(n.id());
    });
    cy.remove(collectionOf(cy, removed));
    cy.edges().filter((e) => !edgeIds.has(e.id())).remove();

    for (const id of visible) if (cy.getElementById(id).empty()) added.push(id);
    const positions = place ? placement(cy, model, added, edges) : new Map<string, Point>();
    const defs: ElementDefinition[] = [];
    for (const id of added) defs.push(nodeElement(model.units.get(id)!, model.expanded.has(id), positions.get(id) ?? { x: 0, y: 0 }));
    for (const e of edges) if (cy.getElementById(e.id).empty()) defs.push(edgeElement(e));
    if (defs.length) cy.add(defs);

    applyClasses(cy, model, hidden);
  });
  return { added, removed, nodeCount: visible.size, edgeCount: edges.length };
}

/** Sets the classes and captions that follow the model's state (expanded, chain, selection, filters). */
export function applyClasses(cy: Core, model: ViewModel, hidden: Set<DrawnRelation>): void {
  const chain = model.chain;
  cy.nodes().forEach((n) => {
    const u = model.units.get(n.id());
    if (!u) return;
    const expanded = model.expanded.has(u.id);
    const data = nodeData(u, expanded);
    if (n.data('caption') !== data.caption || n.data('childCount') !== data.childCount) n.data(data);
    n.toggleClass('collapsed', !expanded && u.childCount > 0);
    n.toggleClass('expanded', expanded);
    n.toggleClass('chain', !!chain?.nodeIds.has(u.id));
    n.toggleClass('faded', !!chain && !chain.nodeIds.has(u.id));
    n.toggleClass('selected', model.selected === u.id);
  });
  cy.edges().forEach((e) => {
    e.toggleClass('filtered', hidden.has(e.data('type') as DrawnRelation));
    e.toggleClass('chain', !!chain?.edgeIds.has(e.id()));
    e.toggleClass('faded', !!chain && !chain.edgeIds.has(e.id()));
  });
}

function placement(cy: Core, model: ViewModel, added: string[], edges: EdgeView[]): Map<string, Point> {
  if (!added.length) return new Map();
  const fixed = new Map<string, Point>();
  cy.nodes().forEach((n) => void fixed.set(n.id(), { ...n.position() }));
  const { neighbours, below } = adjacency(edges);
  const visible = new Set([...fixed.keys(), ...added]);
  return placeNewNodes({
    fixed,
    added,
    parentOf: (id) => {
      const p = model.parentOf(id);
      return p && visible.has(p) ? p : null;
    },
    neighboursOf: (id) => neighbours.get(id) ?? [],
    below: (id) => below.get(id) ?? [],
  });
}

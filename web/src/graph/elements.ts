/**
 * From the API's shapes to Cytoscape element data, and back out for export. A node's `caption` is
 * what is drawn under it: the name, and how many units are under it while it is collapsed.
 */
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import type { UnitCard } from '../api/types';
import type { EdgeView } from './view-model';

/** The data a drawn unit carries (`node.data()`). */
export interface NodeData {
  id: string;
  label: string;
  labelVi: string | null;
  abbreviation: string | null;
  kind: string;
  childCount: number;
  synthetic: boolean;
  validFrom: string | null;
  validTo: string | null;
  caption: string;
}

/** The caption of a unit: its name, and `▸ N under it` when it has children not shown. */
export function captionOf(u: Pick<UnitCard, 'name' | 'abbreviation' | 'childCount'>, expanded: boolean): string {
  const name = u.abbreviation && u.name.length > 48 ? `${u.name.slice(0, 44)}… (${u.abbreviation})` : u.name;
  return !expanded && u.childCount > 0 ? `${name}\n▸ ${u.childCount} under it` : name;
}

/** The node data of a unit. */
export function nodeData(u: UnitCard, expanded: boolean): NodeData {
  return {
    id: u.id,
    label: u.name,
    labelVi: u.nameVi,
    abbreviation: u.abbreviation,
    kind: u.kind,
    childCount: u.childCount,
    synthetic: u.synthetic,
    validFrom: u.validFrom,
    validTo: u.validTo,
    caption: captionOf(u, expanded),
  };
}

/** A node definition, at `position` when given. */
export function nodeElement(u: UnitCard, expanded: boolean, position?: { x: number; y: number }): ElementDefinition {
  return { group: 'nodes', data: nodeData(u, expanded) as unknown as ElementDefinition['data'], ...(position ? { position } : {}) };
}

/** An edge definition. */
export function edgeElement(e: EdgeView): ElementDefinition {
  return { group: 'edges', data: { ...e } };
}

/** The elements of `ids` (those on the canvas) as one collection. */
export function collectionOf(cy: Core, ids: Iterable<string>): CollectionReturnValue {
  let out = cy.collection();
  const eles = [...ids].map((id) => cy.getElementById(id)).filter((e) => e.nonempty());
  if (eles.length) out = out.union(cy.collection(eles as never));
  return out;
}

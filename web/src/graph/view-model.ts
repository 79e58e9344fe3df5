/**
 * What the page shows, independent of Cytoscape: the units fetched, which are expanded, which are
 * shown without their parent being expanded (the root, a chain, a search result), the chain shown and
 * the selection. The page never holds the whole graph: only what was fetched for the view.
 */
import type { ChainInfo, RelationLite, UnitCard } from '../api/types';
import { isDrawnRelation, type DrawnRelation } from './kinds';
// The API's own rule (a pure module, no I/O), so the page and the API agree on what holds on a day.
import { holdsOn } from '../../../api/src/domain/dates';

/** The chain of responsibility on show. */
export interface ChainView {
  unitId: string;
  nodeIds: Set<string>;
  edgeIds: Set<string>;
  /** Each branch as unit ids, from the unit up. */
  paths: string[][];
  /** For each branch, the kind of line leading up from each step (null at the top). */
  lines: (string | null)[][];
  truncated: boolean;
}

/** An edge as drawn. */
export interface EdgeView {
  id: string;
  source: string;
  target: string;
  type: DrawnRelation;
  validFrom: string | null;
  validTo: string | null;
}

/** The view's state. Mutated by the page's actions; read by sync-graph and the tree view. */
export class ViewModel {
  readonly units = new Map<string, UnitCard>();
  /** The loaded children of each expanded unit, in the API's order (by name). */
  readonly childrenOf = new Map<string, string[]>();
  readonly expanded = new Set<string>();
  /** A unit's parent on the reporting line as the API said when listing children (before relations are fetched). */
  readonly parentHint = new Map<string, string>();
  /** Relations known from chains, drawn even before their units' relations are fetched. */
  readonly chainRelations = new Map<string, RelationLite>();
  readonly revealed = new Set<string>();
  chain: ChainView | null = null;
  selected: string | null = null;
  /** The date shown (`YYYY-MM-DD`), null for today. */
  asOf: string | null = null;

  constructor(readonly rootId: string) {
    this.revealed.add(rootId);
  }

  /** Stores fetched units (replacing older copies, keeping relations already fetched). */
  putUnits(units: Iterable<UnitCard>): void {
    for (const u of units) {
      const old = this.units.get(u.id);
      this.units.set(u.id, { ...u, relations: u.relations ?? old?.relations ?? null });
    }
  }

  /** Stores the relations of units. */
  putRelations(byUnit: Map<string, RelationLite[]>): void {
    for (const [id, relations] of byUnit) {
      const u = this.units.get(id);
      if (u) this.units.set(id, { ...u, relations });
    }
  }

  /** Records the children of `parentId` and marks it expanded. */
  putChildren(parentId: string, children: UnitCard[]): void {
    this.putUnits(children);
    this.childrenOf.set(parentId, children.map((c) => c.id));
    for (const c of children) this.parentHint.set(c.id, parentId);
    this.expanded.add(parentId);
  }

  /** The shown units whose relations are not fetched yet. */
  missingRelations(visible: Set<string>): string[] {
    return [...visible].filter((id) => this.units.get(id)?.relations === null);
  }

  /** Stores a chain and shows its units. */
  putChain(unitId: string, chain: ChainInfo): void {
    const nodeIds = new Set<string>([unitId]);
    const edgeIds = new Set<string>();
    const paths: string[][] = [];
    const lines: (string | null)[][] = [];
    for (const path of chain.paths) {
      paths.push(path.steps.map((s) => s.unit.id));
      lines.push(path.steps.map((s) => s.up?.type ?? null));
      for (const step of path.steps) {
        this.putUnits([step.unit]);
        nodeIds.add(step.unit.id);
        this.revealed.add(step.unit.id);
        if (step.up) {
          edgeIds.add(step.up.id);
          this.chainRelations.set(step.up.id, step.up);
          if (step.up.type === 'REPORTS_TO' && step.up.to) this.parentHint.set(step.up.from.id, step.up.to.id);
        }
      }
    }
    this.revealed.add(unitId);
    this.chain = { unitId, nodeIds, edgeIds, paths, lines, truncated: chain.truncated };
  }

  /** The unit's parent on the reporting line, from its relations or, before they come, from the API's listing. */
  parentOf(id: string): string | null {
    const u = this.units.get(id);
    if (!u?.relations) return this.parentHint.get(id) ?? null;
    const r = u.relations.find((rel) => rel.type === 'REPORTS_TO' && rel.from.id === id && rel.to);
    return r?.to?.id ?? null;
  }

  /** True when a unit is shown on the date of the view. */
  private valid(id: string): boolean {
    const u = this.units.get(id);
    return !!u && holdsOn(u, this.asOf ?? new Date().toISOString().slice(0, 10));
  }

  /** The ids of the units shown: the revealed ones and the children of shown expanded units. */
  visibleIds(): Set<string> {
    const out = new Set<string>();
    const queue: string[] = [];
    for (const id of this.revealed) if (this.valid(id)) { out.add(id); queue.push(id); }
    while (queue.length) {
      const id = queue.pop()!;
      if (!this.expanded.has(id)) continue;
      for (const c of this.childrenOf.get(id) ?? []) {
        if (!out.has(c) && this.valid(c)) { out.add(c); queue.push(c); }
      }
    }
    return out;
  }

  /**
   * The edges between shown units, of the kinds drawn (filters are applied by the graph). A unit
   * whose relations are not fetched yet gets its reporting line from the API's listing, under a
   * stand-in id (`reports:<unit>`) that the real relation replaces when it comes.
   */
  visibleEdges(visible: Set<string>): EdgeView[] {
    const out = new Map<string, EdgeView>();
    const reports = new Set<string>();
    const take = (r: RelationLite) => {
      if (out.has(r.id) || !r.to || !isDrawnRelation(r.type)) return;
      if (!visible.has(r.from.id) || !visible.has(r.to.id) || r.from.id === r.to.id) return;
      out.set(r.id, toEdge(r));
      if (r.type === 'REPORTS_TO') reports.add(r.from.id);
    };
    for (const id of visible) for (const r of this.units.get(id)?.relations ?? []) take(r);
    for (const r of this.chainRelations.values()) take(r);
    for (const id of visible) {
      const p = this.parentHint.get(id);
      if (this.units.get(id)?.relations || reports.has(id) || !p || !visible.has(p)) continue;
      out.set(`reports:${id}`, { id: `reports:${id}`, source: id, target: p, type: 'REPORTS_TO', validFrom: null, validTo: null });
    }
    return [...out.values()];
  }

  /** How many elements (units and relations) the view draws. */
  elementCount(): number {
    const visible = this.visibleIds();
    return visible.size + this.visibleEdges(visible).length;
  }

  /** The shown units under `id` on the reporting line (children first), not including `id`. */
  descendantsShown(id: string, visible: Set<string>): string[] {
    const kids = new Map<string, string[]>();
    for (const v of visible) {
      const p = this.parentOf(v);
      if (p) kids.set(p, [...(kids.get(p) ?? []), v]);
    }
    for (const c of this.childrenOf.get(id) ?? []) if (visible.has(c) && !kids.get(id)?.includes(c)) kids.set(id, [...(kids.get(id) ?? []), c]);
    const out: string[] = [];
    const queue = [id];
    const seen = new Set([id]);
    while (queue.length) {
      for (const c of kids.get(queue.shift()!) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        out.push(c);
        queue.push(c);
      }
    }
    return out;
  }

  /** Collapses `id`: hides every shown unit under it. Returns the ids hidden. */
  collapse(id: string): string[] {
    const visible = this.visibleIds();
    const gone = this.descendantsShown(id, visible);
    this.expanded.delete(id);
    for (const g of gone) {
      this.expanded.delete(g);
      if (g !== this.rootId) this.revealed.delete(g);
    }
    if (this.selected && gone.includes(this.selected)) this.selected = id;
    if (this.chain && gone.includes(this.chain.unitId)) this.chain = null;
    return gone;
  }

  /** Forgets everything fetched (before a reload on another date), keeping what is expanded and shown. */
  clearFetched(): void {
    this.units.clear();
    this.childrenOf.clear();
    this.parentHint.clear();
    this.chainRelations.clear();
  }
}

function toEdge(r: RelationLite): EdgeView {
  return { id: r.id, source: r.from.id, target: r.to!.id, type: r.type as DrawnRelation, validFrom: r.validFrom, validTo: r.validTo };
}

/**
 * Incremental placement: puts units just added to the view in free space next to the unit they hang
 * from, and moves nothing already drawn, so expanding keeps the rest of the picture where it was.
 * Children go in a block under their parent (wrapped into a grid when there are many), a parent found
 * by a chain goes above its child, anything else beside its first shown neighbour.
 */
import { CELL_H, CELL_W, LEVEL_GAP, OccupancyGrid, blockCells, type Point } from './geometry';

/** What placement needs to know about the graph. */
export interface PlacementInput {
  /** Positions of the units already drawn (they do not move). */
  fixed: Map<string, Point>;
  /** The units to place, in the order to place them. */
  added: string[];
  /** The reporting parent of a unit, when it has one. */
  parentOf: (id: string) => string | null;
  /** Every unit joined to `id` by any relation. */
  neighboursOf: (id: string) => string[];
  /** The units that report or answer to `id` (it goes above them). */
  below: (id: string) => string[];
}

/** Positions for the added units. */
export function placeNewNodes({ fixed, added, parentOf, neighboursOf, below }: PlacementInput): Map<string, Point> {
  const grid = new OccupancyGrid();
  for (const p of fixed.values()) grid.add(p);
  const placed = new Map<string, Point>();
  const where = (id: string) => fixed.get(id) ?? placed.get(id);
  const addedSet = new Set(added);
  let pending = [...added];
  // Several passes: a unit whose anchor is itself new waits for it.
  for (let pass = 0; pending.length && pass < 50; pass++) {
    const byParent = new Map<string, string[]>();
    const rest: string[] = [];
    for (const id of pending) {
      const p = parentOf(id);
      if (p && where(p)) byParent.set(p, [...(byParent.get(p) ?? []), id]);
      else rest.push(id);
    }
    for (const [parent, kids] of byParent) {
      const pp = where(parent)!;
      put(kids, findFree(grid, kids.length, { x: pp.x, y: pp.y + LEVEL_GAP }, 1), grid, placed);
    }
    const waiting: string[] = [];
    for (const id of rest) {
      const child = below(id).find((n) => where(n));
      const other = neighboursOf(id).find((n) => where(n));
      const parentPending = parentOf(id);
      if (child) {
        const c = where(child)!;
        put([id], findFree(grid, 1, { x: c.x, y: c.y - LEVEL_GAP }, -1), grid, placed);
      } else if (parentPending && addedSet.has(parentPending) && !where(parentPending)) {
        waiting.push(id);
      } else if (other) {
        const o = where(other)!;
        put([id], findFree(grid, 1, { x: o.x + CELL_W, y: o.y }, 1), grid, placed);
      } else if (pass > 0 || byParent.size === 0) {
        put([id], findFree(grid, 1, rightOf(fixed, placed), 1), grid, placed);
      } else {
        waiting.push(id);
      }
    }
    pending = waiting;
  }
  for (const id of pending) put([id], findFree(grid, 1, rightOf(fixed, placed), 1), grid, placed);
  return placed;
}

function put(ids: string[], cells: Point[], grid: OccupancyGrid, placed: Map<string, Point>): void {
  ids.forEach((id, i) => {
    const p = cells[i]!;
    placed.set(id, p);
    grid.add(p);
  });
}

/**
 * The first free block of `n` cells near `want`, trying nearby columns first, then further rows in
 * direction `dir` (1: down, -1: up).
 */
function findFree(grid: OccupancyGrid, n: number, want: Point, dir: 1 | -1): Point[] {
  const candidates: { dx: number; dy: number; cost: number }[] = [];
  for (let dy = 0; dy <= 40; dy++) {
    for (let dx = -12; dx <= 12; dx++) candidates.push({ dx, dy, cost: Math.abs(dx) + dy * 2.5 });
  }
  candidates.sort((a, b) => a.cost - b.cost);
  for (const c of candidates) {
    const centre = { x: want.x + c.dx * (CELL_W / 2), y: want.y + dir * c.dy * (CELL_H / 2) };
    const cells = blockCells(n, centre);
    if (cells.every((p) => grid.free(p))) return cells;
  }
  return blockCells(n, { x: want.x, y: want.y + dir * 42 * CELL_H });
}

function rightOf(fixed: Map<string, Point>, placed: Map<string, Point>): Point {
  let maxX = -Infinity;
  let minY = Infinity;
  for (const p of [...fixed.values(), ...placed.values()]) {
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
  }
  return Number.isFinite(maxX) ? { x: maxX + 2 * CELL_W, y: minY } : { x: 0, y: 0 };
}

/** Neighbours of each unit, and the units below each (those reporting or answering to it), from edges. */
export function adjacency(edges: { source: string; target: string; type: string }[]): { neighbours: Map<string, string[]>; below: Map<string, string[]> } {
  const neighbours = new Map<string, string[]>();
  const below = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const e of edges) {
    push(neighbours, e.source, e.target);
    push(neighbours, e.target, e.source);
    if (e.type === 'REPORTS_TO' || e.type === 'ANSWERABLE_TO') push(below, e.target, e.source);
  }
  return { neighbours, below };
}

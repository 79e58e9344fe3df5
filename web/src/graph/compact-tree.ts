/**
 * A fast top-down tree layout for large views (where ELK would take seconds): each unit above its
 * children, subtrees side by side, and the leaves of a unit wrapped into a grid instead of one long
 * row. Units that are no one's child on show (tops, bodies brought in by a chain) start trees of
 * their own, laid left to right, the root first. Linear in the number of units.
 */
import { CELL_W, LEVEL_GAP, MAX_ROW, blockCells, columnsFor, type Point } from './geometry';

/** What the layout needs: the units, their parents on show, and the order of siblings. */
export interface TreeInput {
  ids: string[];
  parentOf: (id: string) => string | null;
  rootId: string;
}

interface Box {
  width: number;
  /** Places the subtree with its top centre at `origin`. */
  place: (origin: Point, out: Map<string, Point>) => void;
}

/** Positions for every unit of `ids`. */
export function compactTree({ ids, parentOf, rootId }: TreeInput): Map<string, Point> {
  const shown = new Set(ids);
  const children = new Map<string, string[]>();
  const tops: string[] = [];
  for (const id of ids) {
    const p = parentOf(id);
    if (p && shown.has(p) && p !== id) children.set(p, [...(children.get(p) ?? []), id]);
    else tops.push(id);
  }
  tops.sort((a, b) => (a === rootId ? -1 : b === rootId ? 1 : 0));
  const seen = new Set<string>();
  const boxes = tops.map((t) => boxOf(t, children, seen));
  const out = new Map<string, Point>();
  let x = 0;
  for (const box of boxes) {
    box.place({ x: x + box.width / 2, y: 0 }, out);
    x += box.width + CELL_W / 2;
  }
  return out;
}

function boxOf(id: string, children: Map<string, string[]>, seen: Set<string>): Box {
  seen.add(id);
  const kids = (children.get(id) ?? []).filter((k) => !seen.has(k));
  kids.forEach((k) => seen.add(k));
  const leaves = kids.filter((k) => !(children.get(k)?.length));
  const inner = kids.filter((k) => children.get(k)?.length);
  // Few children: one row of subtrees. Many leaves: a wrapped block of them, beside the inner subtrees.
  const wrap = leaves.length > MAX_ROW;
  const parts: Box[] = inner.map((k) => boxOf(k, children, seen));
  if (wrap) parts.push(leafBlock(leaves));
  else parts.unshift(...leaves.map((l) => leafBox(l)));
  const width = Math.max(CELL_W, parts.reduce((s, b) => s + b.width, 0));
  return {
    width,
    place(origin, out) {
      out.set(id, origin);
      let x = origin.x - parts.reduce((s, b) => s + b.width, 0) / 2;
      for (const part of parts) {
        part.place({ x: x + part.width / 2, y: origin.y + LEVEL_GAP }, out);
        x += part.width;
      }
    },
  };
}

function leafBox(id: string): Box {
  return { width: CELL_W, place: (origin, out) => void out.set(id, origin) };
}

function leafBlock(ids: string[]): Box {
  return {
    width: columnsFor(ids.length) * CELL_W + CELL_W / 2,
    place(origin, out) {
      blockCells(ids.length, origin).forEach((p, i) => out.set(ids[i]!, p));
    },
  };
}

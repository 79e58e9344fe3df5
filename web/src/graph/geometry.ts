/**
 * The grid every layout of the page agrees on: a unit with its caption takes one cell; levels of the
 * reporting line are LEVEL_GAP apart. OccupancyGrid answers "is this spot free?" in constant time.
 */

/** Width of a cell: a node and its wrapped caption. */
export const CELL_W = 150;
/** Height of a cell in a block of siblings. */
export const CELL_H = 105;
/** Vertical distance between a unit and its children. */
export const LEVEL_GAP = 130;

/** A point. */
export interface Point {
  x: number;
  y: number;
}

// A node's box around its centre: the caption hangs below the shape.
const BOX = { left: 68, right: 68, top: 32, bottom: 64 };

/** The cells of a coarse grid that drawn units cover. */
export class OccupancyGrid {
  private readonly cells = new Set<string>();

  /** Marks the box of a unit centred at `p` as taken. */
  add(p: Point): void {
    for (const key of this.keys(p)) this.cells.add(key);
  }

  /** True when a unit centred at `p` would overlap none. */
  free(p: Point): boolean {
    for (const key of this.keys(p)) if (this.cells.has(key)) return false;
    return true;
  }

  private *keys(p: Point): Generator<string> {
    const x0 = Math.floor((p.x - BOX.left) / CELL_W);
    const x1 = Math.floor((p.x + BOX.right) / CELL_W);
    const y0 = Math.floor((p.y - BOX.top) / (CELL_H / 2));
    const y1 = Math.floor((p.y + BOX.bottom) / (CELL_H / 2));
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield `${x},${y}`;
  }
}

/** Siblings up to this many go in one row; more are wrapped into a grid. */
export const MAX_ROW = 4;

/** How many columns a block of `n` siblings takes: one row up to MAX_ROW, then a grid wider than tall. */
export function columnsFor(n: number): number {
  if (n <= MAX_ROW) return Math.max(1, n);
  return Math.min(n, Math.ceil(Math.sqrt(n * 1.4)));
}

/**
 * The centres of `n` cells in a block whose top row is centred on `centre`. Every other row is offset
 * by half a cell, so the line from a unit in a lower row up to the parent passes between the units above.
 */
export function blockCells(n: number, centre: Point): Point[] {
  const cols = columnsFor(n);
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / cols);
    const col = i % cols;
    const stagger = row % 2 === 1 ? CELL_W / 2 : 0;
    out.push({ x: centre.x + (col - (cols - 1) / 2) * CELL_W + stagger, y: centre.y + row * CELL_H });
  }
  return out;
}

/**
 * Streams of subordinates pages read their subtree once, like a point-in-time search. A keyset page
 * costs a walk of the whole subtree (the order is depth, name, id: the last page of a subtree cannot
 * be found without walking all of it), so streaming 15,000 units in pages of 1,000 walked it 15 times.
 * Now the second page of a stream reads every unit from its cursor to the end in one walk and keeps
 * them here; the pages after it are cut from that list.
 *
 * Truthful, not cached: a kept list carries the database state it was read at (Db.state(), the
 * bookmark of the last committed transaction), and a page is served from it only when the database
 * is still in that state, so each page is exactly what a fresh read would give. Any commit anywhere
 * sends the next page back to Neo4j (which keeps a new list). Memory is bounded by a number of units
 * (SUBTREE_SNAPSHOT_UNITS, least recently used dropped first) and by time (SUBTREE_SNAPSHOT_TTL_MS
 * after a list's last use); a subtree bigger than the bound is never kept and is paged from Neo4j.
 * Created once by server.ts, shared by every request, like batched-reads.ts.
 */
import type { PageKey } from '../domain/cursor';
import type { UnitModel } from '../model/models';

/** One subordinate, as find-subordinates.cypher returns it. */
export interface SubtreeRow {
  unit: UnitModel;
  depth: number;
  parentId: string;
}

/** Which subtree: the question of a subordinates stream, without its cursor. */
export interface SubtreeQuestion {
  unitId: string;
  depth: number;
  asOf: string;
  /** The unit properties read, comma-separated. */
  fields: string;
}

interface Kept {
  state: string;
  /** The units after the first page's cursor, in page order, to the end of the subtree. */
  rows: SubtreeRow[];
  /** Position of each unit in rows, by id. */
  at: Map<string, number>;
  lastUsed: number;
  /** The rest of the subtree had more units than the bound: nothing kept, only that fact. */
  tooBig?: boolean;
}

/** Kept subtrees, bounded by `maxUnits` in all and dropped `ttlMs` after their last use. */
export class SubtreeSnapshots {
  private readonly kept = new Map<string, Kept>();
  private units = 0;

  constructor(readonly maxUnits: number, private readonly ttlMs: number, private readonly now: () => number = Date.now) {}

  /**
   * The units after the one `after` names, from the list kept for `question`, when the database is
   * still in the state it was read at and the list holds that unit with that sort key; 'too big' when,
   * in this state, the rest of that subtree was found bigger than the bound (page it from Neo4j); else
   * undefined.
   */
  after(question: SubtreeQuestion, state: string, after: PageKey): SubtreeRow[] | 'too big' | undefined {
    this.dropExpired();
    const key = keyOf(question);
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    if (kept.state !== state) {
      this.drop(key);
      return undefined;
    }
    if (kept.tooBig) return 'too big';
    const i = kept.at.get(after.id);
    const row = i === undefined ? undefined : kept.rows[i]!;
    if (!row || row.depth !== after.depth || row.unit.name !== after.name) return undefined;
    kept.lastUsed = this.now();
    // Most recently used last: Map keeps insertion order, so the first entry is the one to drop.
    this.kept.delete(key);
    this.kept.set(key, kept);
    return kept.rows.slice(i! + 1);
  }

  /**
   * Keeps `rows` (every unit of `question`'s subtree after some cursor, to its end, read at `state`)
   * when they fit in the bound, dropping the least recently used lists to make room. Pass
   * `maxUnits + 1` rows when there were more: that is remembered as 'too big'.
   */
  keep(question: SubtreeQuestion, state: string, rows: SubtreeRow[]): void {
    const key = keyOf(question);
    this.drop(key);
    this.dropExpired();
    if (rows.length > this.maxUnits) {
      // Remembered (without its rows) so the next pages do not read a list this big again.
      this.kept.set(key, { state, rows: [], at: new Map(), lastUsed: this.now(), tooBig: true });
      return;
    }
    if (rows.length === 0) return;
    for (const [k] of this.kept) {
      if (this.units + rows.length <= this.maxUnits) break;
      this.drop(k);
    }
    this.kept.set(key, { state, rows, at: new Map(rows.map((r, i) => [r.unit.id, i])), lastUsed: this.now() });
    this.units += rows.length;
  }

  /** How many units are kept now. */
  size(): number {
    return this.units;
  }

  private dropExpired(): void {
    const oldest = this.now() - this.ttlMs;
    for (const [k, v] of this.kept) if (v.lastUsed < oldest) this.drop(k);
  }

  private drop(key: string): void {
    const kept = this.kept.get(key);
    if (!kept) return;
    this.units -= kept.rows.length;
    this.kept.delete(key);
  }
}

const keyOf = (q: SubtreeQuestion) => JSON.stringify([q.unitId, q.depth, q.asOf, q.fields]);

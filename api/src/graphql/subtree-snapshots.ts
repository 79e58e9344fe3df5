/**
 * Streams of subordinates pages read their subtree once, like a point-in-time search. A keyset page
 * costs a walk of the whole subtree (the order is depth, name, id: the last page of a subtree cannot
 * be found without walking all of it), so the second page of a stream reads every unit from its
 * cursor to the end in one walk and keeps them here; the pages after it are cut from that list.
 *
 * Truthful, not cached: a kept list carries the database state it was read at (Db.state(), the
 * bookmark of the last committed transaction), and a page is served from it only when the database
 * is still in that state, so each page is exactly what a fresh read would give. Any commit anywhere
 * sends the next page back to Neo4j (which keeps a new list). Memory is bounded by a number of units
 * (SUBTREE_SNAPSHOT_UNITS, least recently used dropped first; an lru-cache sized by units) and by
 * time (SUBTREE_SNAPSHOT_TTL_MS after a list's last use); a subtree bigger than the bound is never
 * kept and is paged from Neo4j. Created once by server.ts, shared by every request, like
 * batched-reads.ts.
 */
import { LRUCache } from 'lru-cache';
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
  /** The minimum basis read at (SDL `Basis`). */
  minBasis: string;
  /** The unit properties read, comma-separated. */
  fields: string;
}

interface Kept {
  state: string;
  /** The units after the first page's cursor, in page order, to the end of the subtree. */
  rows: SubtreeRow[];
  /** Position of each unit in rows, by id. */
  at: Map<string, number>;
}

// A too-big mark holds no units; this many outnumbers the streams that run at once.
const MAX_TOO_BIG_MARKS = 1000;

/** Kept subtrees, bounded by `maxUnits` in all and dropped `ttlMs` after their last use. */
export class SubtreeSnapshots {
  private readonly lists: LRUCache<string, Kept>;
  /** The questions whose rest of subtree was bigger than the bound, with the state it was so in. */
  private readonly tooBig: LRUCache<string, string>;

  /** `now` is the clock the time to live is counted on (tests pass their own). */
  constructor(readonly maxUnits: number, ttlMs: number, now: () => number = Date.now) {
    // ttlResolution 0: read the clock on each use rather than keep a timer to cache it.
    const ttl = { ttl: ttlMs, ttlResolution: 0, perf: { now } };
    this.lists = new LRUCache<string, Kept>({ ...ttl, maxSize: Math.max(maxUnits, 1), sizeCalculation: (kept) => kept.rows.length });
    this.tooBig = new LRUCache<string, string>({ ...ttl, max: MAX_TOO_BIG_MARKS });
  }

  /**
   * The units after the one `after` names, from the list kept for `question`, when the database is
   * still in the state it was read at and the list holds that unit with that sort key; 'too big' when,
   * in this state, the rest of that subtree was found bigger than the bound (page it from Neo4j); else
   * undefined.
   */
  after(question: SubtreeQuestion, state: string, after: PageKey): SubtreeRow[] | 'too big' | undefined {
    this.purgeStale();
    const key = keyOf(question);
    const tooBigIn = this.tooBig.peek(key);
    if (tooBigIn !== undefined) {
      if (tooBigIn === state) return 'too big';
      this.tooBig.delete(key);
      return undefined;
    }
    const kept = this.lists.peek(key);
    if (!kept) return undefined;
    if (kept.state !== state) {
      this.lists.delete(key);
      return undefined;
    }
    const i = kept.at.get(after.id);
    const row = i === undefined ? undefined : kept.rows[i]!;
    if (!row || row.depth !== after.depth || row.unit.name !== after.name) return undefined;
    // Served: now the most recently used, and its time to live starts again.
    this.lists.get(key, { updateAgeOnGet: true });
    return kept.rows.slice(i! + 1);
  }

  /**
   * Keeps `rows` (every unit of `question`'s subtree after some cursor, to its end, read at `state`)
   * when they fit in the bound, dropping the least recently used lists to make room. Pass
   * `maxUnits + 1` rows when there were more: that is remembered as 'too big'.
   */
  keep(question: SubtreeQuestion, state: string, rows: SubtreeRow[]): void {
    const key = keyOf(question);
    this.lists.delete(key);
    this.tooBig.delete(key);
    this.purgeStale();
    // Remembered (without its rows) so the next pages do not read a list this big again.
    if (rows.length > this.maxUnits) this.tooBig.set(key, state);
    else if (rows.length > 0) this.lists.set(key, { state, rows, at: new Map(rows.map((r, i) => [r.unit.id, i])) });
  }

  /** How many units are kept now. */
  size(): number {
    return this.lists.calculatedSize;
  }

  // Stale lists would otherwise hold their units until asked for or pushed out.
  private purgeStale(): void {
    this.lists.purgeStale();
    this.tooBig.purgeStale();
  }
}

const keyOf = (q: SubtreeQuestion) => JSON.stringify([q.unitId, q.depth, q.asOf, q.minBasis, q.fields]);

/**
 * Writes a validated dataset to Neo4j in batched transactions (UNWIND), idempotently: every node and
 * relationship is MERGEd on its id, and a row whose stored `hash` equals its own is not rewritten,
 * so a second run is a read-mostly pass that counts everything as unchanged. A load stopped half-way
 * leaves whole batches behind; running it again completes it without duplicates.
 *
 * Speed (bench/README.md, "Seed load"): each batch sends only its ids and hashes (to-rows.ts hashes
 * a record's fields without making its properties) and the database answers, in the transaction that
 * writes it, with the positions of the ids that are absent and of those stored with another hash; only
 * those rows are then made and sent: the absent ones CREATEd (no MERGE look-up and lock per row),
 * the changed ones MERGEd. A re-run with nothing to change moves two short lists per batch. Batches
 * of one kind run on `concurrency` sessions at once (disjoint ids, so they never wait on each other's
 * nodes); a kind starts only when the kinds before it are done, so every end node exists.
 * A first load into a new database is faster still through the bulk mode (bulk-import.ts).
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { createRowsQuery, DELETE_EVERYTHING, moveRowsQuery, planRowsQuery, writeRowsQuery } from './cypher';
import type { Dataset } from './dataset';
import { KINDS, type Kind } from './kinds';
import type { SourceDates } from './stated-props';
import { toLazyWriteGroups, type LazyWriteGroup, type Row, type Target } from './to-rows';

/** What happened (or, on a dry run, would happen) to the records of one kind. */
export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** The outcome of a load. */
export interface LoadSummary {
  counts: Record<Kind, KindCounts>;
  /** Records handled (a post and its POST_OF line count as one). */
  rows: number;
  /** Wall time of the write (or of the dry run), in milliseconds; a reset before it is not counted. */
  ms: number;
  dryRun: boolean;
  reset: boolean;
}

/** Options of writeDataset and loadDataset. */
export interface WriteOptions {
  /** Count what would change and write nothing. */
  dryRun?: boolean;
  /** Delete every node and relationship of the database first (no confirmation here: the caller asks). */
  reset?: boolean;
  /** Receives a line now and then (reset, totals). */
  log?: (line: string) => void;
  /** Rows per transaction; default 5000. */
  batchSize?: number;
  /** Called after every batch with the rows done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Mark everything written as synthetic (generated, not cited fact); default false. */
  synthetic?: boolean;
  /** Sessions writing batches of the same kind at once; default DEFAULT_CONCURRENCY. */
  concurrency?: number;
  /** The dates of cited sources not in the dataset written (one part of a bigger one), for the attestations. */
  sourceDates?: SourceDates;
}

/** The default number of rows per transaction. */
export const DEFAULT_BATCH_SIZE = 5000;

/** The default number of batches in flight at once: one per core of a small server, and the client's work overlaps the database's. */
export const DEFAULT_CONCURRENCY = 2;

/** Counts of zero for every kind. */
export function zeroCounts(): Record<Kind, KindCounts> {
  return Object.fromEntries(KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0 }])) as Record<Kind, KindCounts>;
}

/**
 * Writes `dataset` (already validated: see validateDataset) to `database`. Expects the schema applied
 * (api/src/db/apply-schema.ts): MERGE relies on the id constraints. Throws the driver's error when
 * the database fails; what was committed before stays and a new run completes it.
 */
export async function writeDataset(driver: Driver, database: string, dataset: Dataset, opts: WriteOptions = {}): Promise<LoadSummary> {
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE));
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? DEFAULT_CONCURRENCY));
  const groups = toLazyWriteGroups(dataset, opts.synthetic, opts.sourceDates);
  const total = groups.reduce((sum, g) => sum + g.size, 0);
  const counts = zeroCounts();
  const dryRun = opts.dryRun ?? false;
  const reset = opts.reset ?? false;
  if (reset && !dryRun) await resetDatabase(driver, database, opts.log);
  const started = Date.now();
  const sessions = Array.from({ length: concurrency }, () =>
    driver.session({ database, defaultAccessMode: dryRun ? neo4j.session.READ : neo4j.session.WRITE }));
  let done = 0;
  try {
    for (const group of groups) {
      const starts: number[] = [];
      for (let i = 0; i < group.size; i += batchSize) starts.push(i);
      await inParallel(sessions, starts, async (session, start) => {
        // Hashed here, not up front, so the client hashes this batch while the database writes another.
        const keys = { start, ...group.keysAt(start, start + batchSize) };
        add(counts[group.kind], await runBatch(session, group, keys, dryRun, reset));
        done += keys.ids.length;
        opts.onProgress?.(done, total);
      });
    }
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
  return { counts, rows: total, ms: Date.now() - started, dryRun, reset };
}

/**
 * Runs `work` over `items`, one at a time per session, every session busy while items remain. After
 * a failure no new item starts; the items in flight finish (they commit or not on their own) and
 * the first error is thrown.
 */
async function inParallel<T>(sessions: Session[], items: T[], work: (s: Session, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: { err: unknown } | undefined;
  await Promise.all(sessions.map(async (session) => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(session, item);
      } catch (err) {
        failed ??= { err };
      }
    }
  }));
  if (failed) throw failed.err;
}

/** The ids and hashes of one batch (LazyWriteGroup.keysAt) and the position of its first row in the group. */
type Keys = { start: number; ids: string[]; hashes: string[] };

/** One batch in its own transaction: written, or on a dry run only counted (all new after a reset). */
async function runBatch(session: Session, group: LazyWriteGroup, keys: Keys, dryRun: boolean, reset: boolean): Promise<KindCounts> {
  if (!dryRun) {
    try {
      return await session.executeWrite((tx) => writeBatch(tx, group, keys, true));
    } catch (err) {
      // Another writer created one of the ids between our read and our CREATE: MERGE the batch instead.
      if ((err as { code?: unknown }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed') throw err;
      return session.executeWrite((tx) => writeBatch(tx, group, keys, false));
    }
  }
  if (reset) return { created: keys.ids.length, updated: 0, unchanged: 0 };
  return session.executeRead(async (tx) => (await planBatch(tx, group.target, keys)).counts);
}

function add(to: KindCounts, c: KindCounts): void {
  to.created += c.created;
  to.updated += c.updated;
  to.unchanged += c.unchanged;
}

/** The positions of the batch's rows that are new and of those that differ from what is stored, and the counts that follow. */
async function planBatch(tx: ManagedTransaction, target: Target, keys: Keys): Promise<{ fresh: number[]; changed: number[]; counts: KindCounts }> {
  const res = await tx.run(planRowsQuery(target), { ids: keys.ids, hashes: keys.hashes });
  // Numbers, or the driver's Integers when lossless integers are on.
  const positions = (key: string) => ((res.records[0]?.get(key) ?? []) as unknown[]).map((i) => neo4j.integer.toNumber(i as number));
  const fresh = positions('fresh');
  const changed = positions('changed');
  return { fresh, changed, counts: { created: fresh.length, updated: changed.length, unchanged: keys.ids.length - fresh.length - changed.length } };
}

const toParams = (r: Row) => ({ id: r.id, props: r.props, from: r.from ?? null, to: r.to ?? null, link: r.link ?? null });

/**
 * Writes the rows of the batch that are new or changed, made only now. With `create`, the new ones
 * are CREATEd (their ids were just read as absent in this transaction); otherwise every row to write
 * is MERGEd.
 */
async function writeBatch(tx: ManagedTransaction, group: LazyWriteGroup, keys: Keys, create: boolean): Promise<KindCounts> {
  const { target } = group;
  const plan = await planBatch(tx, target, keys);
  const rowsOf = (positions: number[]) => positions.map((i) => group.rowAt(keys.start + i, keys.hashes[i]));
  const fresh = rowsOf(plan.fresh);
  const changed = rowsOf(plan.changed);
  const merged = create ? changed : [...fresh, ...changed];
  let written = 0;
  if (create && fresh.length) written += await run(tx, createRowsQuery(target), fresh);
  if (merged.length) {
    const move = moveRowsQuery(target);
    // Only rows that existed can have moved; on a first load this statement never runs.
    if (move && changed.length) await tx.run(move, { rows: changed.map(toParams) });
    written += await run(tx, writeRowsQuery(target), merged);
  }
  if (written !== fresh.length + changed.length) {
    // A row names a node that is neither in the dataset (validation would have said) nor in the database.
    const what = 'node' in target ? target.node : target.rel;
    throw new Error(`Only ${written} of ${fresh.length + changed.length} ${what} rows were written: a node they join is missing from the database; load it first, then run again`);
  }
  return plan.counts;
}

async function run(tx: ManagedTransaction, query: string, rows: Row[]): Promise<number> {
  const res = await tx.run(query, { rows: rows.map(toParams) });
  return Number(res.records[0]?.get('written') ?? 0);
}

/** Deletes every node and relationship of `database`, in batches. */
export async function resetDatabase(driver: Driver, database: string, log: (line: string) => void = () => {}): Promise<void> {
  const before = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
  const session = driver.session({ database });
  try {
    await session.run(DELETE_EVERYTHING);
  } finally {
    await session.close();
  }
  log(`Reset: deleted ${Number(before.records[0]?.get('n') ?? 0)} nodes and their relationships.`);
}

/**
 * Writes a validated dataset to Neo4j in batched transactions (UNWIND), idempotently: every node and
 * relationship is MERGEd on its id, and a row whose stored `hash` equals its own is not rewritten,
 * so a second run is a read-mostly pass that counts everything as unchanged. A load stopped half-way
 * leaves whole batches behind; running it again completes it without duplicates.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { DELETE_EVERYTHING, moveRowsQuery, readHashesQuery, writeRowsQuery } from './cypher';
import type { Dataset } from './dataset';
import { KINDS, type Kind } from './kinds';
import { toWriteGroups, type Row, type Target } from './to-rows';

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
}

/** The default number of rows per transaction. */
export const DEFAULT_BATCH_SIZE = 5000;

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
  const groups = toWriteGroups(dataset, opts.synthetic);
  const total = groups.reduce((sum, g) => sum + g.rows.length, 0);
  const counts = zeroCounts();
  const dryRun = opts.dryRun ?? false;
  const reset = opts.reset ?? false;
  if (reset && !dryRun) await resetDatabase(driver, database, opts.log);
  const started = Date.now();
  const session = driver.session({ database, defaultAccessMode: dryRun ? neo4j.session.READ : neo4j.session.WRITE });
  let done = 0;
  try {
    for (const group of groups) {
      for (let i = 0; i < group.rows.length; i += batchSize) {
        const batch = group.rows.slice(i, i + batchSize);
        add(counts[group.kind], await runBatch(session, group.target, batch, dryRun, reset));
        done += batch.length;
        opts.onProgress?.(done, total);
      }
    }
  } finally {
    await session.close();
  }
  return { counts, rows: total, ms: Date.now() - started, dryRun, reset };
}

/** One batch in its own transaction: written, or on a dry run only counted (all new after a reset). */
function runBatch(session: Session, target: Target, batch: Row[], dryRun: boolean, reset: boolean): Promise<KindCounts> {
  if (!dryRun) return session.executeWrite((tx) => writeBatch(tx, target, batch));
  if (reset) return Promise.resolve({ created: batch.length, updated: 0, unchanged: 0 });
  return session.executeRead(async (tx) => (await planBatch(tx, target, batch)).counts);
}

function add(to: KindCounts, c: KindCounts): void {
  to.created += c.created;
  to.updated += c.updated;
  to.unchanged += c.unchanged;
}

/** Which rows of the batch differ from what is stored, and the counts that follow. */
async function planBatch(tx: ManagedTransaction, target: Target, batch: Row[]): Promise<{ changed: Row[]; counts: KindCounts }> {
  const res = await tx.run(readHashesQuery(target), { ids: batch.map((r) => r.id) });
  const stored = new Map(res.records.map((r) => [r.get('id') as string, r.get('hash') as string | null]));
  const changed = batch.filter((r) => stored.get(r.id) !== r.hash);
  const updated = changed.filter((r) => stored.has(r.id)).length;
  return { changed, counts: { created: changed.length - updated, updated, unchanged: batch.length - changed.length } };
}

async function writeBatch(tx: ManagedTransaction, target: Target, batch: Row[]): Promise<KindCounts> {
  const { changed, counts } = await planBatch(tx, target, batch);
  if (!changed.length) return counts;
  const rows = changed.map((r) => ({ id: r.id, props: r.props, from: r.from ?? null, to: r.to ?? null, link: r.link ?? null }));
  const move = moveRowsQuery(target);
  // Only rows that existed can have moved; on a first load this statement never runs.
  if (move && counts.updated) await tx.run(move, { rows });
  const res = await tx.run(writeRowsQuery(target), { rows });
  const written = Number(res.records[0]?.get('written') ?? 0);
  if (written !== changed.length) {
    // A row names a node that is neither in the dataset (validation would have said) nor in the database.
    const what = 'node' in target ? target.node : target.rel;
    throw new Error(`Only ${written} of ${changed.length} ${what} rows were written: a node they join is missing from the database; load it first, then run again`);
  }
  return counts;
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

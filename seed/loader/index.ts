/**
 * The seed loader's public surface: validate a dataset (seed/README.md) and load it into Neo4j.
 * The CLI is seed/load.ts; the server's entry point hands loadDataset to it for an empty database.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { formatProblem, type Problem } from './problem';
import { formatSummary } from './summary-table';
import { validateDataset, type ValidateOptions } from './validate-dataset';
import { writeDataset, type LoadSummary, type WriteOptions } from './write-dataset';

export { validateDataset, checkRecords, type ValidateOptions, type Validation } from './validate-dataset';
export { withNeo4j, describeDbError } from './with-neo4j';
export { writeDataset, resetDatabase, DEFAULT_BATCH_SIZE, type LoadSummary, type KindCounts, type WriteOptions } from './write-dataset';
export { bulkImport, finishBulkImport, pendingBulkImport, BulkImportError, BULK_MARKER, type BulkImportResult } from './bulk-import';
export type { ImportSource } from './import-csv';
export { formatProblem, type Problem } from './problem';
export { formatSummary, progressPrinter } from './summary-table';
export { SHARED_SEEDS_DIR } from './check-quotes';
export type { Dataset } from './dataset';
export { KINDS, type Kind } from './kinds';

/** The cited dataset drawn from the five articles: what `npm run seed` and an empty database load. */
export const CITED_DATASET_DIR = path.resolve(__dirname, '..', 'data');

/** Thrown by loadDataset when the dataset has problems; nothing was written. */
export class DatasetInvalidError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written. Fix them and load again:\n` +
      problems.map((p) => `  ${formatProblem(p)}`).join('\n'));
    this.name = 'DatasetInvalidError';
  }
}

/**
 * Validates the data files under `inputs` (files or folders) and, when there is no problem, writes
 * them to `database` (see writeDataset: batched, idempotent, `hash`-compared). Expects the schema
 * applied (applySchema). `opts.reset` empties the database first without asking: the caller asks.
 * Logs the summary table through `opts.log`.
 * @throws DatasetInvalidError listing every problem (file:line, record, what to do); nothing written.
 * @throws the driver's error when the database fails part-way; running again completes the load.
 */
export async function loadDataset(
  driver: Driver,
  database: string,
  inputs: string[],
  opts: WriteOptions & ValidateOptions = {},
): Promise<LoadSummary> {
  const { dataset, problems } = await validateDataset(inputs, opts);
  if (problems.length) throw new DatasetInvalidError(problems);
  const summary = await writeDataset(driver, database, dataset, opts);
  opts.log?.(formatSummary(summary));
  return summary;
}

/**
 * The cited dataset and a generated structure imported together as a NEW database by the loader's
 * bulk mode (seed/loader/bulk-import.ts): the cited records' CSV files written on this thread, the
 * structure's by worker threads (write-csv-parts.ts). The fastest first load of a big structure:
 * `npm run seed:generate -- --bulk`, bench/load-seed.ts --bulk and bench/tools/dev-store.ts.
 */
import { CITED_DATASET_DIR, validateDataset } from '../loader';
import { bulkImport, BulkImportError, type BulkImportOptions, type BulkImportResult } from '../loader/bulk-import';
import type { GenerateOptions } from './generate-structure';
import { generatedCsvParts } from './write-csv-parts';

/** Options of bulkImportGenerated: bulkImport's, without `parts`. */
export interface BulkGeneratedOptions extends Omit<BulkImportOptions, 'parts'> {
  gen: GenerateOptions;
  /** Worker threads writing the structure's CSV files; default 2. */
  workers?: number;
  /** The cited dataset's files or folders; default seed/data. */
  cited?: string[];
}

/**
 * Validates the cited dataset, then imports it and the structure `opts.gen` (every generated record
 * marked synthetic) into `opts.neo4jHome` (bulkImport: the engine stopped, the database new). Then
 * start the engine and call finishBulkImport.
 * @throws RangeError for bad generator options; BulkImportError when the cited dataset has problems, does
 * not hold the structure's root (generatedCsvParts), or bulkImport refuses or fails (the message says what to do).
 */
export async function bulkImportGenerated(opts: BulkGeneratedOptions): Promise<BulkImportResult> {
  const { gen, workers = 2, cited = [CITED_DATASET_DIR], ...importOptions } = opts;
  const parts = generatedCsvParts(gen, workers);
  const { dataset, problems } = await validateDataset(cited);
  if (problems.length) throw new BulkImportError(`the cited dataset (${cited.join(', ')}) has ${problems.length} problems: run npm run seed -- --check to see them`);
  return bulkImport({ ...importOptions, parts }, [{ dataset, synthetic: false }]);
}

/**
 * The generated structure as CSV files of the loader's bulk mode, written by worker threads: part k
 * of n generates the whole structure but makes and writes only the chunks k, k + n, ... (the
 * generator's `part` option), so two parts use both cores of a two-core machine and write about
 * half the records each (bench/README.md, "Seed load"). The records are exactly those of
 * generateChunks, all marked synthetic, written line by line (write-generated-csv.ts).
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BulkImportError } from '../loader/bulk-import';
import type { ImportFiles, NodeNumbers } from '../loader/import-csv';
import { resolveOptions, type GenerateOptions } from './generate-structure';

/** What a part's worker is given. */
export interface CsvPartJob {
  gen: GenerateOptions;
  part: number;
  of: number;
  dir: string;
  /** The node id of the structure's first unit (node-numbers.ts). */
  first: number;
  /** The node ids of the units outside the structure it reports to, by id (its root, unless generated). */
  outside: Record<string, number>;
}

/**
 * `parts` CSV writers of the structure `gen` for bulkImport's `parts` option; each runs in its own
 * worker thread when called with the work folder and the node ids of the records written before it
 * (the structure is numbered after them). Default two parts.
 * @throws RangeError for bad options (resolveOptions), before any worker starts; a writer rejects with a
 * BulkImportError, before its worker starts, when the structure's root is neither generated nor among those records.
 */
export function generatedCsvParts(gen: GenerateOptions, parts = 2): ((dir: string, before: NodeNumbers) => Promise<ImportFiles>)[] {
  const o = resolveOptions(gen);
  return Array.from({ length: parts }, (_, part) => async (dir: string, before: NodeNumbers) => {
    const outside: Record<string, number> = {};
    if (!o.includeRoot) {
      const root = before.numberOf('Unit', o.rootId);
      if (root === undefined) {
        throw new BulkImportError(`the generated structure reports to the unit '${o.rootId}', which the import does not hold: ` +
          'import the dataset that holds it with the structure (seed:generate --bulk: give --root the id of a unit in seed/data)');
      }
      outside[o.rootId] = root;
    }
    return runWorker({ gen, part, of: parts, dir, first: before.end, outside });
  });
}

// A young generation bigger than V8's default, so that records held while a part writes them die
// young instead of being copied out to the old generation (bench/README.md, "Seed load").
const YOUNG_GENERATION_MB = 96;

// The worker is this folder's csv-part-worker, as TypeScript under tsx (the CLI and benchmarks, and
// jest: a worker thread gets no loader hooks on Node 20, so it registers tsx itself) or compiled.
function runWorker(job: CsvPartJob): Promise<ImportFiles> {
  const compiled = __filename.endsWith('.js');
  const file = path.join(__dirname, `csv-part-worker.${compiled ? 'js' : 'ts'}`);
  const code = `${compiled ? '' : `require(${JSON.stringify(require.resolve('tsx/cjs'))});`} require(${JSON.stringify(file)});`;
  return new Promise((resolve, reject) => {
    let result: ImportFiles | undefined;
    const worker = new Worker(code, { eval: true, workerData: job, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.once('message', (m: ImportFiles) => { result = m; });
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the CSV writer of part ${job.part} of ${job.of} stopped (exit ${code}) without a result`))));
  });
}

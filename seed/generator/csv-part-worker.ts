/**
 * Worker thread of write-csv-parts.ts: writes one part of a generated structure as the bulk mode's
 * CSV files (`workerData` is a CsvPartJob) and posts back the ImportFiles.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeImportCsv } from '../loader/import-csv';
import { generateChunks } from './generate-structure';
import { chunkToDataset } from './to-dataset';
import type { CsvPartJob } from './write-csv-parts';

const { gen, part, of, dir } = workerData as CsvPartJob;
function* sources() {
  for (const chunk of generateChunks({ ...gen, part: { part, of } })) yield { dataset: chunkToDataset(chunk), synthetic: true };
}
parentPort!.postMessage(writeImportCsv(dir, sources(), `part${part}`));

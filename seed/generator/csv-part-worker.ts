/**
 * Worker thread of write-csv-parts.ts: writes one part of a generated structure as the bulk mode's
 * CSV files (`workerData` is a CsvPartJob) and posts back the ImportFiles.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeGeneratedCsv } from './write-generated-csv';
import type { CsvPartJob } from './write-csv-parts';

const { gen, part, of, dir, first, outside } = workerData as CsvPartJob;
const units = new Map(Object.entries(outside));
const lookup = { numberOf: (label: string, id: string) => (label === 'Unit' ? units.get(id) : undefined) };
parentPort!.postMessage(writeGeneratedCsv(dir, { ...gen, part: { part, of } }, { part: `part${part}`, first, outside: lookup }));

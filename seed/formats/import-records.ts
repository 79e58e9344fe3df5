/**
 * Imports parsed records through the loader: the same checks as validateDataset (schema, ids,
 * references, dates, reporting lines, holders, quotes), then writeDataset. Nothing is written when
 * there is a problem.
 */
import type { Driver } from 'neo4j-driver';
import { checkRecords, KINDS, writeDataset, type Dataset, type Kind, type LoadSummary, type Problem, type WriteOptions } from '../loader';
import { emptyDataset } from '../loader/dataset';
import { sortProblems } from '../loader/problem';
import type { RawRecord } from '../loader/read-dataset';
import type { ImportItem } from './graph-records';

/** The checked dataset, the ids to write as synthetic, and every problem found. */
export interface ImportValidation {
  dataset: Dataset;
  synthetic: Set<string>;
  problems: Problem[];
}

function toRaw(item: ImportItem): RawRecord {
  return { kind: item.kind, file: item.file, index: item.index, data: item.data, lineOf: () => item.line };
}

/**
 * Runs every check of the loader's validateDataset over `items` (the loader's checkRecords). `textDirs`
 * are more folders to find the sources' article texts in (a `text/` folder beside the imported file is
 * looked in first, then these, then ../shared/seeds).
 */
export async function validateItems(items: ImportItem[], textDirs: string[] = []): Promise<ImportValidation> {
  const { dataset, problems } = await checkRecords(items.map(toRaw), textDirs);
  if (!items.length) problems.push({ file: '(input)', line: 0, path: '', message: 'nothing to import: the input holds no record' });
  const synthetic = new Set(items.filter((i) => i.synthetic && typeof i.data.id === 'string').map((i) => i.data.id as string));
  return { dataset, synthetic, problems: sortProblems(problems) };
}

/** Thrown by importItems when the input has problems; nothing was written. */
export class ImportInvalidError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The input has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.`);
    this.name = 'ImportInvalidError';
  }
}

// Write stages: every node before the posts that join units, posts before the holdings that name them.
const STAGES: Kind[][] = [['sources', 'units', 'events', 'persons'], ['posts'], ['holdings', 'relations']];

function subset(d: Dataset, kinds: Kind[], keep: (id: string) => boolean): Dataset {
  const out = emptyDataset();
  for (const k of kinds) (out[k] as unknown[]) = (d[k] as { value: { id: string } }[]).filter((r) => keep(r.value.id));
  return out;
}

/**
 * Validates `items` and, when there is no problem, writes them with writeDataset (idempotent, by id).
 * Synthetic records are written with the loader's `synthetic` option, in the same dependency order.
 * `opts.dryRun` counts what would change and writes nothing.
 * @throws ImportInvalidError listing every problem; nothing written.
 * @throws the driver's error when the database fails part-way (running again completes the import).
 */
export async function importItems(
  driver: Driver, database: string, items: ImportItem[], opts: WriteOptions & { textDirs?: string[] } = {},
): Promise<LoadSummary> {
  const { dataset, synthetic, problems } = await validateItems(items, opts.textDirs);
  if (problems.length) throw new ImportInvalidError(problems);
  const { textDirs: _t, ...rest } = opts;
  // Written in parts: every part's attestations need the dates of all the sources.
  const writeOpts = { ...rest, sourceDates: new Map(dataset.sources.map((s) => [s.value.id, s.value.date])) };
  let total: LoadSummary | undefined;
  for (const kinds of STAGES) {
    for (const isSynthetic of [false, true]) {
      const part = subset(dataset, kinds, (id) => synthetic.has(id) === isSynthetic);
      if (!kinds.some((k) => part[k].length)) continue;
      const s = await writeDataset(driver, database, part, { ...writeOpts, reset: false, synthetic: isSynthetic });
      total = total ? merge(total, s) : s;
    }
  }
  return total ?? (await writeDataset(driver, database, emptyDataset(), writeOpts));
}

function merge(a: LoadSummary, b: LoadSummary): LoadSummary {
  const counts = { ...a.counts };
  for (const k of KINDS) {
    counts[k] = { created: a.counts[k].created + b.counts[k].created, updated: a.counts[k].updated + b.counts[k].updated, unchanged: a.counts[k].unchanged + b.counts[k].unchanged };
  }
  return { ...a, counts, rows: a.rows + b.rows, ms: a.ms + b.ms };
}

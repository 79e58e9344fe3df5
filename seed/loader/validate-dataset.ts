/**
 * Reads and checks a dataset against every rule of seed/README.md, without touching a database.
 */
import { checkHistory } from './check-history';
import { checkQuotes } from './check-quotes';
import { checkLeadingPosts, checkReferences, indexIds } from './check-references';
import { checkSchema } from './check-schema';
import { checkDateOrder, checkReportingCycles, checkSingleHolder, checkSingleParent } from './check-timelines';
import type { Dataset } from './dataset';
import { sortProblems, type Problem } from './problem';
import { readDataset, type RawRecord } from './read-dataset';

/** Options of validateDataset. */
export interface ValidateOptions {
  /** Where relative inputs are resolved from; default process.cwd(). */
  cwd?: string;
  /** More folders to look for source texts in (see check-quotes.ts for the order). */
  textDirs?: string[];
}

/** The dataset read (only the records that passed their schema) and every problem found. */
export interface Validation {
  dataset: Dataset;
  problems: Problem[];
  /** The data files read, absolute. */
  files: string[];
}

/**
 * Reads every data file under `inputs` (files, or folders searched recursively for *.yaml) and checks
 * it all: record schemas, duplicate ids, unknown references, dates (and their bounds, asOf and
 * attestations), REPORTS_TO parents and cycles, holders, and quotes against their sources' texts. Returns every problem at once, sorted by file
 * and line; never throws for bad data (only for I/O failures other than a missing input).
 */
export async function validateDataset(inputs: string[], opts: ValidateOptions = {}): Promise<Validation> {
  const read = await readDataset(inputs, opts.cwd);
  const { dataset, problems } = await checkRecords(read.records, opts.textDirs);
  problems.push(...read.problems);
  if (read.files.length === 0 && read.problems.length === 0) {
    problems.push({ file: inputs.join(', '), line: 0, path: '', message: 'no data files (*.yaml) found there; give data files or folders of them' });
  }
  return { dataset, problems: sortProblems(problems), files: read.files };
}

/**
 * Every check of validateDataset over records already read (from YAML or another format):
 * schemas, duplicate ids, references, leading posts, dates and evidence in time (check-history.ts),
 * REPORTS_TO parents and cycles, holders,
 * quotes (texts looked for as check-quotes.ts says, with `textDirs`). Problems come sorted.
 */
export async function checkRecords(records: RawRecord[], textDirs: string[] = []): Promise<{ dataset: Dataset; problems: Problem[] }> {
  const { dataset, problems: schemaProblems, rejectedIds } = checkSchema(records);
  const { ids, problems: duplicates } = indexIds(dataset);
  const problems = [
    ...schemaProblems,
    ...duplicates,
    ...checkReferences(dataset, ids, rejectedIds),
    ...checkLeadingPosts(dataset),
    ...checkDateOrder(dataset),
    ...checkHistory(dataset),
    ...checkSingleParent(dataset),
    ...checkSingleHolder(dataset),
    ...checkReportingCycles(dataset),
    ...(await checkQuotes(dataset, textDirs)),
  ];
  return { dataset, problems: sortProblems(problems) };
}

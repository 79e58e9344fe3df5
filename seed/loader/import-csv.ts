/**
 * Writes datasets as the CSV files of Neo4j's offline importer (`neo4j-admin database import full`):
 * one file of nodes per label, one of relationships per type, each with a typed header. The values
 * are the loader's own rows (to-rows.ts), hash included, so a normal load after a bulk import finds
 * every record unchanged.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Date as Neo4jDate } from 'neo4j-driver';
import type { Dataset } from './dataset';
import { KINDS, type Kind } from './kinds';
import { toLazyWriteGroups, type Row, type Target } from './to-rows';

/** A dataset to import and whether its records are marked synthetic. */
export interface ImportSource {
  dataset: Dataset;
  synthetic: boolean;
}

/** What writeImportCsv wrote. */
export interface ImportFiles {
  /** `--nodes=Label=file` and `--relationships=TYPE=file` arguments of the importer. */
  args: string[];
  /** Records per kind (a post and its POST_OF line count as one). */
  counts: Record<Kind, number>;
  /** Some text holds a line break: the importer needs --multiline-fields=true. */
  multiline: boolean;
}

// The importer's type of each property the loader writes that is not a string.
const TYPES: Record<string, string> = {
  date: 'date', validFrom: 'date', validTo: 'date', startDate: 'date', endDate: 'date',
  leads: 'boolean', collective: 'boolean', synthetic: 'boolean', sourceIds: 'string[]',
};

const ROWS_PER_WRITE = 5000;

/** One output file: its header is written on first use. */
class CsvFile {
  private fd: number | undefined;
  private buffer: string[] = [];
  constructor(readonly file: string, private header: string) {}
  add(line: string): void {
    this.buffer.push(line);
    if (this.buffer.length >= ROWS_PER_WRITE) this.flush();
  }
  flush(): void {
    this.fd ??= openSync(this.file, 'w');
    if (this.header) { writeSync(this.fd, `${this.header}\n`); this.header = ''; }
    if (this.buffer.length) writeSync(this.fd, `${this.buffer.join('\n')}\n`);
    this.buffer = [];
  }
  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

/**
 * Writes the CSV files of `sources` (in order; all their records together must form one consistent
 * dataset, as for the loader) into `dir`.
 * @throws Error for a value the importer would store differently from the loader (an empty string or list).
 */
export function writeImportCsv(dir: string, sources: Iterable<ImportSource>): ImportFiles {
  const files = new Map<string, CsvFile>();
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const state = { multiline: false };
  const fileFor = (key: string, header: () => string) => {
    let f = files.get(key);
    if (!f) files.set(key, (f = new CsvFile(path.join(dir, `${key}.csv`), header())));
    return f;
  };
  for (const { dataset, synthetic } of sources) {
    for (const group of toLazyWriteGroups(dataset, synthetic)) {
      const { target } = group;
      for (let start = 0; start < group.size; start += ROWS_PER_WRITE) {
        for (const row of group.rowsAt(start, start + ROWS_PER_WRITE)) writeRow(row, target, fileFor, state);
      }
      counts[group.kind] += group.size;
    }
  }
  const args: string[] = [];
  for (const [key, f] of files) {
    f.close();
    args.push(`--${key.startsWith('nodes-') ? 'nodes' : 'relationships'}=${key.slice(key.indexOf('-') + 1)}=${f.file}`);
  }
  return { args, counts, multiline: state.multiline };
}

type State = { multiline: boolean };

function writeRow(row: Row, target: Target, fileFor: (key: string, header: () => string) => CsvFile, state: State): void {
  if ('rel' in target) {
    const header = () => [`:START_ID(${target.from})`, `:END_ID(${target.to})`, 'id', ...target.props.map(typed)].join(',');
    fileFor(`rels-${target.rel}`, header).add([cell(row.from, state), cell(row.to, state), cell(row.id, state), ...target.props.map((p) => cell(row.props[p], state))].join(','));
    return;
  }
  const header = () => [`id:ID(${target.node})`, ...target.props.map(typed)].join(',');
  fileFor(`nodes-${target.node}`, header).add([cell(row.id, state), ...target.props.map((p) => cell(row.props[p], state))].join(','));
  if (target.postOf && row.link) {
    const link = (target.link ?? []).filter((p) => p !== 'id');
    const linkHeader = () => [`:START_ID(${target.node})`, ':END_ID(Unit)', 'id', ...link.map(typed)].join(',');
    fileFor('rels-POST_OF', linkHeader).add([cell(row.id, state), cell(row.to, state), cell(row.link.id, state), ...link.map((p) => cell(row.link![p], state))].join(','));
  }
}

function typed(prop: string): string {
  return TYPES[prop] ? `${prop}:${TYPES[prop]}` : prop;
}

/** One CSV field: empty for null (no property, as the loader's CREATE of a null), quoted strings. */
function cell(v: unknown, state: State): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Neo4jDate) return v.toString();
  if (Array.isArray(v)) {
    // The importer reads an empty field as no property; to-rows.ts gives null, not [], for no sources.
    if (!v.length || v.some((x) => typeof x !== 'string' || x === '' || x.includes(';'))) throw new Error('the bulk import writes non-empty lists of ids only (no empty id, no \';\')');
    return quote(v.join(';'), state);
  }
  if (typeof v !== 'string') throw new Error(`the bulk import cannot write ${typeof v} values`);
  // The importer reads an empty field as no property: the loader would store ''. Validation forbids empty texts.
  if (v === '') throw new Error('the bulk import cannot write an empty string; load this dataset with the normal loader');
  return quote(v, state);
}

function quote(s: string, state: State): string {
  if (s.includes('\n') || s.includes('\r')) state.multiline = true;
  return `"${s.includes('"') ? s.replaceAll('"', '""') : s}"`;
}

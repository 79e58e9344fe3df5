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

// Lines are encoded into the file's buffer as they come: a line kept as text until a bigger write
// outlived young-generation collections (a third of the CSV stage was garbage collection).
const BUFFER_BYTES = 1 << 20;

/** One output file of the importer, header first; opened on the first write. */
export class CsvFile {
  private fd: number | undefined;
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  constructor(readonly file: string, header: string) {
    this.add(header);
  }
  add(line: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8, and Buffer.write cuts what does not fit.
    const most = 3 * line.length + 1;
    if (this.used + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) this.buffer = Buffer.allocUnsafe(most);
    }
    this.used += this.buffer.write(line, this.used);
    this.buffer[this.used++] = 0x0a;
  }
  flush(): void {
    this.fd ??= openSync(this.file, 'w');
    if (this.used) writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

/**
 * Writes the CSV files of `sources` (in order; all their records together must form one consistent
 * dataset, as for the loader) into `dir`, named `<nodes|rels>-<label or type>[.<part>].csv`: writers
 * of different `part`s can fill one folder at once (mergeImportFiles joins what they wrote).
 * @throws Error for a value the importer would store differently from the loader (an empty string or list).
 */
export function writeImportCsv(dir: string, sources: Iterable<ImportSource>, part?: string): ImportFiles {
  const files = new Map<string, CsvFile>();
  const counts = zeroKindCounts();
  const state = { multiline: false };
  const fileFor: FileFor = (key, header) => {
    let f = files.get(key);
    if (!f) files.set(key, (f = new CsvFile(csvPath(dir, key, part), header())));
    return f;
  };
  for (const { dataset, synthetic } of sources) {
    for (const group of toLazyWriteGroups(dataset, synthetic)) {
      if (!group.size) continue;
      const write = rowWriter(group.target, fileFor, state);
      for (let start = 0; start < group.size; start += ROWS_PER_WRITE) {
        for (const row of group.rowsAt(start, start + ROWS_PER_WRITE)) write(row);
      }
      counts[group.kind] += group.size;
    }
  }
  return { args: closeFiles(files), counts, multiline: state.multiline };
}

/** Records per kind, all 0. */
export function zeroKindCounts(): Record<Kind, number> {
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
}

/** The file of `key` (`nodes-<Label>` or `rels-<TYPE>`) and `part` in `dir`. */
export function csvPath(dir: string, key: string, part?: string): string {
  return path.join(dir, `${key}${part ? `.${part}` : ''}.csv`);
}

/** Closes `files` (by key, as csvPath) and gives the importer's arguments for them, in order. */
export function closeFiles(files: Map<string, CsvFile>): string[] {
  const args: string[] = [];
  for (const [key, f] of files) {
    f.close();
    args.push(`--${key.startsWith('nodes-') ? 'nodes' : 'relationships'}=${key.slice(key.indexOf('-') + 1)}=${f.file}`);
  }
  return args;
}

/** What several writeImportCsv calls into one folder wrote, as one import (each file keeps its own header). */
export function mergeImportFiles(parts: ImportFiles[]): ImportFiles {
  const counts = Object.fromEntries(KINDS.map((k) => [k, parts.reduce((n, p) => n + p.counts[k], 0)])) as Record<Kind, number>;
  return { args: parts.flatMap((p) => p.args), counts, multiline: parts.some((p) => p.multiline) };
}

/** What the writing of a set of files found: whether some text holds a line break. */
export type CsvState = { multiline: boolean };

type FileFor = (key: string, header: () => string) => CsvFile;

/**
 * Writes the rows of one target: the files, columns and headers are settled once per group, not per
 * row. Each column remembers its last value's text: generated rows share their citations, dates
 * and lists (to-rows.ts makes each once), which are then quoted once.
 */
function rowWriter(target: Target, fileFor: FileFor, state: CsvState): (row: Row) => void {
  const columns = (props: readonly string[]) => props.map((p) => ({ p, text: memoCell(state) }));
  if ('rel' in target) {
    const file = fileFor(`rels-${target.rel}`, () => relHeader(target.from, target.to, target.props));
    const cols = columns(target.props);
    return (row) => file.add(line([cell(row.from, state), cell(row.to, state), cell(row.id, state)], cols, row.props));
  }
  const file = fileFor(`nodes-${target.node}`, () => nodeHeader(target.node, target.props));
  const cols = columns(target.props);
  const link = (target.link ?? []).filter((p) => p !== 'id');
  const linkCols = columns(link);
  const linkFile = target.postOf ? fileFor('rels-POST_OF', () => relHeader(target.node, 'Unit', link)) : undefined;
  return (row) => {
    file.add(line([cell(row.id, state)], cols, row.props));
    if (linkFile && row.link) linkFile.add(line([cell(row.id, state), cell(row.to, state), cell(row.link.id, state)], linkCols, row.link));
  };
}

function line(first: string[], cols: { p: string; text: (v: unknown) => string }[], values: Record<string, unknown>): string {
  let text = first.join(',');
  for (const c of cols) text += `,${c.text(values[c.p])}`;
  return text;
}

function memoCell(state: CsvState): (v: unknown) => string {
  let last: unknown = Symbol('none');
  let text = '';
  return (v) => (v === last ? text : (text = cell((last = v), state)));
}

function typed(prop: string): string {
  return TYPES[prop] ? `${prop}:${TYPES[prop]}` : prop;
}

/** The header of a file of `label` nodes with properties `props` (besides id), in order. */
export function nodeHeader(label: string, props: readonly string[]): string {
  return [`id:ID(${label})`, ...props.map(typed)].join(',');
}

/** The header of a file of relationships from `from` to `to` nodes with properties `props` (besides id), in order. */
export function relHeader(from: string, to: string, props: readonly string[]): string {
  return [`:START_ID(${from})`, `:END_ID(${to})`, 'id', ...props.map(typed)].join(',');
}

/**
 * One CSV field: empty for null (no property, as the loader's CREATE of a null), quoted strings.
 * @throws Error for a value the importer would store differently from the loader (an empty string or list).
 */
export function cell(v: unknown, state: CsvState): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Neo4jDate) return dateText(v);
  if (Array.isArray(v)) {
    // The importer reads an empty field as no property; to-rows.ts gives null, not [], for no sources.
    if (!v.length || v.some((x) => typeof x !== 'string' || x === '' || x.includes(';'))) throw new Error('the bulk import writes non-empty lists of ids only (no empty id, no \';\')');
    return quote(v.join(';'), state);
  }
  if (typeof v !== 'string') throw new Error(`the bulk import cannot write ${typeof v} values`);
  return textCell(v, state);
}

/** `cell` of a string. @throws Error for an empty string (the importer would store no property). */
export function textCell(v: string, state: CsvState): string {
  // The importer reads an empty field as no property: the loader would store ''. Validation forbids empty texts.
  if (v === '') throw new Error('the bulk import cannot write an empty string; load this dataset with the normal loader');
  return quote(v, state);
}

// to-rows.ts makes each date once: its text too (Neo4jDate.toString does long arithmetic every time).
const dateTexts = new WeakMap<Neo4jDate<number>, string>();
function dateText(d: Neo4jDate<number>): string {
  let t = dateTexts.get(d);
  if (t === undefined) dateTexts.set(d, (t = d.toString()));
  return t;
}

function quote(s: string, state: CsvState): string {
  if (s.includes('\n') || s.includes('\r')) state.multiline = true;
  return `"${s.includes('"') ? s.replaceAll('"', '""') : s}"`;
}

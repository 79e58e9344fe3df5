/**
 * Writes datasets as the CSV files of Neo4j's offline importer (`neo4j-admin database import full`):
 * one file of nodes per label, one of relationships per type, each with a typed header. The values
 * are the loader's own rows (to-rows.ts), hash included, so a normal load after a bulk import finds
 * every record unchanged.
 *
 * Nodes are given the importer's own node ids (`--id-type=actual`, NodeNumbers): numbers that
 * ascend through the node files in the order of the importer's arguments, so the importer keeps no
 * map of string ids, its biggest cost before (bench/README.md, "Seed load"). A record's own `id` is
 * an ordinary property column.
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
  date: 'date', validFrom: 'date', validTo: 'date', startDate: 'date', endDate: 'date', firstAttested: 'date', lastAttested: 'date',
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

/** Options of writeImportCsv. */
export interface WriteImportOptions {
  /** Names the files `<nodes|rels>-<label or type>.<part>.csv`, so writers of different parts can fill one folder at once. */
  part?: string;
  /** The node ids of `sources` (numberNodes); default numberNodes(sources), from 0. */
  numbers?: NodeNumbers;
}

/**
 * Writes the CSV files of `sources` (in order; all their records together must form one consistent
 * dataset, as for the loader) into `dir`, named `<nodes|rels>-<label or type>[.<part>].csv`
 * (mergeImportFiles joins what several writers wrote). Node ids are `opts.numbers`.
 * @throws Error for a value the importer would store differently from the loader (an empty string or
 * list), or a reference to a node that is neither in `sources` nor found by the numbers' `outside`.
 */
export function writeImportCsv(dir: string, sources: readonly ImportSource[], opts: WriteImportOptions = {}): ImportFiles {
  const numbers = opts.numbers ?? numberNodes(sources);
  const files = new Map<string, CsvFile>();
  const counts = zeroKindCounts();
  const state = { multiline: false };
  const fileFor: FileFor = (key, header) => {
    let f = files.get(key);
    if (!f) files.set(key, (f = new CsvFile(csvPath(dir, key, opts.part), header())));
    return f;
  };
  for (const { dataset, synthetic } of sources) {
    for (const group of toLazyWriteGroups(dataset, synthetic)) {
      if (!group.size) continue;
      const write = rowWriter(group.target, fileFor, state, numbers);
      for (let start = 0; start < group.size; start += ROWS_PER_WRITE) {
        for (const row of group.rowsAt(start, start + ROWS_PER_WRITE)) write(row);
      }
      counts[group.kind] += group.size;
    }
  }
  return { args: closeFiles(files), counts, multiline: state.multiline };
}

/** Finds the importer's node id of a node by label and id. */
export interface NodeLookup {
  numberOf(label: string, id: string): number | undefined;
}

/**
 * The importer's node ids of a set of datasets (`--id-type=actual`): numbers from `first` on, file by
 * file in the order writeImportCsv opens its node files (a label's file when the label first comes),
 * and row by row within a file. Ids of other writers' nodes (a generated part's, the cited core's)
 * are asked of `outside`.
 */
export class NodeNumbers implements NodeLookup {
  private readonly byLabel = new Map<string, Map<string, number>>();
  /** One past the last number given. */
  end: number;

  constructor(first: number, private readonly outside?: NodeLookup) {
    this.end = first;
  }

  /** Gives the next number to `id` of `label`. @throws Error when `id` already has one (a duplicate id). */
  add(label: string, id: string): void {
    let ids = this.byLabel.get(label);
    if (!ids) this.byLabel.set(label, (ids = new Map()));
    if (ids.has(id)) throw new Error(`the bulk import was given the ${label} '${id}' twice: check the dataset (npm run seed -- --check)`);
    ids.set(id, this.end++);
  }

  numberOf(label: string, id: string): number | undefined {
    return this.byLabel.get(label)?.get(id) ?? this.outside?.numberOf(label, id);
  }

  /** numberOf, or an Error that names the missing node. */
  require(label: string, id: string): number {
    const n = this.numberOf(label, id);
    if (n === undefined) throw new Error(`the bulk import found a reference to the ${label} '${id}', which is in none of its files: load the dataset that holds it in the same import`);
    return n;
  }
}

/** The node ids writeImportCsv gives the nodes of `sources` (see NodeNumbers). */
export function numberNodes(sources: readonly ImportSource[], first = 0, outside?: NodeLookup): NodeNumbers {
  // The files in the order writeImportCsv opens them, and the groups that fill each, in write order.
  const files = new Map<string, { kind: Kind; dataset: Dataset }[]>();
  for (const { dataset, synthetic } of sources) {
    for (const group of toLazyWriteGroups(dataset, synthetic)) {
      if (!group.size || !('node' in group.target)) continue;
      const label = group.target.node;
      let groups = files.get(label);
      if (!groups) files.set(label, (groups = []));
      groups.push({ kind: group.kind, dataset });
    }
  }
  const numbers = new NodeNumbers(first, outside);
  for (const [label, groups] of files) {
    for (const { kind, dataset } of groups) {
      for (const r of dataset[kind] as readonly { value: { id: string } }[]) numbers.add(label, r.value.id);
    }
  }
  return numbers;
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
function rowWriter(target: Target, fileFor: FileFor, state: CsvState, numbers: NodeNumbers): (row: Row) => void {
  const columns = (props: readonly string[]) => props.map((p) => ({ p, text: memoCell(state) }));
  if ('rel' in target) {
    const file = fileFor(`rels-${target.rel}`, () => relHeader(target.props));
    const cols = columns(target.props);
    return (row) => file.add(line([`${numbers.require(target.from, row.from!)},${numbers.require(target.to, row.to!)}`, cell(row.id, state)], cols, row.props));
  }
  const file = fileFor(`nodes-${target.node}`, () => nodeHeader(target.props));
  const cols = columns(target.props);
  const link = (target.link ?? []).filter((p) => p !== 'id');
  const linkCols = columns(link);
  const linkFile = target.postOf ? fileFor('rels-POST_OF', () => relHeader(link)) : undefined;
  return (row) => {
    const n = numbers.require(target.node, row.id);
    file.add(line([String(n), cell(row.id, state)], cols, row.props));
    if (linkFile && row.link) linkFile.add(line([`${n},${numbers.require('Unit', row.to!)}`, cell(row.link.id, state)], linkCols, row.link));
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

/**
 * The header of a file of nodes with properties `props` (besides id), in order: the importer's node
 * id first (not stored), then the record's id. The label is the importer's argument (`--nodes=Label=file`).
 */
export function nodeHeader(props: readonly string[]): string {
  return [':ID', 'id', ...props.map(typed)].join(',');
}

/** The header of a file of relationships with properties `props` (besides id), in order: its ends are node ids (NodeNumbers). */
export function relHeader(props: readonly string[]): string {
  return [':START_ID', ':END_ID', 'id', ...props.map(typed)].join(',');
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

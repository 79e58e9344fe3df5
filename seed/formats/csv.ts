/**
 * CSV: one file per kind (units.csv, edges.csv for relations, posts.csv, holdings.csv, persons.csv,
 * events.csv, sources.csv), one row per record, one column per field of seed/README.md, plus
 * `synthetic` and `citations` (the citations as a JSON array, so a quote is never split from its
 * source). An empty cell is an absent field. Quoting is csv-stringify's (RFC 4180).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Kind } from '../loader';
import type { GraphRecords, ImportItem } from './graph-records';

/** The file of each kind and its columns, in order. */
export const CSV_FILES: { kind: Kind; file: string; columns: string[] }[] = [
  { kind: 'sources', file: 'sources.csv', columns: ['id', 'file', 'title', 'date', 'dateNote', 'publisher', 'url'] },
  { kind: 'units', file: 'units.csv', columns: ['id', 'name', 'nameVi', 'abbreviation', 'kind', 'jurisdiction', 'validFrom', 'validTo', 'synthetic', 'citations'] },
  { kind: 'events', file: 'events.csv', columns: ['id', 'name', 'nameVi', 'kind', 'startDate', 'endDate', 'synthetic', 'citations'] },
  { kind: 'persons', file: 'persons.csv', columns: ['id', 'name', 'nameVi', 'rank', 'synthetic', 'citations'] },
  { kind: 'posts', file: 'posts.csv', columns: ['id', 'title', 'titleVi', 'unit', 'leads', 'collective', 'synthetic', 'citations'] },
  { kind: 'holdings', file: 'holdings.csv', columns: ['id', 'person', 'post', 'rank', 'validFrom', 'validTo', 'note', 'synthetic', 'citations'] },
  { kind: 'relations', file: 'edges.csv', columns: ['id', 'type', 'from', 'to', 'validFrom', 'validTo', 'note', 'synthetic', 'citations'] },
];

const BOOLEAN_COLUMNS = new Set(['leads', 'collective', 'synthetic']);

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** The CSV text of each file (file name -> text), header row first; every file is written, even empty. */
export function toCsv(g: GraphRecords): Map<string, string> {
  const out = new Map<string, string>();
  for (const { kind, file, columns } of CSV_FILES) {
    const rows = (g.records[kind] as Record<string, unknown>[]).map((rec) =>
      columns.map((c) => (c === 'synthetic' ? (g.synthetic.has(rec.id as string) ? 'true' : '') : cell(rec[c]))));
    out.set(file, stringify(rows, { header: true, columns, record_delimiter: 'unix' }));
  }
  return out;
}

/** Thrown when a CSV file cannot be read as CSV at all; the message names the file and line. */
export class CsvFormatError extends Error {}

function fromCell(column: string, v: string): unknown {
  if (v === '') return undefined;
  if (BOOLEAN_COLUMNS.has(column) && (v === 'true' || v === 'false')) return v === 'true';
  if (column === 'citations') {
    try {
      return JSON.parse(v);
    } catch {
      return v; // the loader's schema reports "must be a list" at this record and column
    }
  }
  return v;
}

/**
 * Reads the CSV files of `dir` (those present; at least one) into import items. Cells are text; the
 * loader's checks then report bad values, unknown columns and missing fields with file and line.
 * @throws CsvFormatError when no file is there or a file is not parseable CSV.
 */
export async function fromCsv(dir: string): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  const present = CSV_FILES.filter(({ file }) => existsSync(path.join(dir, file)));
  if (!present.length) throw new CsvFormatError(`${dir}: no CSV files; expected some of ${CSV_FILES.map((f) => f.file).join(', ')}`);
  for (const { kind, file: name } of present) {
    const file = path.resolve(dir, name);
    let rows: { record: Record<string, string>; info: { lines: number } }[];
    try {
      rows = parse(await readFile(file, 'utf8'), { columns: true, info: true, skip_empty_lines: true, bom: true });
    } catch (err) {
      throw new CsvFormatError(`${file}: not readable as CSV (${(err as Error).message}); fix the quoting on that line`);
    }
    rows.forEach(({ record, info }, index) => {
      const data: Record<string, unknown> = {};
      for (const [column, v] of Object.entries(record)) {
        if (column === 'synthetic') continue;
        const value = fromCell(column, v);
        if (value !== undefined) data[column] = value;
      }
      items.push({ kind, data, file, index, line: info.lines, synthetic: record.synthetic === 'true' });
    });
  }
  return items;
}

/**
 * Import and export of the graph in other formats (seed/README.md `formats/`): Popolo JSON and CSV
 * both ways, the W3C Organization Ontology as JSON-LD out only. Export reads Neo4j (optionally only
 * ids under a prefix); import goes through the loader's checks and writer, so bad input gets the
 * loader's messages and nothing is written. The CLIs are seed/export.ts and seed/import.ts.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { LoadSummary, WriteOptions } from '../loader';
import { fromCsv, toCsv } from './csv';
import type { ImportItem } from './graph-records';
import { importItems } from './import-records';
import { toOrgJsonLd } from './org-jsonld';
import { fromPopolo, toPopolo } from './popolo';
import { readGraph } from './read-graph';

export { readGraph, type ReadOptions, type ReadResult } from './read-graph';
export { toPopolo, fromPopolo, PopoloFormatError, type PopoloDocument } from './popolo';
export { toCsv, fromCsv, CsvFormatError, CSV_FILES } from './csv';
export { toOrgJsonLd, orgContext, DEFAULT_BASE_IRI } from './org-jsonld';
export { validateItems, importItems, ImportInvalidError, type ImportValidation } from './import-records';
export type { GraphRecords, ImportItem, RecordSet } from './graph-records';

/** The formats export writes. */
export const EXPORT_FORMATS = ['popolo', 'csv', 'org-jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats import reads. */
export const IMPORT_FORMATS = ['popolo', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Options of exportGraph. */
export interface ExportOptions {
  /** Only the nodes whose id starts with this, the relationships between them and the sources they cite. */
  idPrefix?: string;
  /** org-jsonld: the base of minted IRIs (default urn:command-graph:). */
  baseIri?: string;
}

/** What an export wrote. */
export interface ExportResult {
  files: string[];
  records: number;
  /** Stored properties no format carries (see readGraph), for a warning. */
  unmapped: string[];
}

/**
 * Exports the graph (or the part under `opts.idPrefix`) as `format` to `out`: a file for popolo and
 * org-jsonld, a folder (created when missing) for csv. Throws the driver's or the file system's error.
 */
export async function exportGraph(driver: Driver, database: string, format: ExportFormat, out: string, opts: ExportOptions = {}): Promise<ExportResult> {
  const graph = await readGraph(driver, database, { idPrefix: opts.idPrefix });
  const records = Object.values(graph.records).reduce((n, l) => n + l.length, 0);
  const files: string[] = [];
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, 'utf8');
    files.push(file);
  };
  if (format === 'csv') {
    for (const [name, text] of toCsv(graph)) await write(path.join(out, name), text);
  } else {
    const doc = format === 'popolo' ? toPopolo(graph, opts.idPrefix) : toOrgJsonLd(graph, opts.baseIri);
    await write(out, `${JSON.stringify(doc, null, 2)}\n`);
  }
  return { files, records, unmapped: graph.unmapped };
}

/**
 * Reads an import input: a Popolo JSON file, or a folder of CSV files.
 * @throws PopoloFormatError or CsvFormatError when the input cannot be parsed at all.
 */
export async function readImportInput(format: ImportFormat, input: string): Promise<ImportItem[]> {
  const full = path.resolve(input);
  return format === 'csv' ? fromCsv(full) : fromPopolo(await readFile(full, 'utf8'), full);
}

/**
 * Imports `input` (see readImportInput) into `database` through the loader's checks and writer.
 * @throws ImportInvalidError listing every problem; nothing written.
 */
export async function importGraph(
  driver: Driver, database: string, format: ImportFormat, input: string, opts: WriteOptions & { textDirs?: string[] } = {},
): Promise<LoadSummary> {
  return importItems(driver, database, await readImportInput(format, input), opts);
}

/**
 * The command lines of `npm run export` and `npm run import`: their options and --help texts.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../loader/cli-args';
import { EXPORT_FORMATS, IMPORT_FORMATS, type ExportFormat, type ImportFormat } from './index';

// One UsageError for every seed command line, so seed/loader/run-cli.ts maps it to exit 2.
export { UsageError };

export const EXPORT_USAGE = `Usage: npm run export -- --format popolo|csv|org-jsonld --out PATH [--prefix ID_PREFIX]

Writes the graph in Neo4j as Popolo JSON (a file), CSV (a folder: units.csv, edges.csv, posts.csv,
holdings.csv, persons.csv, events.csv, sources.csv) or W3C Organization Ontology JSON-LD (a file).

Options:
  --format F        popolo, csv or org-jsonld
  --out PATH        the file (popolo, org-jsonld) or folder (csv) to write
  --prefix P        only the records whose id starts with P (and the sources they cite)
  --base-iri IRI    org-jsonld: the base of the IRIs minted for records (default urn:command-graph:)
  -h, --help        show this help

Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; with NEO4J_URI empty the project's
own Neo4j is started (as npm run seed does) and stopped at the end.
Exit status: 0 done, 1 an error, 2 a bad command line.`;

export const IMPORT_USAGE = `Usage: npm run import -- --format popolo|csv PATH [--dry-run]

Reads a Popolo JSON file or a folder of CSV files (as npm run export writes them), checks every record
with the seed loader's rules (reporting every problem at once; nothing is written when there is one)
and writes them to Neo4j, idempotently, by id.

Options:
  --format F        popolo or csv
  --dry-run         show what would be created / updated / unchanged; write nothing
  --text-dir DIR    another folder holding the sources' article texts (repeatable); a text/ folder
                    beside PATH and ../shared/seeds are always looked in
  -h, --help        show this help

Connection: as npm run seed. Exit status: 0 done, 1 problems in the input or an error, 2 a bad command line.`;

function parse(argv: string[], options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; run with --help to see the options`);
  }
}

function format<T extends string>(value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got ${value === undefined ? 'nothing' : `'${String(value)}'`})`);
  }
  return value as T;
}

/** What `npm run export` was asked. @throws UsageError */
export function parseExportArgs(argv: string[]): { help: true } | { help: false; format: ExportFormat; out: string; idPrefix?: string; baseIri?: string } {
  const { values: v, positionals } = parse(argv, {
    format: { type: 'string' }, out: { type: 'string' }, prefix: { type: 'string' }, 'base-iri': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (v.help) return { help: true };
  if (positionals.length) throw new UsageError(`unexpected '${positionals[0]}'; give the output with --out PATH`);
  const fmt = format(v.format, EXPORT_FORMATS);
  if (typeof v.out !== 'string' || !v.out) throw new UsageError('--out PATH is required: the file (or, for csv, folder) to write');
  return { help: false, format: fmt, out: v.out, idPrefix: v.prefix as string | undefined, baseIri: v['base-iri'] as string | undefined };
}

/** What `npm run import` was asked. @throws UsageError */
export function parseImportArgs(argv: string[]): { help: true } | { help: false; format: ImportFormat; input: string; dryRun: boolean; textDirs: string[] } {
  const { values: v, positionals } = parse(argv, {
    format: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, 'text-dir': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (v.help) return { help: true };
  const fmt = format(v.format, IMPORT_FORMATS);
  if (positionals.length !== 1) throw new UsageError(`give exactly one input: the Popolo JSON file or the CSV folder (got ${positionals.length})`);
  return { help: false, format: fmt, input: positionals[0]!, dryRun: v['dry-run'] === true, textDirs: (v['text-dir'] as string[] | undefined) ?? [] };
}

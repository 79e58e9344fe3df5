/**
 * The command line of `npm run seed`: its options and its --help text.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH_SIZE } from './write-dataset';

/** What the command line asked for. */
export interface CliArgs {
  inputs: string[];
  dryRun: boolean;
  reset: boolean;
  yes: boolean;
  check: boolean;
  /** With --check: the report as JSON on stdout. */
  json: boolean;
  progress: boolean;
  batchSize: number;
  bulk: boolean;
  help: boolean;
}

/** Thrown for a command line that cannot be understood; the message says what to type instead. */
export class UsageError extends Error {}

/** The --help text. */
export const USAGE = `Usage: npm run seed -- [options] [files or folders ...]

Validates the dataset (default: seed/data/), reports every problem at once (file:line, record, what
to do) and writes nothing when there is one; otherwise writes it to Neo4j, idempotently: running it
again changes nothing.

Options:
  --check           validate, then run the data checks (overlapping holders, gaps in a leading
                    post's succession, lines outside their units' lives, temporary bodies with no
                    end, facts never attested or resting on a note) and print their report by
                    check with file:line; never connects to a database. Exits 1 when a check
                    finds an ERROR (warnings and information do not fail it)
  --json            with --check: print the report as JSON on stdout
  --dry-run         show what would be created / updated / unchanged; write nothing
  --reset           empty the database first (asks y/N on a terminal)
  -y, --yes         confirm --reset without asking (needed when not on a terminal)
  --batch-size N    rows per transaction (default ${DEFAULT_BATCH_SIZE})
  --progress        show the progress counter even when stderr is not a terminal
  --bulk            first load into a NEW database of the project's own Neo4j (NEO4J_URI empty,
                    NEO4J_DATA_DIR a new folder): Neo4j's offline importer, much faster for big loads;
                    see seed/loader/bulk-import.ts
  -h, --help        show this help

Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. With NEO4J_URI empty the loader
starts the project's own Neo4j (NEO4J_DATA_DIR, NEO4J_BOLT_PORT; 0 picks a free port) and stops it
at the end.
Exit status: 0 done, 1 problems in the data (with --check: or a check's ERROR) or an error, 2 a bad
command line.`;

/**
 * Parses `argv` (without node and the script).
 * @throws UsageError for an unknown option or a bad --batch-size.
 */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        check: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        reset: { type: 'boolean', default: false },
        yes: { type: 'boolean', short: 'y', default: false },
        progress: { type: 'boolean', default: false },
        'batch-size': { type: 'string' },
        bulk: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; run with --help to see the options`);
  }
  const { values: v, positionals } = parsed;
  const batchSize = v['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(v['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1_000_000) {
    throw new UsageError(`--batch-size must be a whole number from 1 to 1000000 (got '${v['batch-size']}')`);
  }
  if (v.bulk && (v['dry-run'] || v.reset || v.check)) {
    throw new UsageError('--bulk loads an empty database: it does not go with --dry-run, --reset or --check');
  }
  if (v.json && !v.check) throw new UsageError('--json is the format of the --check report: add --check');
  return {
    inputs: positionals,
    dryRun: v['dry-run'],
    reset: v.reset,
    yes: v.yes,
    check: v.check,
    json: v.json,
    progress: v.progress,
    batchSize,
    bulk: v.bulk,
    help: v.help,
  };
}

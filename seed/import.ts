/**
 * `npm run import -- --format popolo|csv PATH [--dry-run]`: reads a Popolo JSON file or a CSV folder,
 * checks it with the seed loader's rules and writes it with the loader's writer (seed/formats/).
 * Every problem is printed at once and nothing is written when there is one. `--help` for the options.
 */
import { loadConfig } from '../api/src/config';
import { describeDbError, formatProblem, formatSummary, withNeo4j } from './loader';
import { CsvFormatError, ImportInvalidError, importItems, PopoloFormatError, readImportInput, validateItems } from './formats';
import { IMPORT_USAGE, parseImportArgs } from './formats/cli-args';
import { runCli } from './loader/run-cli';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (args.help) {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const items = await readImportInput(args.format, args.input);
  // Check before connecting, so bad input never waits for a database.
  const { problems } = await validateItems(items, args.textDirs);
  if (problems.length) {
    for (const p of problems) log(formatProblem(p));
    log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the input; nothing was written. Fix them and run again.`);
    return 1;
  }
  log(`Checked ${items.length} records: no problems.`);
  try {
    const summary = await withNeo4j(config, log, (db) =>
      importItems(db.driver, db.database, items, { dryRun: args.dryRun, textDirs: args.textDirs, log }));
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } catch (err) {
    const message = describeDbError(err, config);
    if (message) {
      log(`${message} (Batches finished before this stay written; running again completes the import.)`);
      return 1;
    }
    throw err;
  }
}

runCli(main, {
  what: 'import',
  userErrors: [PopoloFormatError, CsvFormatError],
  report: (err, print) => {
    if (!(err instanceof ImportInvalidError)) return false;
    for (const p of err.problems) print(formatProblem(p));
    return true;
  },
}, log);

/**
 * `npm run seed -- [options] [files or folders]`: validates the dataset (default seed/data/), prints
 * every problem and exits 1 when there is one; otherwise connects to Neo4j (the project's own, started
 * here, when NEO4J_URI is empty), applies the schema and writes the dataset. `--help` for the options.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../api/src/config';
import { parseCliArgs, USAGE, type CliArgs } from './loader/cli-args';
import { runCli, UserError } from './loader/run-cli';
import { confirmReset } from './loader/confirm-reset';
import { bulkImport, BulkImportError, finishBulkImport, pendingBulkImport } from './loader/bulk-import';
import { zeroCounts } from './loader/write-dataset';
import { createDb } from '../api/src/db/driver';
import { useNeo4j } from '../api/src/db/project-neo4j';
import {
  describeDbError, formatProblem, formatSummary, KINDS, progressPrinter, validateDataset, withNeo4j, writeDataset, type Dataset,
} from './loader';

const DEFAULT_INPUT = path.join(__dirname, 'data');
const log = (line: string) => process.stderr.write(`${line}\n`);


async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const inputs = args.inputs.length ? args.inputs : [DEFAULT_INPUT];
  const showProgress = process.stderr.isTTY || args.progress;
  if (showProgress) log(`Checking ${inputs.join(', ')}...`);
  const { dataset, problems, files } = await validateDataset(inputs);
  if (problems.length) {
    for (const p of problems) log(formatProblem(p));
    log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the dataset; nothing was written. Fix them and run again.`);
    return 1;
  }
  const records = Object.values(dataset).reduce((n, list) => n + list.length, 0);
  const megabytes = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
  log(`Checked ${records} records in ${files.length} files (${megabytes.toFixed(1)} MB): no problems.`);
  if (args.check) return 0;
  if (args.reset && !args.dryRun) {
    const where = `database '${config.neo4jDatabase}' at ${config.neo4jUri || `the project's own Neo4j (${config.neo4jDataDir})`}`;
    const decision = await confirmReset(where, args.yes, { input: process.stdin, output: process.stderr });
    if (!decision.ok) {
      log(decision.message);
      return 1;
    }
  }
  if (args.bulk) await bulkWrite(config, dataset);
  else await write(config, dataset, args, showProgress);
  return 0;
}

/** --bulk: Neo4j's offline importer into the project's own, stopped, empty database (seed/loader/bulk-import.ts). */
async function bulkWrite(config: Config, dataset: Dataset): Promise<void> {
  if (config.neo4jUri) throw new UserError('--bulk imports into the project\'s own Neo4j: leave NEO4J_URI empty, or load without --bulk');
  const started = Date.now();
  const home = config.neo4jDataDir;
  const pending = pendingBulkImport(home);
  if (pending && 'broken' in pending) {
    throw new UserError(`An earlier bulk import into ${home} was stopped while the importer ran: remove that folder and run again, or load without --bulk.`);
  }
  if (pending) log('An earlier bulk import was not finished: finishing it (nothing is imported again).');
  else {
    try {
      await bulkImport({ neo4jHome: home, database: config.neo4jDatabase, log }, [{ dataset, synthetic: false }]);
    } catch (err) {
      if (err instanceof BulkImportError) throw new UserError(err.message);
      throw err;
    }
  }
  const { config: running, neo4j } = await useNeo4j(config, log);
  const db = createDb(running);
  try {
    await finishBulkImport(db.driver, db.database, home, log);
  } finally {
    await db.close();
    await neo4j?.stop();
  }
  const counts = zeroCounts();
  for (const kind of KINDS) counts[kind].created = pending ? 0 : dataset[kind].length;
  const rows = KINDS.reduce((n, k) => n + dataset[k].length, 0);
  process.stdout.write(`${formatSummary({ counts, rows, ms: Date.now() - started, dryRun: false, reset: false })}\n`);
}

async function write(config: Config, dataset: Dataset, args: CliArgs, showProgress: boolean): Promise<void> {
  try {
    await withNeo4j(config, log, async (db) => {
      const progress = showProgress ? progressPrinter(process.stderr) : undefined;
      const summary = await writeDataset(db.driver, db.database, dataset, {
        dryRun: args.dryRun, reset: args.reset, batchSize: args.batchSize, log,
        onProgress: progress && ((done, total) => progress.update(done, total)),
      });
      progress?.done();
      process.stdout.write(`${formatSummary(summary)}\n`);
    });
  } catch (err) {
    const message = describeDbError(err, config);
    if (message) throw new UserError(`${message} (Batches finished before this stay written; running again completes the load.)`);
    throw err;
  }
}

runCli(main, { what: 'load' }, log);

/**
 * `npm run seed -- [options] [files or folders]`: validates the dataset (default seed/data/), prints
 * every problem and exits 1 when there is one; otherwise connects to Neo4j (the project's own, started
 * here, when NEO4J_URI is empty), applies the schema and writes the dataset. With `--check` it writes
 * nothing and needs no database: it runs the data checks and prints their report (exit 1 on an ERROR).
 * `--help` for the options.
 */
import { statSync } from 'node:fs';
import { loadConfig, type Config } from '../api/src/config';
import { parseCliArgs, USAGE, type CliArgs } from './loader/cli-args';
import { runCli, UserError } from './loader/run-cli';
import { confirmReset } from './loader/confirm-reset';
import { bulkImport, BulkImportError, runBulkLoad } from './loader/bulk-import';
import { checkDataset, checkReportJson, formatCheckReport } from './loader/check-report';
import { zeroCounts } from './loader/write-dataset';
import {
  CITED_DATASET_DIR, describeDbError, formatProblem, formatSummary, KINDS, progressPrinter, validateDataset, withNeo4j, writeDataset, type Dataset,
} from './loader';

const log = (line: string) => process.stderr.write(`${line}\n`);


async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const inputs = args.inputs.length ? args.inputs : [CITED_DATASET_DIR];
  const showProgress = process.stderr.isTTY || args.progress;
  if (showProgress) log(`Checking ${inputs.join(', ')}...`);
  const { dataset, problems, files } = await validateDataset(inputs);
  if (problems.length) {
    for (const p of problems) log(formatProblem(p));
    if (args.json) process.stdout.write(`${JSON.stringify({ problems }, null, 2)}\n`);
    log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the dataset; nothing was written. Fix them and run again.`);
    return 1;
  }
  const records = Object.values(dataset).reduce((n, list) => n + list.length, 0);
  const megabytes = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
  log(`Checked ${records} records in ${files.length} files (${megabytes.toFixed(1)} MB): no problems.`);
  if (args.check) {
    const report = checkDataset(dataset);
    process.stdout.write(`${args.json ? checkReportJson(report) : formatCheckReport(report)}\n`);
    return report.errors ? 1 : 0;
  }
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
  const started = Date.now();
  let summary;
  try {
    summary = await runBulkLoad(config, log, (target) => bulkImport(target, [{ dataset, synthetic: false }]));
  } catch (err) {
    if (err instanceof BulkImportError) throw new UserError(err.message);
    throw err;
  }
  // An earlier import only finished: nothing created now.
  const rows = KINDS.reduce((n, k) => n + dataset[k].length, 0);
  process.stdout.write(`${formatSummary(summary ?? { counts: zeroCounts(), rows, ms: Date.now() - started, dryRun: false, reset: false })}\n`);
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

/**
 * `npm run export -- --format popolo|csv|org-jsonld --out PATH [--prefix ID_PREFIX]`: writes the graph
 * in Neo4j in another format (seed/formats/). `--help` for the options.
 */
import { ConfigError, loadConfig } from '../api/src/config';
import { Neo4jSetupError } from '../db/neo4j';
import { exportGraph } from './formats';
import { describeDbError, withNeo4j } from './loader';
import { EXPORT_USAGE, parseExportArgs, UsageError } from './formats/cli-args';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const args = parseExportArgs(argv);
  if (args.help) {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  try {
    const result = await withNeo4j(config, log, (db) =>
      exportGraph(db.driver, db.database, args.format, args.out, { idPrefix: args.idPrefix, baseIri: args.baseIri }));
    for (const u of result.unmapped) log(`warning: ${u} is not part of the model and was not exported`);
    log(`Exported ${result.records} records as ${args.format} to ${result.files.join(', ')}`);
    return 0;
  } catch (err) {
    const message = describeDbError(err, config);
    if (message) {
      log(message);
      return 1;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof UsageError) {
      log(err.message);
      process.exitCode = 2;
    } else if (err instanceof ConfigError || err instanceof Neo4jSetupError) {
      log(err.message);
      process.exitCode = 1;
    } else {
      log(`The export failed unexpectedly (a bug; please report it with this output):\n${err instanceof Error ? err.stack : String(err)}`);
      process.exitCode = 1;
    }
  },
);

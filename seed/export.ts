/**
 * `npm run export -- --format popolo|csv|org-jsonld --out PATH [--prefix ID_PREFIX]`: writes the graph
 * in Neo4j in another format (seed/formats/). `--help` for the options.
 */
import { loadConfig } from '../api/src/config';
import { exportGraph } from './formats';
import { describeDbError, withNeo4j } from './loader';
import { EXPORT_USAGE, parseExportArgs } from './formats/cli-args';
import { runCli } from './loader/run-cli';

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

runCli(main, { what: 'export' }, log);

/**
 * `npm run seed:generate -- --units N [--seed S] [--prefix P] (--out DIR | --load | --bulk)`: a
 * deterministic, synthetic nationwide structure around the cited core (seed/generator/). With --out,
 * dataset files (load them with `npm run seed -- seed/data DIR`); with --load, written straight to
 * Neo4j through the loader's writeDataset, marked synthetic (the cited dataset must be loaded first:
 * it hangs under `mps`); with --bulk, the cited dataset and the structure imported together as a new
 * database of the project's own Neo4j (seed/generator/bulk-generated.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../api/src/config';
import { applySchema } from '../api/src/db/apply-schema';
import { createDb } from '../api/src/db/driver';
import { Neo4jSetupError, startEmbeddedNeo4j, type RunningNeo4j } from '../db/neo4j';
import { DEFAULT_BATCH_SIZE, formatSummary, progressPrinter } from './loader';
import { BulkImportError, runBulkLoad } from './loader/bulk-import';
import { loadGenerated, MissingRootError, NATURAL_UNITS, planShape, writeYaml, type GenerateOptions } from './generator';
import { bulkImportGenerated } from './generator/bulk-generated';

const USAGE = `Usage: npm run seed:generate -- --units N [--seed S] [--prefix P] (--out DIR | --load | --bulk)

Generates a synthetic command structure of about N units (default ${NATURAL_UNITS}, the country's
shape: ~30 ministry departments, 63 -> 34 provinces on 2025-07-01, ~700 districts until 2025-03-01,
~10,000 -> ~3,300 communes), the same for the same seed. Every record is marked synthetic.

Options:
  --units N         about how many units (communes and departments scale; up to 2000000)
  --seed S          PRNG seed, a whole number (default 1)
  --prefix P        id prefix (default gen-); must end in '-'
  --root ID         the unit ministry-level units report to (default mps, from the cited dataset)
  --out DIR         write units.yaml, posts.yaml, persons.yaml, holdings.yaml, relations.yaml into DIR
  --load            write to Neo4j (NEO4J_URI; empty: the project's own Neo4j, like npm run seed)
  --batch-size N    rows per transaction with --load (default ${DEFAULT_BATCH_SIZE})
  --bulk            import the cited dataset (seed/data) and the structure together as a NEW
                    database of the project's own Neo4j (NEO4J_URI empty, NEO4J_DATA_DIR a folder
                    without a database yet) through Neo4j's offline importer, then create the
                    constraints and indexes: the fastest first load (1,000,000 units in under
                    2 minutes on 2 cores). An existing database is refused, never touched.
  -h, --help        show this help`;

class UsageError extends Error {}

function parse(argv: string[]): { gen: GenerateOptions; out?: string; load: boolean; bulk: boolean; batchSize: number } | undefined {
  const { values: v } = parseArgs({ args: argv, strict: true, options: {
    units: { type: 'string' }, seed: { type: 'string' }, prefix: { type: 'string' }, root: { type: 'string' },
    out: { type: 'string' }, load: { type: 'boolean', default: false }, bulk: { type: 'boolean', default: false },
    'batch-size': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false },
  } });
  if (v.help) return undefined;
  if ([v.out !== undefined, v.load, v.bulk].filter(Boolean).length !== 1) throw new UsageError('give one of --out DIR, --load or --bulk; run with --help to see the options');
  const units = v.units === undefined ? NATURAL_UNITS : Number(v.units);
  const seed = v.seed === undefined ? 1 : Number(v.seed);
  const batchSize = v['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(v['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size must be a positive whole number (got '${v['batch-size']}')`);
  const gen: GenerateOptions = { units, seed, ...(v.prefix ? { idPrefix: v.prefix } : {}), ...(v.root ? { rootId: v.root } : {}) };
  return { gen, out: v.out, load: v.load, bulk: v.bulk, batchSize };
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parse(argv);
    if (args) planShape(args.gen.units);
  } catch (err) {
    throw err instanceof UsageError ? err : new UsageError(`${(err as Error).message}; run with --help to see the options`);
  }
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.out) {
    const counts = await writeYaml(path.resolve(args.out), args.gen);
    process.stdout.write(`Wrote ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')} to ${args.out}.\n`);
    return 0;
  }
  if (args.bulk) await bulk(args.gen);
  else await load(args.gen, args.batchSize);
  return 0;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function bulk(gen: GenerateOptions): Promise<void> {
  const config = loadConfig();
  const summary = await runBulkLoad(config, log, (target) => bulkImportGenerated({ ...target, gen }));
  process.stdout.write(summary ? `${formatSummary(summary)}\n` : 'The earlier bulk import is finished.\n');
}

async function load(gen: GenerateOptions, batchSize: number): Promise<void> {
  let config = loadConfig();
  let neo4j: RunningNeo4j | undefined;
  if (!config.neo4jUri) {
    process.stderr.write(`Starting the project's Neo4j (data in ${config.neo4jDataDir}); set NEO4J_URI to use another.\n`);
    neo4j = await startEmbeddedNeo4j({ dataDir: config.neo4jDataDir, host: '127.0.0.1', port: config.neo4jBoltPort,
      user: config.neo4jUser, password: config.neo4jPassword, logFile: path.join(config.neo4jDataDir, 'neo4j-output.log') });
    config = { ...config, neo4jUri: neo4j.uri };
  }
  const db = createDb(config);
  try {
    await applySchema(db.driver, db.database);
    const progress = process.stderr.isTTY ? progressPrinter(process.stderr) : undefined;
    const summary = await loadGenerated(db.driver, db.database, gen, { batchSize, onProgress: progress && ((d, t) => progress.update(d, t)) });
    progress?.done();
    process.stdout.write(`${formatSummary(summary)}\n`);
  } finally {
    await db.close();
    await neo4j?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    const known = err instanceof UsageError || err instanceof MissingRootError || err instanceof ConfigError || err instanceof Neo4jSetupError || err instanceof BulkImportError;
    process.stderr.write(known ? `${(err as Error).message}\n` : `Generation failed unexpectedly (a bug; please report it):\n${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);

/**
 * The loader's bulk mode (`npm run seed -- --bulk`): a first load that creates a NEW database of the
 * project's own Neo4j (a data folder where it does not exist yet), through Neo4j's offline importer
 * (`neo4j-admin database import full`, from the same Maven Central jars as the engine: db/neo4j.ts)
 * instead of transactions; the engine starts only after it. Much faster than the transactional
 * loader on a big first load (bench/README.md, "Seed load").
 * The importer is given node ids, not string ids to map (import-csv.ts NodeNumbers).
 *
 * Same records as the loader: the rows of to-rows.ts (properties and hash), so a normal load run
 * afterwards finds every record unchanged (a record citing no source has no `sourceIds` property in
 * both: the importer cannot write an empty list; schema/model.md). What the importer cannot do is done
 * after it, once the engine runs (finishBulkImport): the constraints and indexes
 * (schema/constraints.cypher) are created over the imported data.
 *
 * Stopped half-way: a marker file in the data folder (BULK_MARKER) says how far it got. A failed or
 * killed import leaves no usable database: `--bulk` then says to remove the folder (or to use the
 * normal loader elsewhere). A load stopped after the import is finished by running `--bulk` again,
 * which only runs finishBulkImport (idempotent). An existing database is never touched: bulkImport
 * refuses before the importer runs.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../api/src/config';
import { applySchema } from '../../api/src/db/apply-schema';
import { createDb } from '../../api/src/db/driver';
import { useNeo4j } from '../../api/src/db/project-neo4j';
import { ensureNeo4jInstalled, NEO4J_LIB, neo4jClassDataSharing } from '../../db/neo4j';
import { mergeImportFiles, numberNodes, writeImportCsv, type ImportFiles, type ImportSource, type NodeNumbers } from './import-csv';
import { zeroCounts, type LoadSummary } from './write-dataset';


/** The file in the data folder that says a bulk import was started and not finished (finishBulkImport removes it). */
export const BULK_MARKER = 'bulk-import-unfinished.json';

type Marker = { state: 'importing' | 'imported' };

/**
 * What an earlier bulk import into `neo4jHome` left to do: `finish` when the import completed but
 * finishBulkImport did not run; `broken` when the importer itself was stopped.
 */
export function pendingBulkImport(neo4jHome: string): { finish: true } | { broken: true } | undefined {
  const file = path.join(neo4jHome, BULK_MARKER);
  if (!existsSync(file)) return undefined;
  const marker = JSON.parse(readFileSync(file, 'utf8')) as Marker;
  return marker.state === 'imported' ? { finish: true } : { broken: true };
}

/** Options of bulkImport. */
export interface BulkImportOptions {
  /** The data folder of the project's own Neo4j (NEO4J_DATA_DIR; db/neo4j.ts `dataDir`), engine stopped. */
  neo4jHome: string;
  /** Database name; default 'neo4j'. */
  database?: string;
  log?: (line: string) => void;
  /**
   * More CSV writers, run while `sources` are written: each is given the work folder and the node ids
   * of `sources` (NodeNumbers, from 0), and writes its own part there with node ids from their `end`
   * on, part after part in this order: the parts of one generated structure
   * (seed/generator/write-csv-parts.ts, worker threads). Default none.
   */
  parts?: ((dir: string, before: NodeNumbers) => Promise<ImportFiles>)[];
}

/** What bulkImport did: the summary of a load (every record created). */
export interface BulkImportResult {
  summary: LoadSummary;
  /** Milliseconds spent writing the CSV files and in the importer. */
  csvMs: number;
  importMs: number;
}

/** Thrown when the bulk import cannot run or fails; the message says what to do. */
export class BulkImportError extends Error {}

/**
 * Imports `sources` (validated datasets, written in order as one) as the new database
 * `opts.database` under `opts.neo4jHome` (a data folder in which that database does not exist yet,
 * the engine stopped). Then start the engine and call finishBulkImport.
 * @throws BulkImportError when the database already exists (nothing is touched) or the importer fails (its last lines in the message).
 */
export async function bulkImport(opts: BulkImportOptions, sources: readonly ImportSource[]): Promise<BulkImportResult> {
  const log = opts.log ?? (() => {});
  const database = opts.database ?? 'neo4j';
  // The importer writes only a database that does not exist yet; asked to, it overwrites one. Check first.
  if (existsSync(path.join(opts.neo4jHome, 'data', 'databases', database))) {
    throw new BulkImportError(`the database '${database}' already exists in ${opts.neo4jHome}: the bulk mode imports into a new data folder only; ` +
      'use the normal loader (without --bulk), or point NEO4J_DATA_DIR at a new folder');
  }
  ensureNeo4jInstalled(log);
  mkdirSync(opts.neo4jHome, { recursive: true });
  const work = mkdtempSync(path.join(opts.neo4jHome, 'bulk-import-'));
  const started = Date.now();
  try {
    const numbers = numberNodes(sources);
    const parts = (opts.parts ?? []).map((write) => write(work, numbers));
    let main: ImportFiles;
    try {
      main = writeImportCsv(work, sources, { numbers });
    } finally {
      await Promise.allSettled(parts); // the work folder is removed below only once no part writes to it
    }
    const files = mergeImportFiles([main, ...await Promise.all(parts)]);
    const csvMs = Date.now() - started;
    log(`Bulk import: CSV files written in ${(csvMs / 1000).toFixed(1)} s; running neo4j-admin database import full...`);
    const conf = path.join(work, 'conf');
    mkdirSync(conf);
    writeFileSync(path.join(conf, 'neo4j.conf'), '');
    // Twice the cores (the default is one per core): faster on 2 cores (bench/README.md, "Seed load").
    const threads = 2 * os.availableParallelism();
    // The files give node ids, not string ids to map (import-csv.ts NodeNumbers).
    const args = ['org.neo4j.cli.AdminTool', 'database', 'import', 'full', database,
      '--id-type=actual', `--threads=${threads}`, `--multiline-fields=${files.multiline}`, `--report-file=${path.join(work, 'import.report')}`, ...files.args];
    const importStarted = Date.now();
    const marker = path.join(opts.neo4jHome, BULK_MARKER);
    writeFileSync(marker, JSON.stringify({ state: 'importing' } satisfies Marker));
    await runImporter(args, { ...process.env, NEO4J_HOME: path.resolve(opts.neo4jHome), NEO4J_CONF: conf }, path.join(work, 'import.log'));
    const importMs = Date.now() - importStarted;
    writeFileSync(marker, JSON.stringify({ state: 'imported' } satisfies Marker));
    const counts = zeroCounts();
    for (const [kind, n] of Object.entries(files.counts)) counts[kind as keyof typeof counts].created = n;
    const rows = Object.values(files.counts).reduce((a, b) => a + b, 0);
    return { summary: { counts, rows, ms: Date.now() - started, dryRun: false, reset: false }, csvMs, importMs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// The importer's JVM maps the classes an earlier import archived (db/class-data-sharing.ts).
function runImporter(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const classpath = `${NEO4J_LIB}/*`;
  const cds = neo4jClassDataSharing('importer', classpath);
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile);
    const child = spawn('java', [...cds.flags, '-cp', classpath, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.once('error', reject);
    child.once('exit', (code) => {
      cds.settle(code === 0);
      out.end(() => {
        if (code === 0) return resolve();
        const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter((l) => !/^[.\s-]*\d+%/.test(l)).slice(-15).join('\n') : '';
        reject(new BulkImportError(`neo4j-admin database import failed (exit ${code}); the database it began is not usable: ` +
          `remove ${env.NEO4J_HOME} and run again, or use the normal loader. Its last lines:\n${tail}`));
      });
    });
  });
}

/**
 * Finishes a bulk import into `neo4jHome` once the engine runs: applies schema/constraints.cypher,
 * waits (up to `timeoutSec`) for the indexes to be populated and removes the marker file.
 * Idempotent: after a stop, run it again.
 */
export async function finishBulkImport(driver: Driver, database: string, neo4jHome: string,
  log: (line: string) => void = () => {}, timeoutSec = 3600): Promise<void> {
  log('Bulk import: creating constraints and indexes...');
  // Three statements at once: less time than one at a time over a big store (bench/README.md).
  await applySchema(driver, database, timeoutSec, 3);
  rmSync(path.join(neo4jHome, BULK_MARKER), { force: true });
}

/**
 * A bulk load by a seed CLI (`npm run seed -- --bulk`, `npm run seed:generate -- --bulk`) into the
 * project's own Neo4j (`config.neo4jDataDir`): runs `importInto` (a bulkImport with the options it is
 * given: that folder and database) unless an earlier bulk import there is only left to finish, then
 * starts the engine, finishes (finishBulkImport) and stops it.
 * @returns the import's summary (its time up to the indexes being online), or undefined when an earlier import was only finished.
 * @throws BulkImportError when NEO4J_URI is set, or an earlier import there was stopped while the importer ran (the message says what to do).
 */
export async function runBulkLoad(config: Config, log: (line: string) => void,
  importInto: (target: BulkImportOptions) => Promise<BulkImportResult>): Promise<LoadSummary | undefined> {
  if (config.neo4jUri) throw new BulkImportError('--bulk imports into the project\'s own Neo4j: leave NEO4J_URI empty, or load without --bulk');
  const started = Date.now();
  const home = config.neo4jDataDir;
  const pending = pendingBulkImport(home);
  if (pending && 'broken' in pending) {
    throw new BulkImportError(`An earlier bulk import into ${home} was stopped while the importer ran: remove that folder and run again, or load without --bulk.`);
  }
  if (pending) log('An earlier bulk import was not finished: finishing it (nothing is imported again).');
  const imported = pending ? undefined : (await importInto({ neo4jHome: home, database: config.neo4jDatabase, log })).summary;
  const { config: running, neo4j } = await useNeo4j(config, log);
  const db = createDb(running);
  try {
    await finishBulkImport(db.driver, db.database, home, log);
  } finally {
    await db.close();
    await neo4j?.stop();
  }
  return imported && { ...imported, ms: Date.now() - started };
}


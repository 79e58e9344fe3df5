/**
 * A Neo4j of a benchmark's own: the project's embedded Neo4j 5.26 (db/neo4j.ts) on a free port with
 * a temporary data folder, holding the cited dataset (seed/data) and a generated structure of `units`
 * units, loaded by the loader's bulk mode (`npm run seed:generate -- --bulk`: neo4j-admin import
 * into the new folder with the engine stopped, then the schema). `close()` stops it and removes the folder.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../db/neo4j';
import { bulkImportGenerated } from '../../seed/generator/bulk-generated';
import { BulkImportError, finishBulkImport, pendingBulkImport } from '../../seed/loader/bulk-import';

/** The password of every benchmark Neo4j (user neo4j). */
export const BENCH_PASSWORD = 'bench-password';

const DB = 'neo4j';

/** A running benchmark Neo4j and a driver to it. */
export interface LoadedNeo4j {
  neo: RunningNeo4j;
  driver: Driver;
  /** Seconds from the first generated record to the indexes being online (engine start included); 0 when the store was already loaded. */
  loadSeconds: number;
  close(): Promise<void>;
}

/** Options of startLoadedNeo4j. */
export interface LoadOptions {
  /** Generator seed; default 1. */
  seed?: number;
  /** Where the load's progress lines go; default nowhere. */
  log?: (line: string) => void;
}

/**
 * Starts and loads it in a new temporary folder; `name` goes into the folder's name.
 * @throws RangeError for a `units` the generator refuses; BulkImportError or Neo4jSetupError when the load or the engine fails (the folder is removed).
 */
export async function startLoadedNeo4j(name: string, units: number, opts: LoadOptions = {}): Promise<LoadedNeo4j> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `command-graph-${name}-`));
  try {
    const loaded = await openGeneratedStore({ dataDir, units, port: 0, ...opts });
    return { ...loaded, close: async () => { await loaded.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/** Options of openGeneratedStore. */
export interface StoreOptions extends LoadOptions {
  /** The data folder: new or empty to load it, or one this function loaded before. */
  dataDir: string;
  units: number;
  /** Bolt port; 0 picks a free one. */
  port: number;
}

/**
 * Starts the engine on `dataDir`, bulk-loading the cited dataset and `units` generated units first
 * when the folder holds no database yet, and finishing an import that stopped after the importer
 * (bench/tools/dev-store.ts keeps such a folder between runs). `close()` stops it and keeps the folder.
 * @throws BulkImportError when an earlier import into the folder was stopped while the importer ran (remove the folder).
 */
export async function openGeneratedStore(o: StoreOptions): Promise<LoadedNeo4j> {
  const log = o.log ?? (() => {});
  const pending = pendingBulkImport(o.dataDir);
  if (pending && 'broken' in pending) throw new BulkImportError(`the import into ${o.dataDir} was stopped half-way: remove the folder and run again`);
  const started = Date.now();
  const load = !existsSync(path.join(o.dataDir, 'data', 'databases', DB));
  if (load) await bulkImportGenerated({ neo4jHome: o.dataDir, database: DB, log, gen: { units: o.units, seed: o.seed ?? 1 } });
  const neo = await startEmbeddedNeo4j({ dataDir: o.dataDir, host: '127.0.0.1', port: o.port, user: 'neo4j', password: BENCH_PASSWORD,
    logFile: path.join(o.dataDir, 'neo4j-output.log') });
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', BENCH_PASSWORD), { disableLosslessIntegers: true });
  const close = async () => { await driver.close(); await neo.stop(); };
  try {
    if (load || pending) await finishBulkImport(driver, DB, o.dataDir, log);
  } catch (err) {
    await close();
    throw err;
  }
  return { neo, driver, loadSeconds: load ? (Date.now() - started) / 1000 : 0, close };
}

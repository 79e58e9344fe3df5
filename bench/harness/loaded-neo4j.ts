/**
 * A Neo4j of a benchmark's own: the project's embedded Neo4j 5.26 (db/neo4j.ts) on a free port with
 * a temporary data folder, the schema applied, the cited dataset (seed/data) and a generated
 * structure of `units` units loaded. `close()` stops it and removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { applySchema } from '../../api/src/db/apply-schema';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../db/neo4j';
import { loadGenerated } from '../../seed/generator';
import { loadDataset } from '../../seed/loader';

export const BENCH_PASSWORD = 'bench-password';

export interface LoadedNeo4j {
  neo: RunningNeo4j;
  driver: Driver;
  /** Seconds the schema and both loads took. */
  loadSeconds: number;
  close(): Promise<void>;
}

/** Starts and loads it; `name` goes into the temporary folder's name. */
export async function startLoadedNeo4j(name: string, units: number, seed = 1): Promise<LoadedNeo4j> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `command-graph-${name}-`));
  const neo = await startEmbeddedNeo4j({ dataDir, host: '127.0.0.1', port: 0, user: 'neo4j', password: BENCH_PASSWORD, logFile: path.join(dataDir, 'neo4j-output.log') });
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', BENCH_PASSWORD), { disableLosslessIntegers: true });
  const close = async () => {
    await driver.close();
    await neo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const started = Date.now();
    await applySchema(driver, 'neo4j');
    await loadDataset(driver, 'neo4j', [path.join(__dirname, '..', '..', 'seed', 'data')]);
    await loadGenerated(driver, 'neo4j', { units, seed }, { batchSize: 5000 });
    return { neo, driver, loadSeconds: (Date.now() - started) / 1000, close };
  } catch (err) {
    await close();
    throw err;
  }
}

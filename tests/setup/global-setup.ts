/**
 * Starts one Neo4j for the whole jest run (unless NEO4J_URI is set), applies the schema, and hands its
 * address to every test file through the environment, with the cited seed dataset loaded (read-only). Each run gets a fresh data folder and a free
 * port, so runs never share data and never clash with a development Neo4j on 7687.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../db/neo4j';
import { applySchema } from '../../api/src/db/apply-schema';
import { loadDataset } from '../../seed/loader';

declare global {
  // eslint-disable-next-line no-var
  var __NEO4J__: RunningNeo4j | undefined;
}

export default async function globalSetup(): Promise<void> {
  process.env.NEO4J_USER ||= 'neo4j';
  process.env.NEO4J_PASSWORD ||= 'test-password';
  process.env.NODE_ENV = 'test';
  if (!process.env.NEO4J_URI) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'command-graph-test-neo4j-'));
    const started = Date.now();
    globalThis.__NEO4J__ = await startEmbeddedNeo4j({
      dataDir,
      host: '127.0.0.1',
      port: 0,
      user: process.env.NEO4J_USER,
      password: process.env.NEO4J_PASSWORD,
      logFile: path.join(dataDir, 'neo4j-output.log'),
    });
    // The whole suite goes through the driver's routing (neo4j://), as against a cluster; a single
    // server answers the routing table itself.
    process.env.NEO4J_URI = globalThis.__NEO4J__.uri.replace('bolt://', 'neo4j://');
    process.env.TEST_NEO4J_DATA_DIR = dataDir;
    process.stderr.write(`\nNeo4j for tests: ${process.env.NEO4J_URI} (started in ${Date.now() - started} ms, data ${dataDir})\n`);
  }
  const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));
  try {
    await applySchema(driver, process.env.NEO4J_DATABASE || 'neo4j');
    // The cited dataset is loaded once for the whole run: tests read it and never change it
    // (their own data lives under their own id prefix).
    await loadDataset(driver, process.env.NEO4J_DATABASE || 'neo4j', [path.resolve(__dirname, '..', '..', 'seed', 'data')]);
  } finally {
    await driver.close();
  }
}

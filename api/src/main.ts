/**
 * `npm start`: wiring only. Validates the configuration, brings up Neo4j (the project's own unless
 * NEO4J_URI is set), applies the schema, loads the seed data into an empty database, builds the page
 * when needed, and serves everything on http://HOST:PORT. Ctrl-C or SIGTERM stops it all.
 */
import { ConfigError, loadConfig, type Config } from './config';
import { createDb, type Db } from './db/driver';
import { applySchema } from './db/apply-schema';
import { cypher } from './db/queries';
import { startServer } from './server';
import { ensureWebBuilt } from './web-build';
import { Neo4jSetupError, startEmbeddedNeo4j, type RunningNeo4j } from '../../db/neo4j';
import { loadDataset } from '../../seed/loader';
import path from 'node:path';

const countUnits = cypher<Record<string, never>, { count: number }>('units/count-units');
const SEED_DIR = path.resolve(__dirname, '..', '..', 'seed', 'data');

async function waitForDb(db: Db, uri: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await db.ping())) {
    if (Date.now() > deadline) throw new Neo4jSetupError(`Neo4j at ${uri} did not answer within ${timeoutMs / 1000} s: check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function main(): Promise<void> {
  let config: Config = loadConfig();
  let neo4j: RunningNeo4j | undefined;
  if (!config.neo4jUri) {
    console.log(`Starting Neo4j (data in ${config.neo4jDataDir}); set NEO4J_URI to use your own.`);
    neo4j = await startEmbeddedNeo4j({
      dataDir: config.neo4jDataDir, host: '127.0.0.1', port: config.neo4jBoltPort,
      user: config.neo4jUser, password: config.neo4jPassword,
      logFile: path.join(config.neo4jDataDir, 'neo4j-output.log'),
    });
    config = { ...config, neo4jUri: neo4j.uri };
  }
  const db = createDb(config);
  await waitForDb(db, config.neo4jUri);
  await applySchema(db.driver, db.database);
  const [{ count } = { count: 0 }] = await db.read(countUnits, {});
  if (count === 0 && config.seedOnEmpty) {
    console.log('The database is empty: loading the seed data from seed/data/.');
    await loadDataset(db.driver, db.database, [SEED_DIR], { log: (l) => console.log(l) });
  }
  // A page that does not build must not keep the API down: say so and serve the API.
  await ensureWebBuilt((l) => console.log(l)).catch((err: Error) => console.error(err.message));
  const server = await startServer(config, db);
  console.log(`Ready: the page at ${server.url}/ and the GraphQL API at ${server.url}/graphql (Neo4j: ${config.neo4jUri})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping.`);
    const force = setTimeout(() => process.exit(1), 30_000);
    await server.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    await neo4j?.stop();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof Neo4jSetupError) {
    console.error(err.message);
  } else {
    console.error('Could not start:', err);
  }
  process.exit(1);
});

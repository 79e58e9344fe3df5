/**
 * `npm start`: wiring only. Validates the configuration, brings up Neo4j (the project's own unless
 * NEO4J_URI is set), builds the page when needed, serves everything on http://HOST:PORT, and gets the
 * database ready beside it (bootstrap.ts). Ctrl-C or SIGTERM stops it all within a bounded time.
 */
import { ConfigError, loadConfig, type Config } from './config';
import { createDb } from './db/driver';
import { prepareDatabase } from './bootstrap';
import { createLogger } from './observability/logger';
import { startServer } from './server';
import { ensureWebBuilt } from './web-build';
import { Neo4jSetupError } from '../../db/neo4j';
import { useNeo4j } from './db/project-neo4j';
import { CITED_DATASET_DIR, DatasetInvalidError, loadDataset } from '../../seed/loader';

async function main(): Promise<void> {
  let config: Config = loadConfig();
  const logger = createLogger(config);
  const say = (line: string) => console.log(line);
  const started = await useNeo4j(config, say);
  const { neo4j } = started;
  config = started.config;
  const db = createDb(config);
  // A page that does not build must not keep the API down: say so and serve the API.
  await ensureWebBuilt(say).catch((err: Error) => console.error(err.message));
  const server = await startServer(config, db, logger);
  const loadCited = (target: typeof db, log: (line: string) => void) =>
    loadDataset(target.driver, target.database, [CITED_DATASET_DIR], { log });
  const ready = prepareDatabase(db, config, loadCited, say);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing requests in flight (up to ${config.shutdownTimeoutMs} ms), then stopping.`);
    const force = setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 35_000);
    ready.stop();
    await server.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    await neo4j?.stop();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  if (await ready.done) {
    say(`Ready: the page at ${server.url}/ and the GraphQL API at ${server.url}/graphql (Neo4j: ${config.neo4jUri})`);
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof Neo4jSetupError || err instanceof DatasetInvalidError) {
    console.error(err.message);
  } else {
    console.error('Could not start:', err);
  }
  process.exit(1);
});

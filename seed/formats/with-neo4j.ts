/**
 * Opens the database for the format CLIs the way seed/load.ts does: the Neo4j at NEO4J_URI, or, when
 * it is empty, the project's own (db/neo4j.ts), started here and stopped after `work`.
 */
import path from 'node:path';
import type { Config } from '../../api/src/config';
import { applySchema } from '../../api/src/db/apply-schema';
import { createDb, type Db } from '../../api/src/db/driver';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../db/neo4j';

/**
 * Runs `work` with an open Db (schema applied), then closes it and stops any Neo4j started here.
 * Throws Neo4jSetupError when the project's Neo4j cannot start, or the driver's error.
 */
// TODO(seed-data part 4): use the loader's own helper once seed/load.ts exports its start-and-connect step.
export async function withNeo4j<T>(config: Config, log: (line: string) => void, work: (db: Db) => Promise<T>): Promise<T> {
  let neo4j: RunningNeo4j | undefined;
  if (!config.neo4jUri) {
    log(`Starting the project's Neo4j (data in ${config.neo4jDataDir}); set NEO4J_URI to use another.`);
    neo4j = await startEmbeddedNeo4j({
      dataDir: config.neo4jDataDir, host: '127.0.0.1', port: config.neo4jBoltPort,
      user: config.neo4jUser, password: config.neo4jPassword,
      logFile: path.join(config.neo4jDataDir, 'neo4j-output.log'),
    });
    config = { ...config, neo4jUri: neo4j.uri };
  }
  const db = createDb(config);
  try {
    await applySchema(db.driver, db.database);
    return await work(db);
  } finally {
    await db.close();
    await neo4j?.stop();
  }
}

/** A user-facing message for a driver error, by its code (as seed/load.ts words them); undefined otherwise. */
export function describeDbError(err: unknown, config: Config): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  const known: Record<string, string> = {
    ServiceUnavailable: `Cannot reach Neo4j at ${config.neo4jUri}: start it, fix NEO4J_URI, or leave NEO4J_URI empty to start the project's own.`,
    'Neo.ClientError.Security.Unauthorized': `Neo4j at ${config.neo4jUri} refused the user name or password: check NEO4J_USER and NEO4J_PASSWORD.`,
    'Neo.ClientError.Database.DatabaseNotFound': `Neo4j has no database '${config.neo4jDatabase}': fix NEO4J_DATABASE.`,
  };
  return typeof code === 'string' ? known[code] : undefined;
}

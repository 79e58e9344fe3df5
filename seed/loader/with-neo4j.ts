/**
 * Opens the database for the seed CLIs: the Neo4j at NEO4J_URI or, when it is empty, the project's
 * own (db/neo4j.ts), started here and stopped after the work; the schema is applied before the work.
 */
import type { Config } from '../../api/src/config';
import { applySchema } from '../../api/src/db/apply-schema';
import { createDb, type Db } from '../../api/src/db/driver';
import { useNeo4j } from '../../api/src/db/project-neo4j';

/**
 * Runs `work` with an open Db (schema applied), then closes it and stops any Neo4j started here.
 * `log` hears that the project's Neo4j is starting.
 * @throws Neo4jSetupError when the project's Neo4j cannot start; the driver's error (see describeDbError).
 */
export async function withNeo4j<T>(config: Config, log: (line: string) => void, work: (db: Db) => Promise<T>): Promise<T> {
  const started = await useNeo4j(config, log);
  const { neo4j } = started;
  config = started.config;
  const db = createDb(config);
  try {
    await applySchema(db.driver, db.database);
    return await work(db);
  } finally {
    await db.close();
    await neo4j?.stop();
  }
}

/** A message that says what to do for a driver error the user can fix, by its code; undefined otherwise. */
export function describeDbError(err: unknown, config: Config): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  const uri = config.neo4jUri || "the project's own Neo4j";
  const known: Record<string, string> = {
    ServiceUnavailable: `Cannot reach Neo4j at ${uri}: start it, fix NEO4J_URI, or leave NEO4J_URI empty so the project's own is started.`,
    'Neo.ClientError.Security.Unauthorized': `Neo4j at ${uri} refused the user name or password: check NEO4J_USER and NEO4J_PASSWORD.`,
    'Neo.ClientError.Security.AuthenticationRateLimit': 'Neo4j locked the user after failed logins: wait, then check NEO4J_USER and NEO4J_PASSWORD.',
    'Neo.ClientError.Database.DatabaseNotFound': `Neo4j has no database '${config.neo4jDatabase}': fix NEO4J_DATABASE.`,
  };
  return typeof code === 'string' ? known[code] : undefined;
}

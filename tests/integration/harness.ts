/**
 * The harness of the API integration tests: a real server on a free port over the run's real Neo4j
 * (tests/setup/global-setup.ts), a `gql` helper that posts to it, and small fixture graphs that
 * each test file owns under a unique id prefix and removes at the end.
 */
import { loadConfig, type Config } from '../../api/src/config';
import { createDb, type Db } from '../../api/src/db/driver';
import { statement } from '../../api/src/db/queries';
import { startServer, type RunningServer } from '../../api/src/server';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface Api {
  url: string;
  db: Db;
  config: Config;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** Starts the API on a free port against the test Neo4j. */
export async function startApi(overrides: Partial<Config> = {}): Promise<Api> {
  const config = loadConfig(process.env, { port: 0, nodeEnv: 'test', ...overrides });
  const db = createDb(config);
  const server: RunningServer = await startServer(config, db);
  return {
    url: server.url,
    db,
    config,
    async gql(query, variables = {}) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...(await res.json()) };
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
}

/** A prefix no other test file uses: letters and digits only, so it is also a search word. */
export function uniquePrefix(name: string): string {
  return `t${name.replace(/[^a-z0-9]/gi, '').toLowerCase()}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Removes every node (and its relationships) whose id starts with `prefix`. */
export async function removeFixture(db: Db, prefix: string): Promise<void> {
  await db.write(statement('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n'), { prefix });
}

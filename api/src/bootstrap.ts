/**
 * Gets the database ready for the API, retrying until it answers: applies the schema and, when the
 * database holds no unit, loads the seed data with the loader its entry point hands it. Runs beside a
 * server that is already up, so a Neo4j that is down at start only delays readiness (/readyz says why)
 * and queries meanwhile get DATABASE_UNAVAILABLE.
 */
import type { Config } from './config';
import { applySchema } from './db/apply-schema';
import type { Db } from './db/driver';
import { cypher } from './db/queries';

const countUnits = cypher<Record<string, never>, { count: number }>('units/count-units');

/** Loads the seed data into an empty database (main.ts gives the cited dataset's loader). */
export type LoadSeed = (db: Db, log: (line: string) => void) => Promise<unknown>;

/**
 * Resolves once the schema is applied (and the seed loaded if needed); `stop()` ends the retries.
 * @param loadSeed run when the database holds no unit and `config.seedOnEmpty` is set.
 */
export function prepareDatabase(db: Db, config: Pick<Config, 'seedOnEmpty' | 'neo4jUri'>, loadSeed: LoadSeed, log: (line: string) => void, retryMs = 1000) {
  let stopped = false;
  let waitingSaid = false;
  const done = (async () => {
    for (;;) {
      if (stopped) return false;
      if (await db.ping()) break;
      if (!waitingSaid) log(`Waiting for Neo4j at ${config.neo4jUri}; the API answers DATABASE_UNAVAILABLE until it is up.`);
      waitingSaid = true;
      await new Promise((r) => setTimeout(r, retryMs));
    }
    await applySchema(db.driver, db.database);
    const [{ count } = { count: 0 }] = await db.read(countUnits, {});
    if (count === 0 && config.seedOnEmpty) {
      log('The database is empty: loading the seed data.');
      await loadSeed(db, log);
    }
    log('The database is ready.');
    return true;
  })();
  return { done, stop: () => { stopped = true; } };
}

/**
 * Gets the database ready for the API, retrying until it answers: applies the schema and, when the
 * database holds no unit, loads the cited seed data. Runs beside a server that is already up, so a
 * Neo4j that is down at start only delays readiness (/readyz says why) and queries meanwhile get
 * DATABASE_UNAVAILABLE.
 */
import path from 'node:path';
import type { Config } from './config';
import { applySchema } from './db/apply-schema';
import type { Db } from './db/driver';
import { cypher } from './db/queries';
import { loadDataset } from '../../seed/loader';

const countUnits = cypher<Record<string, never>, { count: number }>('units/count-units');
const SEED_DIR = path.resolve(__dirname, '..', '..', 'seed', 'data');

/** Resolves once the schema is applied (and the seed loaded if needed); `stop()` ends the retries. */
export function prepareDatabase(db: Db, config: Pick<Config, 'seedOnEmpty' | 'neo4jUri'>, log: (line: string) => void, retryMs = 1000) {
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
      log('The database is empty: loading the seed data from seed/data/.');
      await loadDataset(db.driver, db.database, [SEED_DIR], { log });
    }
    log('The database is ready.');
    return true;
  })();
  return { done, stop: () => { stopped = true; } };
}

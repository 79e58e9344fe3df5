/**
 * The Neo4j a command uses: the one at NEO4J_URI or, when it is empty, the project's own
 * (db/neo4j.ts) started from the configuration. Shared by `npm start`, `npm run neo4j` and the seed CLIs.
 */
import path from 'node:path';
import type { Config } from '../config';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../../db/neo4j';

/**
 * Starts the project's Neo4j when config.neo4jUri is empty and returns the configuration pointing at
 * it (with the running engine to stop); returns the configuration unchanged otherwise.
 * @throws Neo4jSetupError when Java or Maven is missing or the engine does not start.
 */
export async function useNeo4j(config: Config, log: (line: string) => void): Promise<{ config: Config; neo4j?: RunningNeo4j }> {
  if (config.neo4jUri) return { config };
  log(`Starting the project's Neo4j (data in ${config.neo4jDataDir}); set NEO4J_URI to use another.`);
  const neo4j = await startEmbeddedNeo4j({
    dataDir: config.neo4jDataDir, host: '127.0.0.1', port: config.neo4jBoltPort,
    user: config.neo4jUser, password: config.neo4jPassword,
    logFile: path.join(config.neo4jDataDir, 'neo4j-output.log'),
  });
  return { config: { ...config, neo4jUri: neo4j.uri }, neo4j };
}

/**
 * `npm run neo4j`: fetches (first time) and runs the project's Neo4j alone, in the foreground, with
 * the settings of config.ts, until Ctrl-C. Useful to keep one Neo4j up across `npm start`s
 * (then set NEO4J_URI=bolt://127.0.0.1:7687).
 */
import { ConfigError, loadConfig } from './config';
import { Neo4jSetupError } from '../../db/neo4j';
import { useNeo4j } from './db/project-neo4j';

async function main(): Promise<void> {
  const { config, neo4j } = await useNeo4j({ ...loadConfig(), neo4jUri: '' }, (l) => console.log(l));
  if (!neo4j) return;
  console.log(`Neo4j is up at ${neo4j.uri} (user ${config.neo4jUser}); Ctrl-C stops it.`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError || err instanceof Neo4jSetupError ? err.message : err);
  process.exit(1);
});

/**
 * Entry point of one API under test, run in its own Node process so its memory (RSS) is its own:
 * `node --import tsx bench/harness/child-server.ts <raw|ours|peer> <bolt-uri> <password>`.
 * Prints `READY <url>` on stdout once it listens; stops when its standard input closes.
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../api/src/config';
import { createDb } from '../../api/src/db/driver';
import { startServer } from '../../api/src/server';
import { startPeerServer } from '../peer/peer-server';
import { startRawServer } from './raw-server';

async function main(): Promise<void> {
  const [client, uri, password] = process.argv.slice(2) as [string, string, string];
  let url: string;
  let close: () => Promise<void>;
  if (client === 'ours') {
    // Production settings, silent logs, and a rate limit no benchmark reaches (all load comes from one IP).
    // Other settings from the environment (e.g. READ_BATCHES_IN_FLIGHT=1 npm run bench ...), defaults otherwise.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(READ_BATCH|MAX_|QUERY_TIMEOUT)/.test(k)));
    const config = loadConfig(env, { nodeEnv: 'production', logLevel: 'silent', port: 0, neo4jUri: uri, neo4jPassword: password, rateLimitPerMinute: 1_000_000 });
    const db = createDb(config);
    const server = await startServer(config, db);
    url = `${server.url}/graphql`;
    close = async () => { await server.close(); await db.close(); };
  } else {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
    const server = client === 'raw' ? await startRawServer(driver) : await startPeerServer(driver);
    url = server.url;
    close = async () => { await server.close(); await driver.close(); };
  }
  process.stdout.write(`READY ${url}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => { void close().finally(() => process.exit(0)); });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});

/**
 * `npx tsx bench/tools/dev-store.ts --data /tmp/dev/neo1m [--units 1000000] [--port 7699]`: a Neo4j with a
 * generated structure that stays loaded between experiments, for `bench/tools/ab-api.ts --uri` and
 * `bench/tools/profile-api.ts --uri` (a change timed in seconds instead of a benchmark's 8-minute load).
 *
 * The first time (no database in --data) it loads the cited dataset and `--units` generated units
 * with the loader's bulk mode (seed/loader/bulk-import.ts; ~2.5 min at 1,000,000 units on 2 cores);
 * afterwards it only starts the engine on that folder. Runs until Ctrl-C, or with `--load-only` stops
 * once the store is loaded (to hold a lock only while loading:
 * `flock /tmp/bench.lock npx tsx bench/tools/dev-store.ts --data D --load-only`). User neo4j, password
 * bench-password (harness/loaded-neo4j.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_PASSWORD, openGeneratedStore } from '../harness/loaded-neo4j';

async function main(): Promise<void> {
  const { values: v } = parseArgs({ options: {
    data: { type: 'string' }, units: { type: 'string', default: '1000000' }, port: { type: 'string', default: '7699' },
    'load-only': { type: 'boolean', default: false },
  } });
  if (!v.data) throw new Error('--data <folder> is required: where the store is kept (a new folder the first time)');
  const dataDir = path.resolve(v.data);
  const units = Number(v.units);
  const port = Number(v.port);
  if (!Number.isInteger(units) || units < 1) throw new Error(`--units must be a positive whole number, not ${v.units}`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a port number, not ${v.port}`);
  const log = (line: string) => console.log(line);

  const { neo, driver, loadSeconds } = await openGeneratedStore({ dataDir, units, port, log });
  await driver.close();
  if (loadSeconds) log(`Loaded in ${loadSeconds.toFixed(0)} s.`);
  if (v['load-only']) {
    await neo.stop();
    log(`Loaded: ${dataDir}.`);
    return;
  }
  log(`Neo4j is up at ${neo.uri} (neo4j / ${BENCH_PASSWORD}); Ctrl-C stops it.`);
  const stop = () => void neo.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

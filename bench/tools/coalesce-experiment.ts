/**
 * `npx tsx bench/tools/coalesce-experiment.ts [--units 1000] [--seconds 4]`: what batching concurrent chain
 * requests into one transaction saves (the measurement behind api/src/db/coalesce.ts).
 *
 * Its own Neo4j, the cited dataset plus `--units` generated units, then 16 concurrent workers asking
 * chains of responsibility of current communes through neo4j-driver, with no HTTP and no GraphQL:
 * one transaction per chain, or batches of 4 or 16 chains per transaction (the API's batched
 * statement, chain/find-chains-of-responsibility). Prints chains/s and the CPU time Neo4j and this
 * process spent per chain (from /proc), as a markdown table.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../api/src/db/queries';
import { startLoadedNeo4j } from '../harness/loaded-neo4j';

const CHAINS = cypher<unknown, unknown>('chain/find-chains-of-responsibility').text;

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime, in clock ticks of 1/100 s (CLK_TCK on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { units: { type: 'string', default: '1000' }, seconds: { type: 'string', default: '4' } } });
  const { neo, driver, close } = await startLoadedNeo4j('coalesce', Number(values.units));
  try {
    const ids = (await driver.executeQuery(`MATCH (u:Unit {kind: 'COMMUNE_POLICE'}) WHERE u.validTo IS NULL RETURN u.id AS id ORDER BY id LIMIT 500`))
      .records.map((r) => r.get('id') as string);
    const rows: string[] = [];
    for (const batch of [1, 16, 1, 16, 4]) rows.push(await measure(driver, neo.pid, ids, batch, Number(values.seconds) * 1000));
    const text = [
      `## bench/tools/coalesce-experiment.ts: ${new Date().toISOString().slice(0, 16)} UTC, ${Number(values.units).toLocaleString('en')} generated units, load average ${os.loadavg().map((n) => n.toFixed(2)).join(', ')}`,
      '',
      '| chains per transaction | chains/s (16 workers) | Neo4j CPU ms per chain | client CPU ms per chain |',
      '|---:|---:|---:|---:|',
      ...rows,
      '',
    ].join('\n');
    process.stdout.write(`${text}\n`);
  } finally {
    await close();
  }
}

/** 16 workers for `ms` milliseconds, each sending `batch` chains per transaction. */
async function measure(driver: Driver, neoPid: number, ids: string[], batch: number, ms: number): Promise<string> {
  const asOf = new neo4j.types.Date(2026, 11, 23);
  let next = 0;
  const send = async () => {
    const requests = Array.from({ length: batch }, () => ({ unitId: ids[next++ % ids.length]!, types: ['REPORTS_TO', 'ANSWERABLE_TO'], asOf }));
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run(CHAINS, { requests, limit: neo4j.int(201) }));
    } finally {
      await session.close();
    }
  };
  for (let i = 0; i < 50; i++) await send(); // warm-up
  const workers = Math.max(1, 16 / batch);
  const neoBefore = cpuSeconds(neoPid);
  const ownBefore = process.cpuUsage();
  const started = Date.now();
  let done = 0;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (Date.now() - started < ms) {
      await send();
      done += batch;
    }
  }));
  const seconds = (Date.now() - started) / 1000;
  const own = process.cpuUsage(ownBefore);
  const neoMs = ((cpuSeconds(neoPid) - neoBefore) * 1000) / done;
  const ownMs = (own.user + own.system) / 1000 / done;
  return `| ${batch} | ${Math.round(done / seconds).toLocaleString('en')} | ${neoMs.toFixed(2)} | ${ownMs.toFixed(2)} |`;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});

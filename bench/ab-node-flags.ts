/**
 * `npx tsx bench/ab-node-flags.ts [--units 1000] [--uri bolt://... --password ...] [--workload chain] [--rounds 3] [--seconds 8] '<variants>'`:
 * A/B of Node flags for our API (how the heap bound of package.json's start script was chosen).
 * `<variants>` is a JSON list of flag lists, e.g. '[["--max-old-space-size=0"], ["--max-old-space-size=192"]]'
 * (each comes after the start script's flags, and the last of a V8 flag wins; 0 is V8's default). One API per
 * variant, all on one Neo4j (its own with `--units` generated units, or the one at `--uri`), then
 * `--rounds` rounds of one `--seconds` cell each at 16 connections on the first workload whose name
 * contains `--workload`, the variants alternating; prints req/s per round and each API's peak RSS.
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { BENCH_PASSWORD, startLoadedNeo4j } from './harness/loaded-neo4j';
import { measure } from './harness/measure';
import { spawnServer } from './harness/spawn-server';
import { pickTargets, workloads } from './harness/workloads';

async function main(): Promise<void> {
  const { values: v, positionals } = parseArgs({ allowPositionals: true, options: {
    units: { type: 'string', default: '1000' }, uri: { type: 'string' }, password: { type: 'string', default: BENCH_PASSWORD },
    workload: { type: 'string', default: 'chain' }, rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '8' },
  } });
  const variants = JSON.parse(positionals[0] ?? '[[]]') as string[][];
  const own = v.uri ? undefined : await startLoadedNeo4j('ab', Number(v.units));
  const uri = v.uri ?? own!.neo.uri;
  const driver = own?.driver ?? neo4j.driver(uri, neo4j.auth.basic('neo4j', v.password), { disableLosslessIntegers: true });
  try {
    const work = workloads(await pickTargets(driver), new Date().toISOString().slice(0, 10)).find((w) => w.name.includes(v.workload));
    if (!work) throw new Error(`no workload named like '${v.workload}'`);
    const servers = await Promise.all(variants.map((flags) => spawnServer('ours', uri, v.password, flags)));
    try {
      for (const s of servers) await measure(s.url, work.body.ours, 4, 3);
      const rps: number[][] = variants.map(() => []);
      for (let r = 0; r < Number(v.rounds); r++) {
        for (const [i, s] of servers.entries()) rps[i]!.push(Math.round((await measure(s.url, work.body.ours, 16, Number(v.seconds))).rps));
      }
      process.stdout.write(`| node flags (after the start script's) | req/s per round (${work.name}, 16 connections) | peak RSS MB |\n|---|---|---:|\n`);
      variants.forEach((flags, i) => process.stdout.write(`| ${flags.join(' ') || '(none)'} | ${rps[i]!.join(', ')} | ${servers[i]!.peakRssMb().toFixed(0)} |\n`));
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  } finally {
    if (own) await own.close();
    else await driver.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});

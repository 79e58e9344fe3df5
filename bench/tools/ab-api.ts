/**
 * `npx tsx bench/tools/ab-api.ts [--units 1000] [--uri bolt://... --password ...] [--workload chain] [--rounds 3] [--seconds 8] [--with raw,peer] '<variants>'`:
 * A/B of our API under different Node flags or settings (how the heap bound of package.json's start
 * script and READ_BATCHES_IN_FLIGHT were chosen). `<variants>` is a JSON list; each is a flag list,
 * e.g. '[["--max-old-space-size=0"], ["--max-old-space-size=192"]]' (after the start script's flags;
 * the last of a V8 flag wins; 0 is V8's default), or `{ "flags": [...], "env": { "READ_BATCHES_IN_FLIGHT": "2" } }`.
 * One API per variant (and one raw and one peer with `--with`), all on one Neo4j (its own with
 * `--units` generated units, or the one at `--uri`), then `--rounds` rounds of one `--seconds` cell
 * each at 16 connections on the first workload whose name contains `--workload`, the APIs taking
 * turns (the order rotating each round); prints req/s and p99 per round, their medians, and peak RSS.
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { BENCH_PASSWORD, startLoadedNeo4j } from '../harness/loaded-neo4j';
import { measure, type Cell } from '../harness/measure';
import { spawnServer, type ChildServer, type Client } from '../harness/spawn-server';
import { pickTargets, workloads } from '../harness/workloads';

/** One API to try: Node flags after the start script's, and settings from the environment. */
interface Variant { flags?: string[]; env?: Record<string, string> }

async function main(): Promise<void> {
  const { values: v, positionals } = parseArgs({ allowPositionals: true, options: {
    units: { type: 'string', default: '1000' }, uri: { type: 'string' }, password: { type: 'string', default: BENCH_PASSWORD },
    workload: { type: 'string', default: 'chain' }, rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '8' },
    with: { type: 'string', default: '' },
  } });
  const variants = (JSON.parse(positionals[0] ?? '[[]]') as (string[] | Variant)[]).map((x) => (Array.isArray(x) ? { flags: x } : x));
  const own = v.uri ? undefined : await startLoadedNeo4j('ab', Number(v.units));
  const uri = v.uri ?? own!.neo.uri;
  const driver = own?.driver ?? neo4j.driver(uri, neo4j.auth.basic('neo4j', v.password), { disableLosslessIntegers: true });
  try {
    const work = workloads(await pickTargets(driver), new Date().toISOString().slice(0, 10)).find((w) => w.name.includes(v.workload));
    if (!work) throw new Error(`no workload named like '${v.workload}'`);
    const others = v.with.split(',').filter(Boolean) as Client[];
    const servers: { name: string; client: Client; server: ChildServer }[] = [];
    try {
      for (const c of others) servers.push({ name: c, client: c, server: await spawnServer(c, uri, v.password) });
      for (const { flags = [], env = {} } of variants) {
        const name = [...flags, ...Object.entries(env).map(([k, val]) => `${k}=${val}`)].join(' ') || '(start script only)';
        servers.push({ name, client: 'ours', server: await spawnServer('ours', uri, v.password, flags, env) });
      }
      for (const x of servers) await measure(x.server.url, work.body[x.client], 4, 3);
      const cells = servers.map(() => [] as Cell[]);
      for (let r = 0; r < Number(v.rounds); r++) {
        for (let k = 0; k < servers.length; k++) {
          const i = (k + r) % servers.length;
          cells[i]!.push(await measure(servers[i]!.server.url, work.body[servers[i]!.client], 16, Number(v.seconds)));
        }
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      process.stdout.write(`| API (${work.name}, 16 connections) | req/s per round | median | p99 ms per round | median | peak RSS MB |\n|---|---|---:|---|---:|---:|\n`);
      servers.forEach((x, i) => {
        const rps = cells[i]!.map((c) => Math.round(c.rps));
        const p99 = cells[i]!.map((c) => c.p99);
        process.stdout.write(`| ${x.name} | ${rps.join(', ')} | ${median(rps)} | ${p99.join(', ')} | ${median(p99)} | ${x.server.peakRssMb().toFixed(0)} |\n`);
      });
    } finally {
      await Promise.all(servers.map((x) => x.server.stop()));
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

/**
 * `npx tsx bench/tools/ab-api.ts [--units 1000] [--uri bolt://... --password ...] [--workload chain] [--rounds 3] [--seconds 8] [--with raw,peer] '<variants>'`:
 * A/B of our API under different Node flags or settings, or of two commits (how the heap bound of
 * package.json's start script and READ_BATCHES_IN_FLIGHT were chosen). `<variants>` is a JSON list;
 * each is a flag list, e.g. '[["--max-old-space-size=0"], ["--max-old-space-size=192"]]' (after the
 * start script's flags; the last of a V8 flag wins; 0 is V8's default), or an object
 * `{ "dir": "/tmp/before", "flags": [...], "env": { "READ_BATCHES_IN_FLIGHT": "2" }, "label": "before" }`
 * (every key optional): `dir` runs the API of another checkout of the project (its
 * bench/harness/child-server.ts with that folder as working folder, so its own code, start script
 * flags and node_modules), `label` names the variant in the table.
 * One API per variant (and one raw and one peer with `--with`, from this checkout), all on one Neo4j
 * (its own with `--units` generated units, or the one at `--uri`), each checked once, then `--rounds`
 * rounds of one `--seconds` cell each at 16 connections on the first workload whose name contains
 * `--workload` (this checkout's workloads.ts), the APIs taking turns (the order rotating each round);
 * prints req/s and p99 per round, their medians, and peak RSS, then each variant's checkout and commit.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { BENCH_PASSWORD, startLoadedNeo4j } from '../harness/loaded-neo4j';
import { checkOnce, measure, type Cell } from '../harness/measure';
import { checkCheckout, spawnServer, type ChildServer, type Client } from '../harness/spawn-server';
import { pickTargets, workloads } from '../harness/workloads';

/** One API to try: which checkout, Node flags after its start script's, settings from the environment, and its name in the table. */
interface Variant { dir?: string; flags?: string[]; env?: Record<string, string>; label?: string }

const VARIANT_KEYS = new Set(['dir', 'flags', 'env', 'label']);

/** The variants of the command line, checked before any Neo4j starts. @throws Error naming what is wrong. */
function parseVariants(text: string | undefined): Variant[] {
  const list = JSON.parse(text ?? '[[]]') as unknown;
  if (!Array.isArray(list) || list.length === 0) throw new Error('<variants> must be a non-empty JSON list of flag lists or { dir, flags, env, label } objects');
  return list.map((x: unknown) => {
    const variant = (Array.isArray(x) ? { flags: x } : x) as Variant;
    const unknown = Object.keys(variant).filter((k) => !VARIANT_KEYS.has(k));
    if (unknown.length) throw new Error(`a variant has unknown keys ${unknown.join(', ')}: use dir, flags, env, label`);
    if (variant.dir) checkCheckout(path.resolve(variant.dir));
    return variant;
  });
}

/** A variant's name in the table: its label, or its checkout's folder name, flags and settings. */
function nameOf({ dir, flags = [], env = {}, label }: Variant): string {
  if (label) return label;
  const what = [...flags, ...Object.entries(env).map(([k, val]) => `${k}=${val}`)].join(' ') || '(start script only)';
  return dir ? `${path.basename(path.resolve(dir))}: ${what}` : what;
}

// The checkout's commit, so a before/after table says what it compared.
function commitOf(dir: string): string {
  try {
    const head = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'not a git checkout';
  }
}

async function main(): Promise<void> {
  const { values: v, positionals } = parseArgs({ allowPositionals: true, options: {
    units: { type: 'string', default: '1000' }, uri: { type: 'string' }, password: { type: 'string', default: BENCH_PASSWORD },
    workload: { type: 'string', default: 'chain' }, rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '8' },
    with: { type: 'string', default: '' },
  } });
  const variants = parseVariants(positionals[0]);
  const own = v.uri ? undefined : await startLoadedNeo4j('ab', Number(v.units));
  const uri = v.uri ?? own!.neo.uri;
  const driver = own?.driver ?? neo4j.driver(uri, neo4j.auth.basic('neo4j', v.password), { disableLosslessIntegers: true });
  try {
    const work = workloads(await pickTargets(driver), new Date().toISOString().slice(0, 10)).find((w) => w.name.includes(v.workload));
    if (!work) throw new Error(`no workload named like '${v.workload}'`);
    const others = v.with.split(',').filter(Boolean) as Client[];
    const servers: { name: string; client: Client; server: ChildServer; dir: string }[] = [];
    const here = path.join(__dirname, '..', '..');
    try {
      for (const c of others) servers.push({ name: c, client: c, server: await spawnServer(c, uri, v.password), dir: here });
      for (const x of variants) {
        const server = await spawnServer('ours', uri, v.password, { nodeArgs: x.flags, env: x.env, dir: x.dir });
        servers.push({ name: nameOf(x), client: 'ours', server, dir: x.dir ? path.resolve(x.dir) : here });
      }
      for (const x of servers) {
        await checkOnce(x.server.url, work.body[x.client]);
        await measure(x.server.url, work.body[x.client], 4, 3);
      }
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
      process.stdout.write(`\n${servers.map((x) => `- ${x.name}: ${x.dir}, ${commitOf(x.dir)}`).join('\n')}\n`);
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

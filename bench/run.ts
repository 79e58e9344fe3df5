/**
 * `npm run bench -- [--sizes 1000,100000] [--duration 5] [--rounds 1] [--connections 1,16,64] [--clients raw,ours,peer] [--workloads chain,unit] [--seed 1]`:
 * read latency and throughput of our GraphQL API against the same Cypher run raw and against the
 * Neo4j GraphQL Library (the peer) serving the same data, all three over HTTP.
 *
 * Per size: its own Neo4j 5.26 (db/neo4j.ts, free port, temporary data folder) holding the cited
 * core (seed/data) plus a generated structure of that many units, bulk-loaded (harness/loaded-neo4j.ts);
 * three APIs each in its own Node process (harness/child-server.ts, so each one's peak RSS is its
 * own), a check and a warm-up of every workload, then every workload × connections with the clients
 * in turn (the order rotates from cell to cell) through autocannon; with `--rounds N`, each cell N
 * times (the clients alternating, the order rotating each round) and the median round by req/s is
 * reported, with every round's req/s.
 * Prints a markdown table, then the statements raw runs for each workload, and writes both to
 * bench/results/bench-<date>.md (appended when the day's file exists).
 * Not part of `npm test`.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_PASSWORD, startLoadedNeo4j } from './harness/loaded-neo4j';
import { checkOnce, measure, type Cell } from './harness/measure';
import { rawStatements, type RawStatements } from './harness/raw-server';
import { formatTable, type Row } from './harness/report';
import { spawnServer, type ChildServer, type Client } from './harness/spawn-server';
import { pickTargets, workloads, type Targets } from './harness/workloads';

const DB = 'neo4j';
const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(', ');

interface SizeNotes { size: number; loadSeconds: number; targets: Targets; raw: { workload: string; body: string }[]; peakRssMb: Record<string, number>; subtree?: { total: number; ms: number[] }; loadBefore: string; loadAfter: string }

const USAGE = `Usage: npm run bench -- [options]
  --sizes N,N        generated units per size, each on a Neo4j of its own (default 1000,100000)
  --duration S       seconds per cell (default 5)
  --rounds N         cells per client and connection count; the median round is reported (default 1)
  --connections N,N  concurrent clients per cell (default 1,16,64)
  --clients a,b      of raw, ours, peer (default all three)
  --workloads w,w    only the workloads whose names contain one of these words (default all)
  --warmup S         seconds of warm-up per workload and client (default 2)
  --seed N           generator seed (default 1)
See bench/README.md.
`;

async function main(): Promise<void> {
  const { values: v } = parseArgs({ options: {
    help: { type: 'boolean', short: 'h', default: false },
    sizes: { type: 'string', default: '1000,100000' }, duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,16,64' }, clients: { type: 'string', default: 'raw,ours,peer' },
    seed: { type: 'string', default: '1' }, warmup: { type: 'string', default: '2' }, workloads: { type: 'string', default: '' },
    rounds: { type: 'string', default: '1' },
  } });
  if (v.help) { process.stdout.write(USAGE); return; }
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const sizes = list(v.sizes).map(Number);
  const connections = list(v.connections).map(Number);
  const clients = list(v.clients) as Client[];
  const duration = Number(v.duration);
  const today = new Date().toISOString().slice(0, 10);
  const rows: Row[] = [];
  const notes: SizeNotes[] = [];
  // --workloads chain,unit: only the workloads whose names contain one of these words.
  const only = list(v.workloads);
  for (const size of sizes) notes.push(await benchSize(size, Number(v.seed), clients, connections, { duration, rounds: Number(v.rounds) }, Number(v.warmup), today, rows, only));

  const text = document(rows, notes, { sizes, connections, clients, duration, rounds: Number(v.rounds), today, workloads: v.workloads });
  process.stdout.write(`\n${text}`);
  const file = path.join(__dirname, 'results', `bench-${today}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  // Runs of the same day accumulate in one file, each its own section.
  if (existsSync(file)) appendFileSync(file, `\n${text}`); else writeFileSync(file, text);
  log(`Written to ${path.relative(process.cwd(), file)}.`);
}

/** Everything for one size, on a Neo4j of its own; appends its cells to `rows`. */
async function benchSize(size: number, seed: number, clients: Client[], connections: number[], { duration, rounds }: { duration: number; rounds: number }, warmup: number, today: string, rows: Row[], only: string[]): Promise<SizeNotes> {
  log(`[${size}] Bulk-loading ${size.toLocaleString('en')} generated units into a new Neo4j...`);
  const loadBefore = load();
  const { neo, driver, loadSeconds, close } = await startLoadedNeo4j('bench-api', size, { seed, log: (line) => log(`[${size}]   ${line}`) });
  const servers: ChildServer[] = [];
  try {
    log(`[${size}] Loaded in ${loadSeconds.toFixed(1)} s.`);
    const targets = await pickTargets(driver, DB);
    log(`[${size}] Targets: ${JSON.stringify(targets)}`);
    for (const c of clients) servers.push(await spawnServer(c, neo.uri, BENCH_PASSWORD));
    const byClient = new Map(servers.map((s) => [s.client, s]));
    const work = workloads(targets, today).filter((w) => only.length === 0 || only.some((word) => w.name.includes(word)));
    log(`[${size}] Checking and warming up (${warmup} s per workload and client)...`);
    for (const w of work) {
      for (const s of servers) {
        const bytes = await checkOnce(s.url, w.body[s.client]);
        log(`  ${w.name} · ${s.client}: ${bytes} bytes`);
        await measure(s.url, w.body[s.client], 4, warmup);
      }
    }
    let turn = 0;
    for (const w of work) {
      for (const conns of connections) {
        const cells = new Map<Client, Cell[]>(clients.map((c) => [c, []]));
        for (let round = 1; round <= rounds; round++) {
          const order = clients.map((_, i) => clients[(i + turn) % clients.length]!);
          turn++;
          for (const c of order) {
            const cell = await measure(byClient.get(c)!.url, w.body[c], conns, duration);
            cells.get(c)!.push(cell);
            log(`[${size}] ${w.name} · ${c} · ${conns}${rounds > 1 ? ` · round ${round}` : ''}: p50 ${cell.p50} ms, p99 ${cell.p99} ms, ${Math.round(cell.rps)} req/s${cell.failures ? `, ${cell.failures} failed` : ''}`);
          }
        }
        for (const c of clients) {
          const all = cells.get(c)!;
          const median = [...all].sort((a, b) => a.rps - b.rps)[Math.floor(all.length / 2)]!;
          rows.push({ workload: w.name, size, client: c, connections: conns, ...median, rounds: all.map((x) => x.rps) });
        }
      }
    }
    const subtree = byClient.has('ours') ? await subtreeRead(byClient.get('ours')!.url, targets.province, today) : undefined;
    const peakRssMb = Object.fromEntries(servers.map((s) => [s.client, s.peakRssMb()]));
    const raw = work.map((w) => ({ workload: w.name, body: w.body.raw }));
    return { size, loadSeconds, targets, raw, peakRssMb, subtree, loadBefore, loadAfter: load() };
  } finally {
    for (const s of servers) await s.stop();
    await close();
  }
}

/**
 * Our API streaming the province's whole subtree (depth 10) page by page (`first: 1000`, following
 * endCursor; the first page also asks totalCount), 5 times one after another: ms for each whole read.
 */
async function subtreeRead(url: string, unitId: string, today: string): Promise<{ total: number; ms: number[] }> {
  const query = `query($id: ID!, $asOf: Date, $after: String, $count: Boolean!) { subordinates(unitId: $id, depth: 10, asOf: $asOf, first: 1000, after: $after) {
    totalCount @include(if: $count) pageInfo { hasNextPage endCursor } edges { depth parentId node { id name kind } } } }`;
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    let after: string | null = null;
    let read = 0;
    let counted = -1;
    for (;;) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id: unitId, asOf: today, after, count: after === null } }) });
      const json = (await res.json()) as { data?: { subordinates: { totalCount?: number; edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
      const page = json.data?.subordinates;
      if (!page) throw new Error(`subtree read failed: ${JSON.stringify(json).slice(0, 300)}`);
      if (page.totalCount !== undefined) counted = page.totalCount;
      read += page.edges.length;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    times.push(performance.now() - t);
    if (read !== counted) throw new Error(`subtree read ${read} units but totalCount said ${counted}`);
    total = read;
  }
  return { total, ms: times };
}

function document(rows: Row[], notes: SizeNotes[], o: { sizes: number[]; connections: number[]; clients: string[]; duration: number; rounds: number; today: string; workloads: string }): string {
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB`;
  let uptime = '';
  try { uptime = execSync('uptime').toString().trim(); } catch { /* not every system has it */ }
  const out = [
    `## bench/run.ts: ${o.today} ${new Date().toISOString().slice(11, 16)} UTC, ${o.sizes.map((s) => s.toLocaleString('en')).join(' and ')} units`,
    '',
    `\`npm run bench -- --sizes ${o.sizes.join(',')} --duration ${o.duration}${o.rounds > 1 ? ` --rounds ${o.rounds}` : ''} --connections ${o.connections.join(',')}${o.workloads ? ` --workloads ${o.workloads}` : ''}\` on ${cpu}, Node ${process.version}, ` +
      'Neo4j 5.26 embedded (-Xmx2g), @neo4j/graphql as the peer. All three clients over HTTP on 127.0.0.1, each API in its own Node process; ' +
      'autocannon in the parent process. The machine is shared: other engineers\' Neo4j instances run on it.' +
      (o.rounds > 1 ? ` Each cell is the median of ${o.rounds} rounds by req/s (every round's req/s in brackets), the clients alternating.` : ''),
    '',
    `Load average (1, 5, 15 min) per size, before loading → after measuring: ${notes.map((n) => `${n.size.toLocaleString('en')} units: ${n.loadBefore} → ${n.loadAfter}`).join('; ')}. At the end: \`${uptime}\`.`,
    '',
    formatTable(rows),
    '',
    '### Per size',
    '',
    '| size | load s | peak RSS raw MB | peak RSS ours MB | peak RSS peer MB | whole subtree streamed (ours, depth 10, pages of 1000): units, ms each of 5 | targets |',
    '|---:|---:|---:|---:|---:|---|---|',
    ...notes.map((n) => `| ${n.size.toLocaleString('en')} | ${n.loadSeconds.toFixed(1)} | ${mb(n.peakRssMb.raw)} | ${mb(n.peakRssMb.ours)} | ${mb(n.peakRssMb.peer)} | ` +
      `${n.subtree ? `${n.subtree.total.toLocaleString('en')}: ${n.subtree.ms.map((x) => x.toFixed(0)).join(', ')} (median ${per10k(n.subtree)} ms per 10,000 units)` : '–'} | ` +
      `commune \`${n.targets.commune}\`, old commune \`${n.targets.oldCommune}\`, province \`${n.targets.province}\` (${n.targets.provinceChildren} direct), search "${n.targets.search}" |`),
    '',
    'Peak RSS is the kernel\'s VmHWM of each API process (/proc), over its whole life at that size (start, warm-up, every cell).',
    '',
    ...(o.clients.includes('raw') ? rawSection(notes) : []),
  ];
  return out.join('\n');
}

/**
 * What raw runs for each workload, each statement once (with the workloads that run it; the text is
 * the same at every size) and the params of every workload and size, so anyone can check that raw
 * is the best Cypher for the question.
 */
function rawSection(notes: SizeNotes[]): string[] {
  const groups = new Map<string, { r: RawStatements; params: string[] }>();
  for (const n of notes) {
    for (const { workload, body } of n.raw) {
      const r = rawStatements(body);
      const key = `${r.how}\n${r.statements.map((x) => x.file).join(',')}`;
      const group = groups.get(key) ?? groups.set(key, { r, params: [] }).get(key)!;
      group.params.push(`- ${workload}, ${n.size.toLocaleString('en')} units: \`${JSON.stringify(r.params)}\``);
    }
  }
  const out = ['### What raw runs', '', 'Each statement as raw sends it (api/src/db/queries/<file>.cypher without comment lines and indentation), then the params of each workload that runs it.', ''];
  for (const { r, params } of groups.values()) {
    out.push(`#### ${r.statements.map((x) => `\`${x.file}\``).join(', ')}`, '', `${r.how[0]!.toUpperCase()}${r.how.slice(1)}.`, '');
    for (const x of r.statements) out.push('```cypher', `// ${x.file}`, x.text, '```', '');
    out.push(...params, '');
  }
  return out;
}

/** The median whole-read time scaled to 10,000 units. */
function per10k(s: { total: number; ms: number[] }): string {
  const sorted = [...s.ms].sort((a, b) => a - b);
  return s.total ? ((sorted[Math.floor(sorted.length / 2)]! * 10_000) / s.total).toFixed(0) : '–';
}

const mb = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(0));

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});

/**
 * `npx tsx bench/tools/profile-api.ts [--client ours] [--workload chain] [--units 1000 | --uri bolt://... [--password ...]]
 * [--connections 16] [--seconds 10] [--top 25] [--by function|package]`:
 * where an API's Node process spends its CPU under load. Its own Neo4j with the cited dataset plus
 * `--units` generated units (or the loaded one at `--uri`); the API in a child process under
 * `node --cpu-prof`; autocannon on the first workload whose name contains `--workload`; then the
 * functions (or, with `--by package`, the npm packages and Node's own parts) with the most self time,
 * as a markdown table (the .cpuprofile stays in a temporary folder, named at the end, for Chrome DevTools).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { BENCH_PASSWORD, startLoadedNeo4j } from '../harness/loaded-neo4j';
import { measure } from '../harness/measure';
import { spawnServer, type Client } from '../harness/spawn-server';
import { pickTargets, workloads } from '../harness/workloads';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

async function main(): Promise<void> {
  const { values: v } = parseArgs({ options: {
    client: { type: 'string', default: 'ours' }, workload: { type: 'string', default: 'chain' }, units: { type: 'string', default: '1000' },
    connections: { type: 'string', default: '16' }, seconds: { type: 'string', default: '10' }, top: { type: 'string', default: '25' },
    uri: { type: 'string' }, password: { type: 'string', default: BENCH_PASSWORD }, by: { type: 'string', default: 'function' },
  } });
  if (v.by !== 'function' && v.by !== 'package') throw new Error(`--by is 'function' or 'package', not '${v.by}'`);
  const profDir = mkdtempSync(path.join(os.tmpdir(), 'command-graph-cpuprofile-'));
  const own = v.uri ? undefined : await startLoadedNeo4j('profile', Number(v.units));
  const uri = v.uri ?? own!.neo.uri;
  const driver = own?.driver ?? neo4j.driver(uri, neo4j.auth.basic('neo4j', v.password), { disableLosslessIntegers: true });
  try {
    const today = new Date().toISOString().slice(0, 10);
    const work = workloads(await pickTargets(driver), today).find((w) => w.name.includes(v.workload));
    if (!work) throw new Error(`no workload named like '${v.workload}'`);
    const client = v.client as Client;
    const server = await spawnServer(client, uri, v.password, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] });
    await measure(server.url, work.body[client], 4, 3);
    const cell = await measure(server.url, work.body[client], Number(v.connections), Number(v.seconds));
    await server.stop();
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no profile written in ${profDir}`);
    const profile = JSON.parse(readFileSync(path.join(profDir, file), 'utf8')) as Profile;
    process.stdout.write(`## ${client} · ${work.name} · ${v.connections} connections · ${Math.round(cell.rps)} req/s, p50 ${cell.p50} ms, p99 ${cell.p99} ms\n\n`);
    process.stdout.write(`${selfTimeTable(profile, Number(v.top), cell.requests, v.by === 'package' ? packageOf : functionOf)}\n\nProfile: ${path.join(profDir, file)}\n`);
  } finally {
    if (own) await own.close();
    else await driver.close();
  }
}

type Frame = ProfileNode['callFrame'];

// A function and where it is (file:line, node_modules/ and the checkout's folder cut off).
function functionOf(f: Frame): string {
  const where = f.url ? `${f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/main\//, '')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
}

// The npm package (its last node_modules/ folder), the project's own top folder, Node's own
// JavaScript (node:...), or V8's entries such as (garbage collector), (program) and (idle).
function packageOf(f: Frame): string {
  const url = f.url;
  if (!url) return f.functionName.startsWith('(') ? f.functionName : `(native) ${f.functionName}`;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (inModules) return inModules[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const own = /\/main\/([^/]+)\//.exec(url);
  return own ? `project ${own[1]}/` : url;
}

/** The `top` groups (functions, or packages) by self time, with their share and microseconds per request. */
function selfTimeTable(p: Profile, top: number, requests: number, group: (f: Frame) => string): string {
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const byFrame = new Map<string, number>();
  for (const n of p.nodes) {
    const t = self.get(n.id) ?? 0;
    if (!t) continue;
    const key = group(n.callFrame);
    byFrame.set(key, (byFrame.get(key) ?? 0) + t);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = byFrame.get('(idle)') ?? 0;
  const rows = [...byFrame.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `Busy ${(((total - idle) / total) * 100).toFixed(0)}% of the time; ${((total - idle) / Math.max(1, requests)).toFixed(0)} µs of CPU per request.`,
    '',
    `| ${group === functionOf ? 'function' : 'package'} | self ms | % of busy | µs per request |`,
    '|---|---:|---:|---:|',
    ...rows.map(([k, t]) => `| \`${k}\` | ${(t / 1000).toFixed(0)} | ${((t / (total - idle)) * 100).toFixed(1)} | ${(t / Math.max(1, requests)).toFixed(1)} |`),
  ].join('\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});

/**
 * The bounded load test of issue 7: 64 concurrent clients for 60 s of mixed reads with a trickle of
 * writes, against the real API on loopback and its own Neo4j; stops by itself. Prints a table: requests,
 * errors, p50/p99 latency, requests a second, and the API's heap before and after (no leak: flat).
 *
 *   npx tsx --expose-gc bench/load-test.ts [--connections 64] [--duration 60]
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../api/src/config';
import { createDb } from '../api/src/db/driver';
import { applySchema } from '../api/src/db/apply-schema';
import { startServer } from '../api/src/server';
import { startEmbeddedNeo4j } from '../db/neo4j';
import { loadDataset } from '../seed/loader';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CONNECTIONS = arg('connections', 64);
const DURATION = arg('duration', 60);

const READS = [
  '{ chainOfResponsibility(unitId: "hanoi-commune-ward-police") { paths { steps { unit { name } up { type } leaders { person { name } } } } } }',
  '{ chainOfResponsibility(unitId: "hanoi-commune-ward-police", asOf: "2024-06-01") { paths { top { id } } } }',
  '{ searchUnits(query: "cong an") { edges { node { id name } } } }',
  '{ subordinates(unitId: "hanoi-police", depth: 2) { totalCount edges { node { id } } } }',
  '{ neighbourhood(unitId: "mps", depth: 2) { nodes { data { id } } edges { data { id } } } }',
  '{ unit(id: "mps") { name nameVi leadPost { holders { person { name } } } citations { quote } } }',
];

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
}

async function main(): Promise<void> {
  const key = randomBytes(24).toString('hex');
  const password = 'load-test-password';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'command-graph-load-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, host: '127.0.0.1', port: 0, user: 'neo4j', password });
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent' }, {
    neo4jUri: neo4j.uri, neo4jPassword: password, port: 0, rateLimitPerMinute: 1_000_000,
    apiKeys: `load:editor:${createHash('sha256').update(key).digest('hex')}`,
  });
  const db = createDb(config);
  await applySchema(db.driver, db.database);
  await loadDataset(db.driver, db.database, [path.resolve(__dirname, '..', 'seed', 'data')]);
  const server = await startServer(config, db);
  let writes = 0;
  const body = (query: string) => JSON.stringify({ query });
  const requests = READS.map((q) => ({ method: 'POST' as const, path: '/graphql', body: body(q) }));

  // Warm up, then measure the heap the server settles at.
  await autocannon({ url: server.url, connections: 8, duration: 3, headers: { 'content-type': 'application/json' }, requests });
  const heapBefore = heapMb();
  let n = 0;
  const result = await autocannon({
    url: server.url, connections: CONNECTIONS, duration: DURATION, headers: { 'content-type': 'application/json' },
    requests: [{
      method: 'POST', path: '/graphql',
      // One request in fifty is a write: a new person, cited, through the editing API.
      setupRequest: (req) => {
        n++;
        if (n % 50 === 0) {
          writes++;
          return { ...req, headers: { ...req.headers, authorization: `Bearer ${key}` },
            body: body(`mutation { createPerson(input: { id: "load-person-${n}", name: "Load test ${n}" }, change: { effectiveDate: "2026-01-01", citation: { note: "load test" } }) { id } }`) };
        }
        return { ...req, body: requests[n % requests.length]!.body };
      },
    }],
  });
  const heapAfter = heapMb();
  const errors = result.errors + result.timeouts + result.non2xx;
  const table = [
    `| connections | seconds | requests | writes | errors | p50 ms | p99 ms | req/s | heap before MB | heap after MB |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    `| ${CONNECTIONS} | ${DURATION} | ${result.requests.total} | ${writes} | ${errors} | ${result.latency.p50} | ${result.latency.p99} | ${Math.round(result.requests.average)} | ${heapBefore} | ${heapAfter} |`,
  ].join('\n');
  const note = `\nMachine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end; ${new Date().toISOString()}.\n`;
  console.log(table + note);
  mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  writeFileSync(path.join(__dirname, 'results', 'load-test.md'), `# Load test (bench/load-test.ts)\n\n\`npx tsx --expose-gc bench/load-test.ts --connections ${CONNECTIONS} --duration ${DURATION}\`\n\n${table}\n${note}`);
  await server.close();
  await db.close();
  await neo4j.stop();
  process.exit(errors === 0 ? 0 : 1);
}

main().catch((err) => { console.error(err); process.exit(1); });

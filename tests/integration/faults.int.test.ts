import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startEmbeddedNeo4j, type RunningNeo4j } from '../../db/neo4j';
import { prepareDatabase } from '../../api/src/bootstrap';
import { startApi, type Api } from './harness';

// This file runs its own Neo4j (beside the run's shared one) so it can stop and start it.
let api: Api | undefined;
let neo4j: RunningNeo4j | undefined;
let dataDir: string | undefined;
afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const code = (body: any) => body.errors?.[0]?.extensions?.code;

describe('faults it survives', () => {
  test('when Neo4j is down at start, stopped and restarted under load, then the API answers DATABASE_UNAVAILABLE fast and recovers by itself', async () => {
    const port = await freePort();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'command-graph-faults-'));
    dataDir = dir;
    const startDb = () => startEmbeddedNeo4j({ dataDir: dir, host: '127.0.0.1', port, user: process.env.NEO4J_USER!, password: process.env.NEO4J_PASSWORD! });
    api = await startApi({ neo4jUri: `bolt://127.0.0.1:${port}`, seedOnEmpty: false });
    const ready = prepareDatabase(api.db, api.config, async () => undefined, () => undefined, 200);

    // Down at start: the API is up, not ready, and fails fast.
    expect((await fetch(`${api.url}/readyz`)).status).toBe(503);
    const t0 = Date.now();
    const down = await api.gql('{ unit(id: "mps") { id } }');
    expect(Date.now() - t0).toBeLessThan(2000); // "within a second" plus slack for a loaded 2-core CI machine
    expect(code(down)).toBe('DATABASE_UNAVAILABLE');

    // Neo4j comes: the API gets ready by itself (schema applied) and answers.
    neo4j = await startDb();
    expect(await ready.done).toBe(true);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect((await api.gql('{ unit(id: "mps") { id } }')).errors).toBeUndefined();

    // Stopped and restarted while clients keep asking: every request ends, none hangs, no crash.
    const outcomes: string[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        try {
          const res = await fetch(`${api!.url}/graphql`, {
            method: 'POST', headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(30_000), // "hung" = no answer in 30 s
            body: JSON.stringify({ query: '{ searchUnits(query: "police") { edges { cursor } } }' }),
          });
          const body = await res.json();
          outcomes.push(body.errors ? String(code(body)) : 'ok');
        } catch (err) {
          outcomes.push(`client error: ${(err as Error).name}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const clients = [client(), client(), client(), client()];
    await new Promise((r) => setTimeout(r, 500));
    await neo4j.stop();
    await new Promise((r) => setTimeout(r, 1000));
    neo4j = await startDb();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && outcomes.slice(-4).some((o) => o !== 'ok')) await new Promise((r) => setTimeout(r, 200));
    running = false;
    await Promise.all(clients);

    expect(new Set(outcomes.filter((o) => o !== 'ok'))).toEqual(new Set(outcomes.includes('DATABASE_UNAVAILABLE') ? ['DATABASE_UNAVAILABLE'] : []));
    expect(outcomes).toContain('DATABASE_UNAVAILABLE');
    expect(outcomes.slice(-4)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  }, 240_000);
});

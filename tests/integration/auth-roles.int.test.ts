import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { uniquePrefix } from './harness';
import { change, code, jwt, KEYS, removeFixtureAndAudit, startAuthApi, type AuthApi } from './mutations-harness';

let api: AuthApi;
const p = uniquePrefix('authroles');
const CREATE = 'mutation ($i: CreatePersonInput!, $c: ChangeInput!) { createPerson(input: $i, change: $c) { id } }';
const create = (token: string | null, n: string) => api.as(token, CREATE, { i: { id: `${p}-${n}`, name: `Person ${n}` }, c: change('2025-01-01', `by ${n}`) });
const exists = async (n: string) => (await api.gql('query ($id: ID!) { person(id: $id) { id } }', { id: `${p}-${n}` })).data!.person !== null;

beforeAll(async () => { api = await startAuthApi(); });
afterAll(async () => {
  await removeFixtureAndAudit(api.db, p);
  await api.close();
});

describe('who may write', () => {
  test('when a mutation comes without a token, then UNAUTHENTICATED (HTTP 401) and nothing is written', async () => {
    const res = await create(null, 'anon');
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect(await exists('anon')).toBe(false);
  });

  test('when the token is wrong, then UNAUTHENTICATED, for writes and for reads alike', async () => {
    for (const token of ['not-a-key', `${KEYS.editor}x`, 'eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJhZG1pbiJdfQ.']) {
      const res = await create(token, 'wrong');
      expect(code(res)).toBe('UNAUTHENTICATED');
      expect(res.status).toBe(401);
    }
    expect(code(await api.as('not-a-key', '{ unit(id: "mps") { id } }'))).toBe('UNAUTHENTICATED');
    expect(await exists('wrong')).toBe(false);
  });

  test('when a viewer key writes, then FORBIDDEN; an editor key writes', async () => {
    expect(code(await create(KEYS.viewer, 'viewer'))).toBe('FORBIDDEN');
    expect(await exists('viewer')).toBe(false);
    expect((await create(KEYS.editor, 'editor')).errors).toBeUndefined();
    expect(await exists('editor')).toBe(true);
  });

  test('when JWTs are HS256 or RS256 with role editor, then they write; viewer role, expired, badly signed or unknown alg are refused', async () => {
    expect((await create(await jwt({ sub: 'alice', roles: ['editor'] }), 'hs')).errors).toBeUndefined();
    expect((await create(await jwt({ sub: 'bob', role: 'admin' }, 'RS256'), 'rs')).errors).toBeUndefined();
    expect(code(await create(await jwt({ sub: 'carol', roles: ['viewer'] }), 'jv'))).toBe('FORBIDDEN');
    expect(code(await create(await jwt({ sub: 'dan', roles: ['editor'] }, 'HS256', '-1m'), 'exp'))).toBe('UNAUTHENTICATED');
    const forged = (await jwt({ sub: 'eve', roles: ['admin'] })).replace(/.{4}$/, 'AAAA');
    expect(code(await create(forged, 'forged'))).toBe('UNAUTHENTICATED');
    expect(await exists('exp')).toBe(false);
    expect(await exists('forged')).toBe(false);
  });

  test('when changes are made, then the audit trail says who, when, what and the citation, and needs a token to read', async () => {
    const audit = await api.as(KEYS.viewer, 'query ($t: ID) { auditTrail(targetId: $t) { edges { node { actor action at effectiveDate citation { note } targetIds input } } } }', { t: `${p}-hs` });
    const [entry] = audit.data!.auditTrail.edges;
    expect(entry.node).toMatchObject({ actor: 'alice', action: 'createPerson', effectiveDate: '2025-01-01', citation: { note: 'by hs' }, targetIds: [`${p}-hs`] });
    expect(Date.now() - Date.parse(entry.node.at)).toBeLessThan(120_000);
    expect(JSON.parse(entry.node.input).input.id).toBe(`${p}-hs`);
    expect(code(await api.gql('{ auditTrail { edges { cursor } } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('who may read', () => {
  test('when READ_ACCESS=token, then reading without a token is UNAUTHENTICATED and with a viewer key works', async () => {
    const closed = await startAuthApi({ readAccess: 'token' });
    try {
      expect(code(await closed.as(null, '{ unit(id: "mps") { id } }'))).toBe('UNAUTHENTICATED');
      expect((await closed.as(KEYS.viewer, '{ unit(id: "mps") { id } }')).errors).toBeUndefined();
      expect(code(await closed.as(await jwt({ sub: 'norole' }), '{ unit(id: "mps") { id } }'))).toBe('FORBIDDEN');
    } finally {
      await closed.close();
    }
  });

  test('when reading is open (the default), then reading needs no token', async () => {
    expect((await api.as(null, '{ unit(id: "mps") { id } }')).errors).toBeUndefined();
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { uniquePrefix } from './harness';
import { writeFixtureGraph } from './fixture-graph';
import { change, code, KEYS, removeFixtureAndAudit, startAuthApi, type AuthApi } from './mutations-harness';

let api: AuthApi;
const p = uniquePrefix('mutunits');
const ed = (q: string, v: Record<string, unknown>) => api.as(KEYS.editor, q, v);
const MOVE = 'mutation ($u: ID!, $to: ID!, $c: ChangeInput!) { moveUnit(unitId: $u, newParentId: $to, change: $c) { id } }';
const parentOn = async (id: string, asOf: string) => (await api.gql('query ($id: ID!, $d: Date) { unit(id: $id) { parent(asOf: $d) { id } } }', { id, d: asOf })).data!.unit.parent?.id ?? null;

beforeAll(async () => {
  api = await startAuthApi();
  await writeFixtureGraph(api.db, p);
});
afterAll(async () => {
  await removeFixtureAndAudit(api.db, p);
  await api.close();
});

describe('creating and updating units', () => {
  test('when a unit is created under a parent, then it reads back with its parent from that day, its citation, and search finds it without diacritics', async () => {
    const res = await ed(`mutation ($i: CreateUnitInput!, $c: ChangeInput!) { createUnit(input: $i, change: $c) {
      id name nameVi validFrom citations { note } parent(asOf: "2025-08-01") { id } } }`,
    { i: { id: `${p}-new`, name: `Ward Police ${p}`, nameVi: `Công an phường Đống Đa ${p}`, kind: 'COMMUNE_POLICE', parentId: `${p}-city` }, c: change('2025-07-01', 'entered by tester from Decision 1') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUnit).toEqual({ id: `${p}-new`, name: `Ward Police ${p}`, nameVi: `Công an phường Đống Đa ${p}`, validFrom: '2025-07-01',
      citations: [{ note: 'entered by tester from Decision 1' }], parent: { id: `${p}-city` } });
    expect(await parentOn(`${p}-new`, '2025-06-30')).toBeNull();
    const found = await api.gql('query ($q: String!) { searchUnits(query: $q) { edges { node { id } } } }', { q: `cong an phuong dong da ${p}` });
    expect(found.data!.searchUnits.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(`${p}-new`);
  });

  test('when the id is taken, then CONFLICT', async () => {
    const res = await ed('mutation ($i: CreateUnitInput!, $c: ChangeInput!) { createUnit(input: $i, change: $c) { id } }',
      { i: { id: `${p}-city`, name: 'Again', kind: 'OTHER' }, c: change('2025-07-01') });
    expect(code(res)).toBe('CONFLICT');
  });

  test('when a unit is renamed, then reads and search show the new name and the audit trail keeps the old one', async () => {
    const res = await ed('mutation ($id: ID!, $i: UpdateUnitInput!, $c: ChangeInput!) { updateUnit(id: $id, input: $i, change: $c) { name citations { note } } }',
      { id: `${p}-orphan`, i: { name: `Renamed Unit ${p}` }, c: change('2025-01-01', 'rename') });
    expect(res.data!.updateUnit).toEqual({ name: `Renamed Unit ${p}`, citations: [{ note: 'test fixture' }, { note: 'rename' }] });
    const audit = await api.as(KEYS.viewer, 'query ($t: ID) { auditTrail(targetId: $t) { edges { node { action before actor } } } }', { t: `${p}-orphan` });
    expect(audit.data!.auditTrail.edges[0].node).toEqual({ action: 'updateUnit', actor: 'test-editor', before: JSON.stringify({ name: `Orphan Unit ${p}` }) });
  });

  test('when a citation has neither a note nor a source and quote, then BAD_USER_INPUT and nothing is written', async () => {
    const res = await ed('mutation ($i: CreateUnitInput!, $c: ChangeInput!) { createUnit(input: $i, change: $c) { id } }',
      { i: { id: `${p}-uncited`, name: 'Uncited', kind: 'OTHER' }, c: { effectiveDate: '2025-01-01', citation: {} } });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect((await api.gql('query ($id: ID!) { unit(id: $id) { id } }', { id: `${p}-uncited` })).data!.unit).toBeNull();
  });
  test('when the citation names a source, then it must exist and carries its quote; an unknown source is NOT_FOUND', async () => {
    const MUT = 'mutation ($i: CreateUnitInput!, $c: ChangeInput!) { createUnit(input: $i, change: $c) { citations { source { id } quote } } }';
    const ok = await ed(MUT, { i: { id: `${p}-sourced`, name: 'Sourced', kind: 'OTHER' }, c: { effectiveDate: '2025-01-01', citation: { sourceId: '000_38f23473389ca599', quote: 'the exact words' } } });
    expect(ok.data!.createUnit.citations).toEqual([{ source: { id: '000_38f23473389ca599' }, quote: 'the exact words' }]);
    const missing = await ed(MUT, { i: { id: `${p}-unsourced`, name: 'Unsourced', kind: 'OTHER' }, c: { effectiveDate: '2025-01-01', citation: { sourceId: 'no-such-source', quote: 'q' } } });
    expect(code(missing)).toBe('NOT_FOUND');
  });
});

describe('moving a unit', () => {
  test('when a unit is moved, then asOf before the date shows the old parent and after it the new one', async () => {
    const res = await ed(MOVE, { u: `${p}-board`, to: `${p}-ministry`, c: change('2026-03-01') });
    expect(res.errors).toBeUndefined();
    expect(await parentOn(`${p}-board`, '2026-02-28')).toBe(`${p}-city`);
    expect(await parentOn(`${p}-board`, '2026-03-01')).toBe(`${p}-ministry`);
  });

  test('when the new parent is a descendant, then CONFLICT with the path that would close the loop, and nothing changes', async () => {
    const res = await ed(MOVE, { u: `${p}-ministry`, to: `${p}-commune`, c: change('2026-06-01') });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.path).toEqual([`${p}-ministry`, `${p}-commune`, `${p}-city`, `${p}-ministry`]);
    expect(await parentOn(`${p}-ministry`, '2026-07-01')).toBeNull();
    const self = await ed(MOVE, { u: `${p}-city`, to: `${p}-city`, c: change('2026-06-01') });
    expect(code(self)).toBe('CONFLICT');
    expect(self.errors![0]!.extensions!.path).toEqual([`${p}-city`, `${p}-city`]);
  });

  test('when a move is dated before the current line began, then CONFLICT: a unit keeps one primary parent at any date', async () => {
    const res = await ed(MOVE, { u: `${p}-board`, to: `${p}-orphan`, c: change('2026-02-01') });
    expect(code(res)).toBe('CONFLICT');
    const [row] = await api.db.read({ name: 'x', text: `MATCH (:Unit {id: $id})-[r:REPORTS_TO]->() RETURN collect([toString(r.validFrom), toString(r.validTo)]) AS spans` }, { id: `${p}-board` }) as { spans: [string | null, string | null][] }[];
    const spans = row!.spans.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    for (let i = 1; i < spans.length; i++) expect(spans[i - 1]![1]! <= spans[i]![0]!).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { uniquePrefix } from './harness';
import { writeFixtureGraph } from './fixture-graph';
import { change, code, KEYS, removeFixtureAndAudit, startAuthApi, type AuthApi } from './mutations-harness';

let api: AuthApi;
const p = uniquePrefix('mutstruct');
const admin = (q: string, v: Record<string, unknown>) => api.as(KEYS.admin, q, v);
const CREATE = 'mutation ($i: CreateUnitInput!, $c: ChangeInput!) { createUnit(input: $i, change: $c) { id } }';
const create = (id: string, parentId: string, kind = 'PROVINCIAL_POLICE') => admin(CREATE, { i: { id, name: `${id} name`, kind, parentId }, c: change('2020-01-01') });
const unitOn = async (id: string, asOf: string) => (await api.gql('query ($id: ID!, $d: Date) { unit(id: $id) { validTo parent(asOf: $d) { id } childCount(asOf: $d) } }', { id, d: asOf })).data!.unit;

beforeAll(async () => {
  api = await startAuthApi();
  await writeFixtureGraph(api.db, p);
  // Two provincial forces with a department each, merged on 2025-07-01 as in the 2025 reform.
  for (const prov of ['ha-giang', 'tuyen-quang']) {
    await create(`${p}-${prov}`, `${p}-ministry`);
    await create(`${p}-${prov}-dept`, `${p}-${prov}`, 'PROVINCIAL_DEPARTMENT');
  }
});
afterAll(async () => {
  await removeFixtureAndAudit(api.db, p);
  await api.close();
});

describe('dissolving, merging and splitting units', () => {
  test('when an editor dissolves a unit, then FORBIDDEN: it needs an admin', async () => {
    const res = await api.as(KEYS.editor, 'mutation ($c: ChangeInput!) { dissolveUnit(id: "x", change: $c) { id } }', { c: change('2026-01-01') });
    expect(code(res)).toBe('FORBIDDEN');
  });

  test('when a unit still has subordinates, then dissolving it is CONFLICT naming them', async () => {
    const res = await admin('mutation ($id: ID!, $c: ChangeInput!) { dissolveUnit(id: $id, change: $c) { id } }', { id: `${p}-city`, c: change('2026-06-01') });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.children).toEqual(expect.arrayContaining([`${p}-board`, `${p}-commune`]));
  });

  test('when a unit is dissolved, then it and its lines end that day but asOf before still shows them, and its post holder is relieved', async () => {
    const res = await admin('mutation ($id: ID!, $c: ChangeInput!) { dissolveUnit(id: $id, change: $c) { id validTo } }', { id: `${p}-orphan`, c: change('2026-02-01') });
    expect(res.data!.dissolveUnit).toEqual({ id: `${p}-orphan`, validTo: '2026-02-01' });
    const rel = async (d: string) => (await api.gql('query ($id: ID!, $d: Date) { unit(id: $id) { relations(asOf: $d, types: [COORDINATES_WITH]) { id } } }', { id: `${p}-city`, d })).data!.unit.relations.length;
    expect(await rel('2026-01-31')).toBe(1);
    expect(await rel('2026-02-01')).toBe(0);
  });

  test('when two provincial forces are merged into a new one, then as one change the departments move, the old forces end, and the past is kept', async () => {
    const res = await admin(`mutation ($ids: [ID!]!, $into: MergeTargetInput!, $c: ChangeInput!) { mergeUnits(unitIds: $ids, into: $into, change: $c) {
      id validFrom parent(asOf: "2025-07-01") { id } childCount(asOf: "2025-07-01") } }`,
    { ids: [`${p}-ha-giang`, `${p}-tuyen-quang`], into: { id: `${p}-tuyen-quang-new`, name: 'Tuyen Quang Provincial Police', kind: 'PROVINCIAL_POLICE' },
      c: { effectiveDate: '2025-07-01', citation: { note: 'Resolution 202/2025/QH15, entered by the test suite' } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeUnits).toEqual({ id: `${p}-tuyen-quang-new`, validFrom: '2025-07-01', parent: { id: `${p}-ministry` }, childCount: 2 });
    expect(await unitOn(`${p}-ha-giang-dept`, '2025-07-01')).toMatchObject({ parent: { id: `${p}-tuyen-quang-new` } });
    expect(await unitOn(`${p}-ha-giang-dept`, '2025-06-30')).toMatchObject({ parent: { id: `${p}-ha-giang` } });
    expect(await unitOn(`${p}-ha-giang`, '2025-06-30')).toEqual({ validTo: '2025-07-01', parent: { id: `${p}-ministry` }, childCount: 1 });
    expect(await unitOn(`${p}-ha-giang`, '2025-07-01')).toEqual({ validTo: '2025-07-01', parent: null, childCount: 0 });
  });

  test('when a merge would put a unit under its own descendant, then CONFLICT and nothing of the merge is written', async () => {
    const res = await admin('mutation ($ids: [ID!]!, $into: MergeTargetInput!, $c: ChangeInput!) { mergeUnits(unitIds: $ids, into: $into, change: $c) { id } }',
      { ids: [`${p}-city`], into: { id: `${p}-commune` }, c: change('2026-06-01') });
    expect(code(res)).toBe('CONFLICT');
    expect(await unitOn(`${p}-city`, '2026-06-01')).toMatchObject({ validTo: null, parent: { id: `${p}-ministry` } });
  });

  test('when a unit is split, then its subordinates go where assigned and it ends, in one change', async () => {
    const res = await admin(`mutation ($id: ID!, $into: [CreateUnitInput!]!, $a: [ChildAssignmentInput!], $c: ChangeInput!) {
      splitUnit(id: $id, into: $into, assignments: $a, change: $c) { id parent(asOf: "2027-01-01") { id } } }`,
    { id: `${p}-tuyen-quang-new`, into: [{ id: `${p}-north`, name: 'North', kind: 'PROVINCIAL_POLICE' }, { id: `${p}-south`, name: 'South', kind: 'PROVINCIAL_POLICE' }],
      a: [{ childId: `${p}-ha-giang-dept`, newParentId: `${p}-north` }, { childId: `${p}-tuyen-quang-dept`, newParentId: `${p}-south` }], c: change('2027-01-01') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.splitUnit).toEqual([{ id: `${p}-north`, parent: { id: `${p}-ministry` } }, { id: `${p}-south`, parent: { id: `${p}-ministry` } }]);
    expect(await unitOn(`${p}-tuyen-quang-dept`, '2027-01-01')).toMatchObject({ parent: { id: `${p}-south` } });
    expect(await unitOn(`${p}-tuyen-quang-new`, '2027-01-01')).toMatchObject({ validTo: '2027-01-01', childCount: 0 });
  });

  test('when a split leaves a subordinate unassigned, then CONFLICT naming it', async () => {
    const res = await admin('mutation ($id: ID!, $into: [CreateUnitInput!]!, $c: ChangeInput!) { splitUnit(id: $id, into: $into, change: $c) { id } }',
      { id: `${p}-north`, into: [{ id: `${p}-north-a`, name: 'A', kind: 'OTHER' }], c: change('2028-01-01') });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.children).toEqual([`${p}-ha-giang-dept`]);
  });
});

/**
 * changesBetween against the real Neo4j: across the 2025 reorganisation on a small generated
 * structure (the counts by kind are the generator's own plan), and on a fixture changed through the
 * mutations (a merger, a move, a holder relieved and one appointed). Each part owns its data under
 * a unique id prefix and removes only that.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { loadGenerated, type GenerateOptions } from '../../seed/generator';
import { layOut, provinceNames } from '../../seed/generator/layout';
import { planShape } from '../../seed/generator/plan';
import { removeFixture, uniquePrefix } from './harness';
import { writeFixtureGraph } from './fixture-graph';
import { change, KEYS, removeFixtureAndAudit, startAuthApi, type AuthApi } from './mutations-harness';

const database = process.env.NEO4J_DATABASE || 'neo4j';
const g = `gen-${uniquePrefix('changes')}-`;
const gen: GenerateOptions = { units: 1200, seed: 5, idPrefix: g, rootId: `${g}mps`, includeRoot: true };
const p = uniquePrefix('changesmut');
let api: AuthApi;
const admin = (q: string, v: Record<string, unknown>) => api.as(KEYS.admin, q, v);

const CHANGES = `query ($from: Date!, $to: Date!, $under: ID, $kinds: [ChangeKind!], $first: Int, $after: String) {
  changesBetween(from: $from, to: $to, under: $under, kinds: $kinds, first: $first, after: $after) {
    totalCount
    summary { kind changes facts }
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind date dateExact units { id } successors { id } fromParent { id } toParent { id }
      relations { id type } holdings { id person { id } } alongside { kind count } synthetic citations { note } } }
  }
}`;
type Page = {
  totalCount: number;
  summary: { kind: string; changes: number; facts: number }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; kind: string; date: string; units: { id: string }[]; successors: { id: string }[]; fromParent: { id: string } | null;
    toParent: { id: string } | null; holdings: { id: string; person: { id: string } }[]; alongside: { kind: string; count: number }[]; relations: { id: string; type: string }[] } }[];
};
async function changes(vars: Record<string, unknown>): Promise<Page> {
  const res = await api.gql<{ changesBetween: Page }>(CHANGES, { first: 1000, ...vars });
  expect(res.errors).toBeUndefined();
  return res.data!.changesBetween;
}

beforeAll(async () => {
  api = await startAuthApi();
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!));
  try {
    await loadGenerated(driver, database, gen, { batchSize: 1000 });
  } finally {
    await driver.close();
  }
  await writeFixtureGraph(api.db, p);
}, 180_000);

afterAll(async () => {
  await removeFixture(api.db, g);
  await removeFixtureAndAudit(api.db, p);
  await api.close();
});

describe('changesBetween across the 2025 reorganisation of a generated structure', () => {
  const plan = planShape(gen.units);
  const layout = layOut(plan, gen.seed!, g);
  const merged = layout.newProvinces.filter((n) => n.from.length > 1);
  // Of the eleven not merged, one changed its name (Thừa Thiên Huế became Huế).
  const kept = layout.newProvinces.filter((n) => n.from.length === 1);
  const renamed = kept.filter((n) => provinceNames(n.nameVi).name !== provinceNames(n.from[0]!.nameVi).name).length;
  const window = { from: '2024-06-01', to: '2026-01-01', under: `${g}mps` };

  test('when read from 2024-06-01 to 2026-01-01, then the counts by kind are the generator\'s plan: 63 provinces into 34, the districts abolished', async () => {
    const page = await changes(window);
    const olds = merged.reduce((n, m) => n + m.from.length, 0);
    expect(page.summary).toEqual([
      { kind: 'CREATED', changes: 0, facts: plan.newCommunes },
      { kind: 'DISSOLVED', changes: 63, facts: plan.districts + plan.oldCommunes },
      { kind: 'RENAMED', changes: renamed, facts: renamed },
      { kind: 'CONTINUED', changes: kept.length - renamed, facts: kept.length - renamed },
      { kind: 'MERGED', changes: merged.length, facts: olds },
      { kind: 'MOVED', changes: 0, facts: plan.oldCommunes },
      { kind: 'LINE_ADDED', changes: 0, facts: 34 + plan.newCommunes },
      { kind: 'LINE_ENDED', changes: 0, facts: 63 + plan.districts + plan.oldCommunes },
      { kind: 'APPOINTED', changes: 0, facts: 34 + plan.newCommunes },
      { kind: 'RELIEVED', changes: 0, facts: 63 + plan.districts + plan.oldCommunes },
    ]);
    expect([merged.length, kept.length, renamed]).toEqual([23, 11, 1]);
    expect(olds + (34 - merged.length)).toBe(63);
    expect(page.totalCount).toBe(63 + 34);
  });

  test('when a merger is read, then it is one change naming the old provinces and the new one, with its communes counted', async () => {
    const m = merged[0]!;
    const page = await changes({ ...window, kinds: ['MERGED'] });
    const change = page.edges.map((e) => e.node).find((c) => c.successors.some((s) => s.id === m.id))!;
    expect(change.date).toBe('2025-07-01');
    expect(change.units.map((u) => u.id)).toEqual(m.from.map((f) => f.id).sort());
    expect(change.relations.map((r) => r.type)).toEqual(m.from.map(() => 'SUCCEEDED_BY'));
    const communesBefore = m.from.flatMap((f) => f.districts).reduce((n, d) => n + d.communes, 0);
    expect(change.alongside).toEqual(expect.arrayContaining([{ kind: 'CREATED', count: m.communes }, { kind: 'DISSOLVED', count: communesBefore }]));
  });

  test('when the districts\' abolition is read, then each old province\'s districts are one change on 2025-03-01 and their communes are counted as moved', async () => {
    const page = await changes({ ...window, kinds: ['DISSOLVED'], to: '2025-06-30' });
    expect(page.totalCount).toBe(63);
    const old = layout.oldProvinces[0]!;
    const change = page.edges.map((e) => e.node).find((c) => c.units[0]!.id === old.districts[0]!.id)!;
    expect(change.date).toBe('2025-03-01');
    expect(change.units.map((u) => u.id)).toEqual(old.districts.map((d) => d.id).sort());
    expect(change.alongside).toEqual(expect.arrayContaining([{ kind: 'MOVED', count: old.districts.reduce((n, d) => n + d.communes, 0) }]));
  });

  test('when MOVED is asked for, then each commune\'s move is listed with its old and new parent', async () => {
    const page = await changes({ ...window, kinds: ['MOVED'], first: 5 });
    expect(page.totalCount).toBe(plan.oldCommunes);
    const first = page.edges[0]!.node;
    expect(first.date).toBe('2025-03-01');
    expect(first.fromParent!.id).toMatch(/-district-\d\d$/);
    expect(first.toParent!.id).toMatch(new RegExp(`^${g}old-`));
  });

  test('when paged 10 at a time, then the pages follow each other in order (day, kind, id) without gaps or repeats', async () => {
    const all = (await changes(window)).edges.map((e) => e.node.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await changes({ ...window, first: 10, after });
      paged.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all);
    expect(all).toHaveLength(97);
  });
});

describe('changesBetween after changes made through the mutations', () => {
  const window = { from: '2025-04-01', to: '2025-12-31', under: `${p}-ministry` };
  const UNIT = 'mutation ($i: CreateUnitInput!, $c: ChangeInput!) { createUnit(input: $i, change: $c) { id } }';

  beforeAll(async () => {
    for (const id of ['east', 'west']) {
      await admin(UNIT, { i: { id: `${p}-${id}`, name: `${id} ${p}`, kind: 'PROVINCIAL_POLICE', parentId: `${p}-ministry` }, c: change('2020-01-01') });
    }
    await admin(UNIT, { i: { id: `${p}-east-dept`, name: `east dept ${p}`, kind: 'PROVINCIAL_DEPARTMENT', parentId: `${p}-east` }, c: change('2020-01-01') });
    const merge = await admin('mutation ($ids: [ID!]!, $into: MergeTargetInput!, $c: ChangeInput!) { mergeUnits(unitIds: $ids, into: $into, change: $c) { id } }',
      { ids: [`${p}-east`, `${p}-west`], into: { id: `${p}-both`, name: `both ${p}`, kind: 'PROVINCIAL_POLICE' }, c: change('2025-07-01') });
    expect(merge.errors).toBeUndefined();
    const move = await admin('mutation ($u: ID!, $to: ID!, $c: ChangeInput!) { moveUnit(unitId: $u, newParentId: $to, change: $c) { id } }',
      { u: `${p}-commune`, to: `${p}-ministry`, c: change('2025-05-01') });
    expect(move.errors).toBeUndefined();
    const HOLDER = (verb: string) => `mutation ($person: ID!, $post: ID!, $c: ChangeInput!) { ${verb}(personId: $person, postId: $post, change: $c) { id } }`;
    expect((await admin(HOLDER('relievePerson'), { person: `${p}-person-b`, post: `${p}-minister`, c: change('2025-08-01') })).errors).toBeUndefined();
    expect((await admin(HOLDER('appointPerson'), { person: `${p}-person-a`, post: `${p}-minister`, c: change('2025-09-01') })).errors).toBeUndefined();
  });

  test('when the changes are read, then the merger, the move, the vacancy and the appointment come in order, each dated and cited', async () => {
    const page = await changes(window);
    const brief = page.edges.map(({ node: c }) => [c.date, c.kind, c.units.map((u) => u.id), c.successors.map((u) => u.id)]);
    expect(brief).toEqual([
      ['2025-05-01', 'MOVED', [`${p}-commune`], []],
      ['2025-07-01', 'MERGED', [`${p}-east`, `${p}-west`], [`${p}-both`]],
      ['2025-08-01', 'VACANT', [`${p}-ministry`], []],
      ['2025-09-01', 'APPOINTED', [`${p}-ministry`], []],
    ]);
    const [move, merge, vacant, appointed] = page.edges.map((e) => e.node);
    expect(move!.toParent!.id).toBe(`${p}-ministry`);
    expect(merge!.alongside).toEqual(expect.arrayContaining([{ kind: 'MOVED', count: 1 }, { kind: 'LINE_ENDED', count: 2 }]));
    expect(vacant!.holdings[0]!.person.id).toBe(`${p}-person-b`);
    expect(appointed!.holdings[0]!.person.id).toBe(`${p}-person-a`);
    expect(page.edges.every((e) => (e.node as unknown as { citations: { note: string }[] }).citations.length > 0)).toBe(true);
  });

  test('when a day before `from` or after `to` is asked, then its changes are left out; when from is after to, then BAD_USER_INPUT', async () => {
    expect((await changes({ ...window, from: '2025-07-01' })).edges.map((e) => e.node.kind)).toEqual(['VACANT', 'APPOINTED']);
    const bad = await api.gql(CHANGES, { from: '2026-01-01', to: '2025-01-01' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

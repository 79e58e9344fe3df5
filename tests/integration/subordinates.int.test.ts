import { describe, expect, test } from '@jest/globals';
import { statement } from '../../api/src/db/queries';
import { useFixtureGraph } from './fixture-graph';

const { api, p, short } = useFixtureGraph('subs');

const SUBS = `query ($id: ID!, $depth: Int, $asOf: Date, $first: Int, $after: String) {
  subordinates(unitId: $id, depth: $depth, asOf: $asOf, first: $first, after: $after) {
    totalCount edges { node { id } depth parentId } pageInfo { hasNextPage endCursor }
  }
}`;

// Only to get a cursor of another list.
const SEARCH = `query ($q: String!, $first: Int) { searchUnits(query: $q, first: $first) { pageInfo { endCursor } } }`;

describe('subordinates', () => {
  test('when read in 2026 and in 2024, then the district appears only in 2024 and the commune moves under the city (by depth, then name)', async () => {
    const now = await api.gql(SUBS, { id: `${p}-city`, depth: 2, asOf: '2026-06-01' });
    expect(now.data!.subordinates.edges.map((e: any) => [short(e.node.id), e.depth])).toEqual([['board', 1], ['commune', 1], ['command', 1]]);
    const before = await api.gql(SUBS, { id: `${p}-city`, depth: 2, asOf: '2024-06-01' });
    expect(before.data!.subordinates.edges.map((e: any) => [short(e.node.id), e.depth, short(e.parentId)]))
      .toEqual([['board', 1, 'city'], ['district', 1, 'city'], ['commune', 2, 'district']]);
  });

  test('when depth 1 is asked (its own one-hop statement), then it gives the first level of a deeper read, with its count even past the last unit, on each date; an unknown unit is an error', async () => {
    for (const asOf of ['2024-06-01', '2026-06-01']) {
      const deep = (await api.gql(SUBS, { id: `${p}-city`, depth: 2, asOf })).data!.subordinates;
      const direct = (await api.gql(SUBS, { id: `${p}-city`, depth: 1, asOf })).data!.subordinates;
      const level1 = deep.edges.filter((e: any) => e.depth === 1);
      expect(direct.edges.map((e: any) => [e.node.id, e.depth, e.parentId])).toEqual(level1.map((e: any) => [e.node.id, 1, `${p}-city`]));
      expect(direct.totalCount).toBe(level1.length);
      expect(level1.length).toBeGreaterThan(1);
      // Past the last unit: no units, and still the count.
      const last = (await api.gql(SUBS, { id: `${p}-city`, depth: 1, asOf, first: level1.length })).data!.subordinates;
      const beyond = (await api.gql(SUBS, { id: `${p}-city`, depth: 1, asOf, first: 5, after: last.pageInfo.endCursor })).data!.subordinates;
      expect([beyond.edges, beyond.totalCount, beyond.pageInfo.hasNextPage]).toEqual([[], level1.length, false]);
    }
    const missing = await api.gql(SUBS, { id: `${p}-nowhere`, depth: 1 });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('when paged one by one, then every subordinate comes once and the last page says so', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await api.gql(SUBS, { id: `${p}-ministry`, depth: 3, asOf: '2026-06-01', first: 1, after });
      const page = res.data.subordinates;
      expect(page.totalCount).toBe(4);
      seen.push(...page.edges.map((e: any) => short(e.node.id)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['city', 'board', 'commune', 'command']);
  });

  test('when units share a name and are paged two by two, then each comes once (by id among equals) and a cursor of another list is refused', async () => {
    // A head of its own, so the other tests' fixture keeps its shape.
    await api.db.write(statement(`CREATE (o:Unit {id: $p + '-samehead', name: 'Same Head', kind: 'OTHER'}) WITH o UNWIND ['e', 'c', 'a', 'd', 'b'] AS k
      CREATE (:Unit {id: $p + '-same-' + k, name: 'Same Name', kind: 'OTHER'})-[:REPORTS_TO {id: $p + '-same-line-' + k}]->(o)`), { p });
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const res: any = await api.gql(SUBS, { id: `${p}-samehead`, first: 2, after });
      seen.push(...res.data.subordinates.edges.map((e: any) => short(e.node.id)));
      if (!res.data.subordinates.pageInfo.hasNextPage) break;
      after = res.data.subordinates.pageInfo.endCursor;
    }
    expect(seen).toEqual(['same-a', 'same-b', 'same-c', 'same-d', 'same-e']);
    const counted = await api.gql(`query ($id: ID!) { a: subordinates(unitId: $id, first: 1) { ...Count }
      b: subordinates(unitId: $id, first: 1) { ... on SubordinateConnection { n: totalCount } } } fragment Count on SubordinateConnection { totalCount }`, { id: `${p}-samehead` });
    expect(counted.data).toEqual({ a: { totalCount: 5 }, b: { n: 5 } });
    const searchCursor = (await api.gql(SEARCH, { q: p, first: 1 })).data!.searchUnits.pageInfo.endCursor;
    const wrong = await api.gql(SUBS, { id: `${p}-samehead`, first: 2, after: searchCursor });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toContain('endCursor');
  });

  test('when a subtree is streamed page by page and a unit is added between pages, then the next page has it and the stream equals one fresh read', async () => {
    // From the second page on, the API keeps the rest of the subtree (subtree-snapshots.ts); a page
    // may come from it only while the database has not changed.
    await api.db.write(statement(`CREATE (h:Unit {id: $p + '-streamhead', name: 'Stream Head', kind: 'OTHER'})
      WITH h UNWIND ['A', 'B', 'C', 'D', 'E'] AS k
      CREATE (u:Unit {id: $p + '-stream-' + k, name: 'Stream ' + k, kind: 'OTHER'})-[:REPORTS_TO {id: $p + '-stream-line-' + k}]->(h)
      WITH u, k WHERE k = 'A' UNWIND ['F', 'G'] AS g
      CREATE (:Unit {id: $p + '-stream-' + g, name: 'Stream ' + g, kind: 'COMMUNE_POLICE'})-[:REPORTS_TO {id: $p + '-stream-line-' + g}]->(u)`), { p });
    const STREAM = `query ($id: ID!, $first: Int, $after: String) { subordinates(unitId: $id, depth: 2, first: $first, after: $after) {
      edges { node { id name kind } depth parentId } pageInfo { hasNextPage endCursor } } }`;
    const page = async (after: string | null) => (await api.gql(STREAM, { id: `${p}-streamhead`, first: 2, after })).data!.subordinates;
    const names = (pg: any) => pg.edges.map((e: any) => e.node.name.slice('Stream '.length));
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    expect([names(first), names(second)]).toEqual([['A', 'B'], ['C', 'D']]);
    await api.db.write(statement(`MATCH (h:Unit {id: $p + '-streamhead'})
      CREATE (:Unit {id: $p + '-stream-Dz', name: 'Stream Dz', kind: 'OTHER'})-[:REPORTS_TO {id: $p + '-stream-line-Dz'}]->(h)`), { p });
    const third = await page(second.pageInfo.endCursor);
    expect(names(third)).toEqual(['Dz', 'E']);
    const fourth = await page(third.pageInfo.endCursor);
    expect(fourth.pageInfo.hasNextPage).toBe(false);
    const whole = (await api.gql(STREAM, { id: `${p}-streamhead`, first: 100 })).data!.subordinates;
    expect([first, second, third, fourth].flatMap((pg) => pg.edges)).toEqual(whole.edges);
    expect(fourth.edges.map((e: any) => [e.node.name, e.node.kind, e.depth, short(e.parentId)]))
      .toEqual([['Stream F', 'COMMUNE_POLICE', 2, 'stream-A'], ['Stream G', 'COMMUNE_POLICE', 2, 'stream-A']]);
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { removeFixture, startApi, uniquePrefix, type Api } from './harness';
import { writeFixtureGraph } from './fixture-graph';

let api: Api;
const p = uniquePrefix('reads');
const short = (id: string) => id.slice(p.length + 1);

beforeAll(async () => {
  api = await startApi();
  await writeFixtureGraph(api.db, p);
  await api.db.writeTx((tx) => tx.run('CALL db.awaitIndexes(60)'));
});
afterAll(async () => {
  await removeFixture(api.db, p);
  await api.close();
});

const SEARCH = `query ($q: String!, $kinds: [UnitKind!], $first: Int, $after: String) {
  searchUnits(query: $q, kinds: $kinds, first: $first, after: $after) { edges { node { id nameVi } cursor } pageInfo { hasNextPage endCursor } }
}`;

describe('searchUnits', () => {
  test('when searching without diacritics, then the unit with the Vietnamese name is found first', async () => {
    const res = await api.gql(SEARCH, { q: `Bo Cong an ${p}` });
    expect(res.data!.searchUnits.edges[0].node).toEqual({ id: `${p}-ministry`, nameVi: `Bộ Công an ${p}` });
  });

  test('when searching with diacritics, then the same unit is found', async () => {
    const res = await api.gql(SEARCH, { q: `Bộ Công an ${p}` });
    expect(res.data!.searchUnits.edges[0].node.id).toBe(`${p}-ministry`);
  });

  test('when words are typed half-way, then units whose words start so are found', async () => {
    const res = await api.gql(SEARCH, { q: `commu ${p}` });
    expect(res.data!.searchUnits.edges.map((e: any) => short(e.node.id))).toEqual(['commune']);
  });

  test('when filtering by kind and paging one at a time, then the pages follow each other without repeats', async () => {
    const first = await api.gql(SEARCH, { q: p, first: 2 });
    expect(first.data!.searchUnits.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(SEARCH, { q: p, first: 2, after: first.data!.searchUnits.pageInfo.endCursor });
    const a = first.data!.searchUnits.edges.map((e: any) => e.node.id);
    const b = second.data!.searchUnits.edges.map((e: any) => e.node.id);
    expect(b.filter((id: string) => a.includes(id))).toEqual([]);
    const police = await api.gql(SEARCH, { q: p, kinds: ['COMMUNE_POLICE', 'DISTRICT_POLICE'] });
    expect(police.data!.searchUnits.edges.map((e: any) => short(e.node.id)).sort()).toEqual(['commune', 'district']);
  });
});

const SUBS = `query ($id: ID!, $depth: Int, $asOf: Date, $first: Int, $after: String) {
  subordinates(unitId: $id, depth: $depth, asOf: $asOf, first: $first, after: $after) {
    totalCount edges { node { id } depth parentId } pageInfo { hasNextPage endCursor }
  }
}`;

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
    await api.db.writeTx((tx) => tx.run(`CREATE (o:Unit {id: $p + '-samehead', name: 'Same Head', kind: 'OTHER'}) WITH o UNWIND ['e', 'c', 'a', 'd', 'b'] AS k
      CREATE (:Unit {id: $p + '-same-' + k, name: 'Same Name', kind: 'OTHER'})-[:REPORTS_TO {id: $p + '-same-line-' + k}]->(o)`, { p }));
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
    await api.db.writeTx((tx) => tx.run(`CREATE (h:Unit {id: $p + '-streamhead', name: 'Stream Head', kind: 'OTHER'})
      WITH h UNWIND ['A', 'B', 'C', 'D', 'E'] AS k
      CREATE (u:Unit {id: $p + '-stream-' + k, name: 'Stream ' + k, kind: 'OTHER'})-[:REPORTS_TO {id: $p + '-stream-line-' + k}]->(h)
      WITH u, k WHERE k = 'A' UNWIND ['F', 'G'] AS g
      CREATE (:Unit {id: $p + '-stream-' + g, name: 'Stream ' + g, kind: 'COMMUNE_POLICE'})-[:REPORTS_TO {id: $p + '-stream-line-' + g}]->(u)`, { p }));
    const STREAM = `query ($id: ID!, $first: Int, $after: String) { subordinates(unitId: $id, depth: 2, first: $first, after: $after) {
      edges { node { id name kind } depth parentId } pageInfo { hasNextPage endCursor } } }`;
    const page = async (after: string | null) => (await api.gql(STREAM, { id: `${p}-streamhead`, first: 2, after })).data!.subordinates;
    const names = (pg: any) => pg.edges.map((e: any) => e.node.name.slice('Stream '.length));
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    expect([names(first), names(second)]).toEqual([['A', 'B'], ['C', 'D']]);
    await api.db.writeTx((tx) => tx.run(`MATCH (h:Unit {id: $p + '-streamhead'})
      CREATE (:Unit {id: $p + '-stream-Dz', name: 'Stream Dz', kind: 'OTHER'})-[:REPORTS_TO {id: $p + '-stream-line-Dz'}]->(h)`, { p }));
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

describe('pathBetween and neighbourhood', () => {
  test('when two units are joined through the city, then the shortest path names the relations in order', async () => {
    const res = await api.gql(`{ pathBetween(fromId: "${p}-commune", toId: "${p}-orphan", asOf: "2026-06-01") {
      length units { id } relations { type } } }`);
    expect(res.data!.pathBetween.units.map((u: any) => short(u.id))).toEqual(['commune', 'city', 'orphan']);
    expect(res.data!.pathBetween.relations.map((r: any) => r.type)).toEqual(['REPORTS_TO', 'COORDINATES_WITH']);
    expect(res.data!.pathBetween.length).toBe(2);
  });

  test('when two units are not connected on the date, then the path is null', async () => {
    const res = await api.gql(`{ pathBetween(fromId: "${p}-command", toId: "${p}-district", asOf: "2024-06-01") { length } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.pathBetween).toBeNull();
  });

  test('when the neighbourhood of the city is asked at depth 1, then it comes in Cytoscape shape with child counts', async () => {
    const res = await api.gql(`{ neighbourhood(unitId: "${p}-city", depth: 1, lines: [REPORTS_TO], asOf: "2026-06-01") {
      nodes { data { id kind childCount } } edges { data { source target type validFrom validTo } } } }`);
    const n = res.data!.neighbourhood;
    expect(n.nodes.map((x: any) => short(x.data.id)).sort()).toEqual(['board', 'city', 'command', 'commune', 'ministry']);
    expect(n.nodes.find((x: any) => x.data.id === `${p}-city`).data.childCount).toBe(3);
    expect(n.edges).toHaveLength(4);
    expect(n.edges.every((e: any) => e.data.type === 'REPORTS_TO')).toBe(true);
    expect(n.edges.find((e: any) => e.data.source === `${p}-commune`).data).toMatchObject({ validFrom: '2025-03-01', validTo: null });
  });

  test('when a unit, post and person are read by id, then their cited fields and holdings come back', async () => {
    const res = await api.gql(`{ unit(id: "${p}-commune") { name kind parent(asOf: "2024-01-01") { id } childCount citations { note } }
      post(id: "${p}-minister") { unit { id } holders(asOf: "2020-01-01") { person { name } rank validFrom validTo } }
      person(id: "${p}-person-b") { holdings { post { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.unit).toEqual({ name: `Commune Police ${p}`, kind: 'COMMUNE_POLICE', parent: { id: `${p}-district` }, childCount: 0, citations: [{ note: 'test fixture' }] });
    expect(res.data!.post.holders).toEqual([{ person: { name: `Person A ${p}` }, rank: 'General', validFrom: '2016-04-09', validTo: '2024-06-06' }]);
    expect(res.data!.person.holdings).toEqual([{ post: { id: `${p}-minister` } }]);
  });

  test('when many clients ask for units by id at the same time (read together in shared transactions), then each gets its own unit, and an unknown id null', async () => {
    const asked = ['ministry', 'city', 'district', 'commune', 'orphan', 'nowhere'].flatMap((id) => [id, id, id]);
    const answers = await Promise.all(asked.map((id) => api.gql(`{ unit(id: "${p}-${id}") { id kind validTo parent(asOf: "2024-01-01") { id } } }`)));
    const expected: Record<string, unknown> = {
      ministry: { id: `${p}-ministry`, kind: 'MINISTRY', validTo: null, parent: null },
      city: { id: `${p}-city`, kind: 'PROVINCIAL_POLICE', validTo: null, parent: { id: `${p}-ministry` } },
      district: { id: `${p}-district`, kind: 'DISTRICT_POLICE', validTo: '2025-03-01', parent: { id: `${p}-city` } },
      commune: { id: `${p}-commune`, kind: 'COMMUNE_POLICE', validTo: null, parent: { id: `${p}-district` } },
      orphan: expect.objectContaining({ id: `${p}-orphan` }),
      nowhere: null,
    };
    answers.forEach((res, i) => {
      expect(res.errors).toBeUndefined();
      expect(res.data!.unit).toEqual(expected[asked[i]!]);
    });
  });

  test('when several units ask for their relations in one request, then each gets its own, on its own date', async () => {
    const res = await api.gql(`{ a: unit(id: "${p}-commune") { relations(asOf: "2026-06-01") { type from { id } to { id } } }
      b: unit(id: "${p}-commune") { relations(asOf: "2024-06-01", types: [REPORTS_TO]) { to { id } } }
      c: unit(id: "${p}-orphan") { relations { type from { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.a.relations.map((r: any) => `${r.type}>${short(r.to.id)}`).sort()).toEqual(['ANSWERABLE_TO>board', 'ANSWERABLE_TO>command', 'REPORTS_TO>city']);
    expect(res.data!.b.relations.map((r: any) => short(r.to.id))).toEqual(['district']);
    expect(res.data!.c.relations).toEqual([{ type: 'COORDINATES_WITH', from: { id: `${p}-city` } }]);
  });
});

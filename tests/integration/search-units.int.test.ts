import { describe, expect, test } from '@jest/globals';
import { useFixtureGraph } from './fixture-graph';

const { api, p, short } = useFixtureGraph('search');

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

import { describe, expect, test } from '@jest/globals';
import { useFixtureGraph } from './fixture-graph';

const { api, p, short } = useFixtureGraph('neighbourhood');

describe('neighbourhood', () => {
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
});

import { describe, expect, test } from '@jest/globals';
import { useFixtureGraph } from './fixture-graph';

const { api, p, short } = useFixtureGraph('path');

describe('pathBetween', () => {
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
});

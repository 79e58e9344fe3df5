import { describe, expect, test } from '@jest/globals';
import { useFixtureGraph } from './fixture-graph';

const { api, p, short } = useFixtureGraph('byid');

describe('unit, post and person by id', () => {
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

  test('when relations and holders are read at a minimum basis, then each says its basis and only those strong enough come back', async () => {
    const res = await api.gql(`{ a: unit(id: "${p}-commune") { relations(asOf: "2026-06-01") { basis status claimRank } }
      b: unit(id: "${p}-commune") { relations(asOf: "2026-06-01", minBasis: ATTESTED) { id } }
      c: post(id: "${p}-minister") { holders(asOf: "2020-01-01") { person { id } basis validFromStated validToStated } }
      d: post(id: "${p}-minister") { holders(asOf: "2020-01-01", minBasis: STATED) { person { id } } } }`);
    expect(res.errors).toBeUndefined();
    // Stated from a day, never attested: assumed after it. A holding stated at both ends: stated between.
    expect(res.data!.a.relations).toEqual([1, 2, 3].map(() => ({ basis: 'ASSUMED', status: 'ACCEPTED', claimRank: 'NORMAL' })));
    expect(res.data!.b.relations).toEqual([]);
    expect(res.data!.c.holders).toEqual([{ person: { id: `${p}-person-a` }, basis: 'STATED', validFromStated: '2016-04-09', validToStated: '2024-06-06' }]);
    expect(res.data!.d.holders).toEqual([{ person: { id: `${p}-person-a` } }]);
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { statement } from '../../api/src/db/queries';
import { removeFixture, startApi, uniquePrefix, type Api } from './harness';

let api: Api;
const p = uniquePrefix('succession');

// One unit with a single-holder post (A, a gap, then B overlapping C), a collective post and a
// person whose holdings were written out of order.
const FIXTURE = statement<{ p: string; cite: string }>(`
  CREATE (u:Unit {id: $p + '-unit', name: 'Unit ' + $p, kind: 'OTHER', citations: $cite, sourceIds: [], synthetic: false})
  CREATE (head:Post {id: $p + '-head', title: 'Head ' + $p, leads: true, collective: false, citations: $cite})-[:POST_OF]->(u)
  CREATE (board:Post {id: $p + '-board', title: 'Board member ' + $p, leads: false, collective: true, citations: $cite})-[:POST_OF]->(u)
  CREATE (a:Person {id: $p + '-a', name: 'Person A ' + $p, citations: $cite})
  CREATE (b:Person {id: $p + '-b', name: 'Person B ' + $p, citations: $cite})
  CREATE (c:Person {id: $p + '-c', name: 'Person C ' + $p, citations: $cite})
  CREATE (c)-[:HOLDS {id: $p + '-h-c', validFrom: date('2016-01-01'), validTo: date('2020-01-01'), citations: $cite, status: 'ACCEPTED', claimRank: 'NORMAL'}]->(head)
  CREATE (a)-[:HOLDS {id: $p + '-h-a', validFrom: date('2010-01-01'), validTo: date('2012-01-01'), citations: $cite, status: 'ACCEPTED', claimRank: 'NORMAL'}]->(head)
  CREATE (b)-[:HOLDS {id: $p + '-h-b', validFrom: date('2014-01-01'), validTo: date('2018-01-01'), citations: $cite, status: 'ACCEPTED', claimRank: 'NORMAL'}]->(head)
  CREATE (a)-[:HOLDS {id: $p + '-h-a-board', validFrom: date('2004-01-01'), validTo: date('2011-01-01'), citations: $cite, status: 'ACCEPTED', claimRank: 'NORMAL'}]->(board)
  CREATE (b)-[:HOLDS {id: $p + '-h-b-board', validFrom: date('2005-01-01'), validTo: date('2009-01-01'), citations: $cite, status: 'ACCEPTED', claimRank: 'NORMAL'}]->(board)
  CREATE (a)-[:HOLDS {id: $p + '-h-a-attested', firstAttested: date('2013-05-01'), lastAttested: date('2013-05-01'), citations: $cite, status: 'ACCEPTED', claimRank: 'NORMAL'}]->(board)
`);

beforeAll(async () => {
  api = await startApi();
  await api.db.write(FIXTURE, { p, cite: JSON.stringify([{ note: 'test fixture' }]) });
});
afterAll(async () => {
  await removeFixture(api.db, p);
  await api.close();
});

const SUCCESSION = `query ($id: ID!) { post(id: $id) { succession { kind from until certain holding { person { name } } holdings { id } } } }`;
type Entry = { kind: string; from: string | null; until: string | null; certain: boolean; holding: { person: { name: string } } | null; holdings: { id: string }[] };
const succession = async (id: string): Promise<Entry[]> => {
  const res = await api.gql(SUCCESSION, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.post.succession;
};
const short = (e: Entry) => `${e.kind} ${e.from}..${e.until} ${e.holdings.map((h) => h.id.slice(p.length + 1)).join(',')}`;

describe('a post\'s succession', () => {
  test('when a single-holder post had A, then nobody, then B overlapping C, then the list shows the vacancy and the overlap as entries of their own', async () => {
    const entries = await succession(`${p}-head`);
    expect(entries.map(short)).toEqual([
      'HOLDER 2010-01-01..2012-01-01 h-a',
      'VACANCY 2012-01-01..2014-01-01 h-a,h-b',
      'HOLDER 2014-01-01..2018-01-01 h-b',
      'HOLDER 2016-01-01..2020-01-01 h-c',
      'OVERLAP 2016-01-01..2018-01-01 h-b,h-c',
    ]);
    expect(entries.filter((e) => e.holding).map((e) => e.holding!.person.name)).toEqual([`Person A ${p}`, `Person B ${p}`, `Person C ${p}`]);
    expect(entries.every((e) => e.certain)).toBe(true);
  });

  test('when a collective post has members at once and one known only from a source, then no overlap, and the span after that source is unknown, not vacant', async () => {
    expect((await succession(`${p}-board`)).map(short)).toEqual([
      'HOLDER 2004-01-01..2011-01-01 h-a-board',
      'HOLDER 2005-01-01..2009-01-01 h-b-board',
      'VACANCY 2011-01-01..2013-05-01 h-a-board,h-a-attested',
      'HOLDER 2013-05-01..null h-a-attested',
    ]);
  });

  test('when the Minister of Public Security is read in the cited dataset, then To Lam is followed by Luong Tam Quang on the same day, with no vacancy, and each holding keeps its citations', async () => {
    const res = await api.gql(`{ post(id: "mps-minister") { succession { kind from until holding { id citations { quote note } } } } }`);
    expect(res.errors).toBeUndefined();
    const entries = res.data!.post.succession;
    expect(entries.map((e: any) => `${e.kind} ${e.from}..${e.until} ${e.holding?.id}`)).toEqual([
      'HOLDER 2016-04-09..2024-06-06 to-lam-minister',
      'HOLDER 2024-06-06..null luong-tam-quang-minister',
    ]);
    expect(entries[0].holding.citations).toContainEqual({ quote: 'General To Lam, Politburo Member and Minister of Public Security, chaired the meeting.', note: null });
  });
});

describe('a person\'s career', () => {
  test('when a person held posts written out of order, then the career lists them earliest first, each with its post and unit', async () => {
    const res = await api.gql(`query ($id: ID!) { person(id: $id) { career { id validFrom validTo post { id unit { id } } } } }`, { id: `${p}-a` });
    expect(res.errors).toBeUndefined();
    expect(res.data!.person.career.map((h: any) => `${h.id.slice(p.length + 1)} ${h.post.id.slice(p.length + 1)}@${h.post.unit.id.slice(p.length + 1)}`)).toEqual([
      'h-a-board board@unit', 'h-a head@unit', 'h-a-attested board@unit',
    ]);
  });

  test('when To Lam\'s career is read in the cited dataset, then the dated ministry comes first', async () => {
    const res = await api.gql('{ person(id: "to-lam") { career { id validFrom } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.person.career[0]).toEqual({ id: 'to-lam-minister', validFrom: '2016-04-09' });
  });
});

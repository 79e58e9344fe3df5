import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { uniquePrefix } from './harness';
import { writeFixtureGraph } from './fixture-graph';
import { change, code, KEYS, removeFixtureAndAudit, startAuthApi, type AuthApi } from './mutations-harness';

let api: AuthApi;
const p = uniquePrefix('mutpeople');
const ed = (q: string, v: Record<string, unknown>) => api.as(KEYS.editor, q, v);
const APPOINT = 'mutation ($pe: ID!, $po: ID!, $c: ChangeInput!) { appointPerson(personId: $pe, postId: $po, rank: "Colonel", change: $c) { id validFrom person { id } } }';
const RELIEVE = 'mutation ($pe: ID!, $po: ID!, $c: ChangeInput!) { relievePerson(personId: $pe, postId: $po, change: $c) { validFrom validTo } }';
const holders = async (post: string, d: string) => (await api.gql('query ($id: ID!, $d: Date) { post(id: $id) { holders(asOf: $d) { person { id } } } }', { id: post, d }))
  .data!.post.holders.map((h: { person: { id: string } }) => h.person.id).sort();

beforeAll(async () => {
  api = await startAuthApi();
  await writeFixtureGraph(api.db, p);
  for (const n of ['c', 'd']) {
    await ed('mutation ($i: CreatePersonInput!, $c: ChangeInput!) { createPerson(input: $i, change: $c) { id } }', { i: { id: `${p}-person-${n}`, name: `Person ${n}` }, c: change('2020-01-01') });
  }
});
afterAll(async () => {
  await removeFixtureAndAudit(api.db, p);
  await api.close();
});

describe('posts, persons and who holds a post', () => {
  test('when a post and a person are created and updated, then they read back with their citations', async () => {
    const post = await ed('mutation ($i: CreatePostInput!, $c: ChangeInput!) { createPost(input: $i, change: $c) { id title leads collective unit { id } } }',
      { i: { id: `${p}-director`, unitId: `${p}-city`, title: 'Director', leads: true }, c: change('2020-01-01') });
    expect(post.data!.createPost).toEqual({ id: `${p}-director`, title: 'Director', leads: true, collective: false, unit: { id: `${p}-city` } });
    const upd = await ed('mutation ($id: ID!, $i: UpdatePersonInput!, $c: ChangeInput!) { updatePerson(id: $id, input: $i, change: $c) { name rank citations { note } } }',
      { id: `${p}-person-c`, i: { rank: 'Major General' }, c: change('2024-01-01', 'promotion') });
    expect(upd.data!.updatePerson).toEqual({ name: 'Person c', rank: 'Major General', citations: [{ note: 'entered by the test suite' }, { note: 'promotion' }] });
  });

  test('when a held post that is not collective gets a second holder, then CONFLICT naming the holder', async () => {
    expect((await ed(APPOINT, { pe: `${p}-person-c`, po: `${p}-director`, c: change('2024-01-01') })).errors).toBeUndefined();
    const res = await ed(APPOINT, { pe: `${p}-person-d`, po: `${p}-director`, c: change('2024-06-01') });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.holders).toEqual([`${p}-person-c`]);
    expect(await holders(`${p}-director`, '2024-07-01')).toEqual([`${p}-person-c`]);
  });

  test('when two appointments to one post race, then only one commits', async () => {
    await ed('mutation ($i: CreatePostInput!, $c: ChangeInput!) { createPost(input: $i, change: $c) { id } }',
      { i: { id: `${p}-deputy`, unitId: `${p}-city`, title: 'Deputy' }, c: change('2020-01-01') });
    const results = await Promise.all([`${p}-person-c`, `${p}-person-d`].map((pe) => ed(APPOINT, { pe, po: `${p}-deputy`, c: change('2024-01-01') })));
    expect(results.map((r) => (r.errors ? code(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
  });

  test('when a holder is relieved, then the holding ends that day, the past still shows them, and the next holder can be appointed', async () => {
    expect((await ed(RELIEVE, { pe: `${p}-person-c`, po: `${p}-director`, c: change('2025-03-01') })).data!.relievePerson).toEqual({ validFrom: '2024-01-01', validTo: '2025-03-01' });
    expect((await ed(APPOINT, { pe: `${p}-person-d`, po: `${p}-director`, c: change('2025-03-01') })).errors).toBeUndefined();
    expect(await holders(`${p}-director`, '2025-02-28')).toEqual([`${p}-person-c`]);
    expect(await holders(`${p}-director`, '2025-03-01')).toEqual([`${p}-person-d`]);
  });

  test('when a post is declared collective, then it takes several holders, and it cannot go back while it has them', async () => {
    await ed('mutation ($id: ID!, $c: ChangeInput!) { updatePost(id: $id, input: { collective: true }, change: $c) { collective } }', { id: `${p}-director`, c: change('2025-04-01') });
    expect((await ed(APPOINT, { pe: `${p}-person-c`, po: `${p}-director`, c: change('2025-04-01') })).errors).toBeUndefined();
    expect(await holders(`${p}-director`, '2025-04-02')).toEqual([`${p}-person-c`, `${p}-person-d`]);
    const back = await ed('mutation ($id: ID!, $c: ChangeInput!) { updatePost(id: $id, input: { collective: false }, change: $c) { collective } }', { id: `${p}-director`, c: change('2025-05-01') });
    expect(code(back)).toBe('CONFLICT');
  });

  test('when someone not holding a post is relieved of it, then NOT_FOUND', async () => {
    expect(code(await ed(RELIEVE, { pe: `${p}-person-a`, po: `${p}-director`, c: change('2025-03-01') }))).toBe('NOT_FOUND');
  });
});

describe('responsibility, coordination and advisory lines', () => {
  const ADD = 'mutation ($i: AddRelationInput!, $c: ChangeInput!) { addRelation(input: $i, change: $c) { id type from { id } to { id } validFrom validTo } }';
  const rels = async (d: string) => (await api.gql('query ($id: ID!, $d: Date) { unit(id: $id) { relations(asOf: $d, types: [ADVISES]) { id validTo } } }', { id: `${p}-board`, d })).data!.unit.relations;

  test('when a line is added and later ended, then asOf between shows it, after the end does not, and the past keeps it', async () => {
    const add = await ed(ADD, { i: { type: 'ADVISES', fromId: `${p}-board`, toId: `${p}-ministry` }, c: change('2024-01-01') });
    expect(add.data!.addRelation).toMatchObject({ type: 'ADVISES', from: { id: `${p}-board` }, to: { id: `${p}-ministry` }, validFrom: '2024-01-01', validTo: null });
    const id = add.data!.addRelation.id;
    expect(code(await ed(ADD, { i: { type: 'ADVISES', fromId: `${p}-board`, toId: `${p}-ministry` }, c: change('2024-06-01') }))).toBe('CONFLICT');
    const end = await ed('mutation ($id: ID!, $c: ChangeInput!) { endRelation(id: $id, change: $c) { validTo } }', { id, c: change('2025-01-01') });
    expect(end.data!.endRelation).toEqual({ validTo: '2025-01-01' });
    expect(await rels('2024-12-31')).toEqual([{ id, validTo: '2025-01-01' }]);
    expect(await rels('2025-01-01')).toEqual([]);
    const again = await ed('mutation ($id: ID!, $c: ChangeInput!) { endRelation(id: $id, change: $c) { validTo } }', { id, c: change('2025-02-01') });
    expect(code(again)).toBe('CONFLICT');
  });

  test('when a line would join a unit to itself, then BAD_USER_INPUT', async () => {
    expect(code(await ed(ADD, { i: { type: 'GUIDES', fromId: `${p}-board`, toId: `${p}-board` }, c: change('2024-01-01') }))).toBe('BAD_USER_INPUT');
  });
});

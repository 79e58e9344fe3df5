/**
 * Property-based: arbitrary strings (unicode, huge, empty), numbers, lists and nulls at every argument
 * of every mutation and root query, and arbitrary Authorization headers. Whatever comes in: no HTTP
 * 500, no INTERNAL_SERVER_ERROR, the server keeps answering, and data the requests do not own (the
 * cited seed dataset and another fixture graph) stays exactly as it was.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { validateDataset } from '../../seed/loader';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { removeFixture, uniquePrefix } from './harness';
import { writeFixtureGraph } from './fixture-graph';
import { KEYS, removeFixtureAndAudit, startAuthApi, type AuthApi } from './mutations-harness';

let api: AuthApi;
const own = uniquePrefix('fuzzown');
const other = uniquePrefix('fuzzother');
const ALLOWED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN']);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', "' OR 1=1 //", '"}) DETACH DELETE n //', '$id', '`x`', 'Bộ Công an', '2025-02-30', '-1', 'mps', 'hanoi-police'),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'ý'.repeat(n)),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: text },
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.array(text, { maxLength: 3 }),
);
/** New ids stay under this file's prefix, so whatever gets created is this file's to remove. */
const newId = fc.oneof(text.map((s) => `${own}-${String(s).slice(0, 60)}`), value);
const citation = fc.record({ sourceId: value, quote: value, note: value }, { requiredKeys: [] });
const changeArb = fc.oneof(fc.record({ effectiveDate: value, citation }), value);
const obj = (keys: string[], idKeys: string[] = []) => fc.record(Object.fromEntries([...keys.map((k) => [k, value]), ...idKeys.map((k) => [k, newId])]), { requiredKeys: [] });

const OPS: [string, Record<string, fc.Arbitrary<unknown>>][] = [
  ['mutation ($i: CreateUnitInput!, $c: ChangeInput!) { createUnit(input: $i, change: $c) { id } }', { i: obj(['name', 'nameVi', 'abbreviation', 'kind', 'jurisdiction', 'parentId'], ['id']), c: changeArb }],
  ['mutation ($id: ID!, $i: UpdateUnitInput!, $c: ChangeInput!) { updateUnit(id: $id, input: $i, change: $c) { id } }', { id: value, i: obj(['name', 'nameVi', 'kind']), c: changeArb }],
  ['mutation ($u: ID!, $p: ID!, $c: ChangeInput!) { moveUnit(unitId: $u, newParentId: $p, change: $c) { id } }', { u: value, p: value, c: changeArb }],
  ['mutation ($i: AddRelationInput!, $c: ChangeInput!) { addRelation(input: $i, change: $c) { id } }', { i: obj(['type', 'fromId', 'toId', 'note']), c: changeArb }],
  ['mutation ($id: ID!, $c: ChangeInput!) { endRelation(id: $id, change: $c) { id } }', { id: value, c: changeArb }],
  ['mutation ($i: CreatePostInput!, $c: ChangeInput!) { createPost(input: $i, change: $c) { id } }', { i: obj(['unitId', 'title', 'titleVi', 'leads', 'collective'], ['id']), c: changeArb }],
  ['mutation ($id: ID!, $i: UpdatePostInput!, $c: ChangeInput!) { updatePost(id: $id, input: $i, change: $c) { id } }', { id: value, i: obj(['title', 'collective']), c: changeArb }],
  ['mutation ($i: CreatePersonInput!, $c: ChangeInput!) { createPerson(input: $i, change: $c) { id } }', { i: obj(['name', 'nameVi', 'rank'], ['id']), c: changeArb }],
  ['mutation ($id: ID!, $i: UpdatePersonInput!, $c: ChangeInput!) { updatePerson(id: $id, input: $i, change: $c) { id } }', { id: value, i: obj(['name', 'rank']), c: changeArb }],
  ['mutation ($pe: ID!, $po: ID!, $r: String, $c: ChangeInput!) { appointPerson(personId: $pe, postId: $po, rank: $r, change: $c) { id } }', { pe: value, po: value, r: value, c: changeArb }],
  ['mutation ($pe: ID!, $po: ID!, $c: ChangeInput!) { relievePerson(personId: $pe, postId: $po, change: $c) { id } }', { pe: value, po: value, c: changeArb }],
  ['mutation ($id: ID!, $c: ChangeInput!) { dissolveUnit(id: $id, change: $c) { id } }', { id: value, c: changeArb }],
  ['mutation ($ids: [ID!]!, $into: MergeTargetInput!, $c: ChangeInput!) { mergeUnits(unitIds: $ids, into: $into, change: $c) { id } }', { ids: value, into: obj(['name', 'kind', 'parentId'], ['id']), c: changeArb }],
  ['mutation ($id: ID!, $into: [CreateUnitInput!]!, $a: [ChildAssignmentInput!], $c: ChangeInput!) { splitUnit(id: $id, into: $into, assignments: $a, change: $c) { id } }', { id: value, into: fc.array(obj(['name', 'kind'], ['id']), { maxLength: 2 }), a: value, c: changeArb }],
  ['query ($q: String!, $k: [UnitKind!], $f: Int, $a: String) { searchUnits(query: $q, kinds: $k, first: $f, after: $a) { edges { cursor } } }', { q: value, k: value, f: value, a: value }],
  ['query ($u: ID!, $l: [ChainLine!], $d: Date) { chainOfResponsibility(unitId: $u, lines: $l, asOf: $d) { truncated } }', { u: value, l: value, d: value }],
  ['query ($u: ID!, $n: Int, $d: Date, $f: Int, $a: String) { subordinates(unitId: $u, depth: $n, asOf: $d, first: $f, after: $a) { totalCount } }', { u: value, n: value, d: value, f: value, a: value }],
  ['query ($a: ID!, $b: ID!, $d: Date) { pathBetween(fromId: $a, toId: $b, asOf: $d) { length } }', { a: value, b: value, d: value }],
  ['query ($u: ID!, $n: Int, $l: [RelationType!], $d: Date) { neighbourhood(unitId: $u, depth: $n, lines: $l, asOf: $d) { nodes { data { id } } } }', { u: value, n: value, l: value, d: value }],
  ['query ($id: ID!) { unit(id: $id) { id } person(id: $id) { id } post(id: $id) { id } source(id: $id) { id } }', { id: value }],
  ['query ($t: ID, $f: Int, $a: String) { auditTrail(targetId: $t, first: $f, after: $a) { edges { cursor } } }', { t: value, f: value, a: value }],
];

/**
 * A fingerprint of every property of the cited seed dataset and of the other fixture graph, nodes and
 * the relationships among them. Only those ids: other test files write and delete their own data in
 * the same database at the same time.
 */
async function fingerprint(): Promise<string> {
  const { dataset } = await validateDataset([path.resolve(__dirname, '..', '..', 'seed', 'data')]);
  const seedIds = Object.values(dataset).flat().map((r) => (r.value as { id: string }).id);
  const rows = await api.db.read({ name: 'fingerprint', text: `MATCH (n) WHERE n.id IN $seedIds OR n.id STARTS WITH $other
    OPTIONAL MATCH (n)-[r]->(m) WHERE m.id IN $seedIds OR m.id STARTS WITH $other
    WITH n, r ORDER BY r.id
    WITH n, collect(properties(r)) AS rels ORDER BY n.id
    RETURN collect([properties(n), rels]) AS all` }, { other, seedIds }) as { all: unknown[] }[];
  // The seed dataset is loaded once per run (global setup): an empty fingerprint would prove nothing.
  if (rows[0]!.all.length < 50) throw new Error(`fingerprint saw only ${rows[0]!.all.length} nodes: is the seed dataset loaded?`);
  return createHash('sha256').update(JSON.stringify(rows[0]!.all)).digest('hex');
}

function check(res: { status: number; errors?: { extensions?: { code?: string } }[] }) {
  expect(res.status).not.toBe(500);
  for (const e of res.errors ?? []) expect(ALLOWED).toContain(e.extensions?.code);
}

let before = '';
beforeAll(async () => {
  api = await startAuthApi({ nodeEnv: 'production' });
  await writeFixtureGraph(api.db, other);
  before = await fingerprint();
});
afterAll(async () => {
  await removeFixture(api.db, other);
  await removeFixtureAndAudit(api.db, own);
  await api.close();
});

describe('arbitrary input at every argument', () => {
  test.each(OPS.map(([doc, vars]) => [doc.slice(0, 60), doc, vars] as const))('when %s… gets arbitrary arguments, then no 500 and only contract error codes', async (_name, doc, vars) => {
    await fc.assert(fc.asyncProperty(fc.record(vars), async (variables) => {
      check(await api.as(KEYS.admin, doc, variables));
    }), { numRuns: 30 });
  }, 120_000);

  test('when the Authorization header is arbitrary, then 200 or 401, never 500', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }).filter((s) => /^[\x20-\x7e]*$/.test(s)), fc.boolean(), async (h, bearer) => {
      const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: bearer ? `Bearer ${h}` : h }, body: '{"query":"{ __typename }"}' });
      expect([200, 401]).toContain(res.status);
    }), { numRuns: 100 });
  });

  test('when the fuzzing is over, then the server still answers and no data it does not own has changed', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect(await fingerprint()).toBe(before);
  });
});

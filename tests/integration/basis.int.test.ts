/**
 * Basis, attestations, status and rank in the API's reads (schema/model.md, "Dates, attestations,
 * basis, status and rank"), on a small structure of its own under a unique prefix, written in the
 * stored shape the loader writes (seed/loader/stated-props.ts), with dated sources:
 *
 *   p-top         (no stated bounds; attested 2020-05-01 .. 2025-12-31, as is every fact below but
 *                  the line mid → top, p-desk, p-year and the holding)
 *     └ p-mid     (line mid → top unstated, attested only by the 2020-05-01 source: ASSUMED after)
 *         ├ p-post (line stated from 2020-01-01)
 *         ├ p-cell (DISPUTED, PREFERRED line; a DISPUTED, NORMAL rival goes to p-other)
 *         └ p-wing (NORMAL line; a DEPRECATED one goes to p-old)
 *   p-desk        (no stated bounds, attested 2021-03-01 .. 2021-06-30)
 *   p-post is led by p-chief: p-holder from 2016, attested 2021-05-01 only.
 *   p-year        (stated from "2021", attested 2021-06-30)
 * Units other than p-top, p-desk and p-year are stated from 2019-01-01, lines from 2020-01-01.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { basisCondition, statement } from '../../api/src/db/queries';
import { atLeast, basisOn } from '../../api/src/domain/basis';
import { dayArb, factArb } from '../unit/fact-arbitraries';
import { attestedOf, claimOf, statedProps } from '../../seed/loader/stated-props';
import type { Citation } from '../../seed/loader/record-schemas';
import type { ClaimRank, ClaimStatus, DateBound } from '../../api/src/model/generated/schema-types';
import { removeFixture, startApi, uniquePrefix, type Api } from './harness';

const p = uniquePrefix('basis');
const LATER = '2025-06-01';
let api: Api;

const sources = [
  { id: `${p}-s2020`, title: `Report ${p} 2020`, date: '2020-05-01' },
  { id: `${p}-s2021a`, title: `Report ${p} March 2021`, date: '2021-03-01' },
  { id: `${p}-s2021b`, title: `Report ${p} May 2021`, date: '2021-05-01' },
  { id: `${p}-s2021c`, title: `Report ${p} June 2021`, date: '2021-06-30' },
  { id: `${p}-s2025`, title: `Report ${p} 2025`, date: '2025-12-31' },
];
const sourceDates = new Map(sources.map((s) => [s.id, s.date]));
const cites = (...ids: string[]): Citation[] => ids.map((id) => ({ source: `${p}-${id}`, quote: 'as the report says' }));

interface Stated {
  validFrom?: string;
  validTo?: string;
  validFromBound?: DateBound;
  validToBound?: DateBound;
  citations: Citation[];
}
const stored = (v: Stated) => ({ ...statedProps(v, attestedOf(v.citations, sourceDates)), citations: JSON.stringify(v.citations), sourceIds: [], synthetic: false });
const claim = (status?: ClaimStatus, claimRank?: ClaimRank) => claimOf({ status, claimRank });

const FROM_2019: Stated = { validFrom: '2019-01-01', citations: cites('s2020', 's2025') };
const units: [string, Stated][] = [
  ['top', { citations: cites('s2020', 's2025') }],
  ['mid', FROM_2019], ['post', FROM_2019], ['cell', FROM_2019], ['wing', FROM_2019], ['other', FROM_2019], ['old', FROM_2019],
  ['desk', { citations: cites('s2021a', 's2021c') }],
  ['year', { validFrom: '2021', citations: cites('s2021c') }],
];
const FROM_2020: Stated = { validFrom: '2020-01-01', citations: cites('s2020', 's2025') };
const lines: [string, string, Stated, ReturnType<typeof claim>][] = [
  ['mid', 'top', { citations: cites('s2020') }, claim()],
  ['post', 'mid', FROM_2020, claim()],
  ['cell', 'mid', FROM_2020, claim('DISPUTED', 'PREFERRED')],
  ['cell', 'other', FROM_2020, claim('DISPUTED', 'NORMAL')],
  ['wing', 'mid', FROM_2020, claim()],
  ['wing', 'old', FROM_2020, claim('ACCEPTED', 'DEPRECATED')],
];

beforeAll(async () => {
  api = await startApi();
  await api.db.writeTx(async (tx) => {
    await tx.run(statement('UNWIND $sources AS s CREATE (:Source {id: s.id, title: s.title, date: date(s.date)})'), { sources });
    await tx.run(statement('UNWIND $units AS u CREATE (n:Unit {id: u.id, name: u.id, kind: "OTHER"}) SET n += u.props'),
      { units: units.map(([id, v]) => ({ id: `${p}-${id}`, props: stored(v) })) });
    await tx.run(statement(`UNWIND $lines AS l MATCH (a:Unit {id: l.from}), (b:Unit {id: l.to})
      CREATE (a)-[r:REPORTS_TO {id: l.id}]->(b) SET r += l.props`),
      { lines: lines.map(([from, to, v, c]) => ({ id: `${p}-${from}-${to}`, from: `${p}-${from}`, to: `${p}-${to}`, props: { ...stored(v), ...c } })) });
    await tx.run(statement(`MATCH (u:Unit {id: $p + '-post'})
      CREATE (post:Post {id: $p + '-chief', title: 'Chief ' + $p, leads: true, collective: false, citations: '[]'})-[:POST_OF]->(u)
      CREATE (:Person {id: $p + '-holder', name: 'Holder ' + $p, citations: '[]'})-[h:HOLDS {id: $p + '-holding'}]->(post)
      SET h += $holding`), { p, holding: { ...stored({ validFrom: '2016', citations: cites('s2021b') }), ...claim() } });
  });
});
afterAll(async () => {
  await removeFixture(api.db, p);
  await api.close();
});

const CHAIN = `query ($id: ID!, $asOf: Date, $min: Basis) { chainOfResponsibility(unitId: $id, asOf: $asOf, minBasis: $min) {
  paths { top { id } steps { unit { id basis } up { id basis status claimRank } basis disputed } }
  disputes { id status claimRank } } }`;
const short = (id: string) => id.slice(p.length + 1);
const chainOf = async (id: string, asOf: string, min?: string) => {
  const res = await api.gql(CHAIN, { id: `${p}-${id}`, asOf, min });
  expect(res.errors).toBeUndefined();
  return res.data!.chainOfResponsibility;
};
const unitsOf = (chain: any) => chain.paths.map((path: any) => path.steps.map((s: any) => short(s.unit.id)));

describe('basis on a day', () => {
  test('when a unit with no stated bounds is read on both sides of its first and last attestation, then it is ATTESTED between them and ASSUMED outside', async () => {
    const res = await api.gql(`query ($id: ID!) { unit(id: $id) {
      a: basis(asOf: "2021-02-28") b: basis(asOf: "2021-03-01") c: basis(asOf: "2021-06-30") d: basis(asOf: "2021-07-01")
      firstAttested lastAttested validFrom validFromStated validFromBound } }`, { id: `${p}-desk` });
    expect(res.data!.unit).toEqual({ a: 'ASSUMED', b: 'ATTESTED', c: 'ATTESTED', d: 'ASSUMED',
      firstAttested: '2021-03-01', lastAttested: '2021-06-30', validFrom: null, validFromStated: null, validFromBound: null });
  });

  test('when a unit stated from a year is read, then the year comes back as written, validFrom is its first day, and its basis follows the year and its one attestation', async () => {
    const res = await api.gql(`query ($id: ID!) { unit(id: $id) {
      before: basis(asOf: "2020-12-31") during: basis(asOf: "2021-06-01") attested: basis(asOf: "2021-06-30") after: basis(asOf: "2021-12-31")
      validFrom validFromStated validFromBound validTo validToStated validToBound } }`, { id: `${p}-year` });
    // Not surely begun before the year ends nor shown before 2021-06-30; no end stated nor shown after it.
    expect(res.data!.unit).toEqual({ before: null, during: 'ASSUMED', attested: 'ATTESTED', after: 'ASSUMED',
      validFrom: '2021-01-01', validFromStated: '2021', validFromBound: 'EXACT', validTo: null, validToStated: null, validToBound: null });
  });

  test('when a chain is read without asking the basis a day, then each line says its basis on the chain\'s date', async () => {
    const early = await chainOf('post', '2020-05-01');
    const late = await chainOf('post', LATER);
    const upOf = (chain: any) => chain.paths[0].steps.map((s: any) => s.up && { id: short(s.up.id), basis: s.up.basis });
    expect(upOf(early)).toEqual([{ id: 'post-mid', basis: 'STATED' }, { id: 'mid-top', basis: 'ATTESTED' }, null]);
    expect(upOf(late)).toEqual([{ id: 'post-mid', basis: 'STATED' }, { id: 'mid-top', basis: 'ASSUMED' }, null]);
    expect(late.paths[0].steps.map((s: any) => s.basis)).toEqual(['STATED', 'ASSUMED', 'ATTESTED']);
  });

  test('when a holder is read, then the holding says its basis, status and rank, and minBasis ATTESTED drops it where only assumed', async () => {
    const res = await api.gql(`query ($id: ID!) { post(id: $id) {
      then: holders(asOf: "2021-05-01") { id basis status claimRank validFromStated }
      now: holders(asOf: "${LATER}") { basis }
      strong: holders(asOf: "${LATER}", minBasis: ATTESTED) { id } } }`, { id: `${p}-chief` });
    expect(res.data!.post).toEqual({
      then: [{ id: `${p}-holding`, basis: 'STATED', status: 'ACCEPTED', claimRank: 'NORMAL', validFromStated: '2016' }],
      now: [{ basis: 'ASSUMED' }],
      strong: [],
    });
  });
});

describe('minBasis', () => {
  test('when a chain is read at ATTESTED, then the assumed line is dropped and the chain stops earlier', async () => {
    expect(unitsOf(await chainOf('post', LATER))).toEqual([['post', 'mid', 'top']]);
    expect(unitsOf(await chainOf('post', LATER, 'ATTESTED'))).toEqual([['post', 'mid']]);
    expect(unitsOf(await chainOf('post', '2020-05-01', 'ATTESTED'))).toEqual([['post', 'mid', 'top']]);
  });

  test('when the subordinates, neighbourhood, path and parent are read at ATTESTED, then the assumed line is not followed', async () => {
    const res = await api.gql(`query ($top: ID!, $mid: ID!, $post: ID!) {
      all: subordinates(unitId: $top, depth: 2, asOf: "${LATER}") { totalCount }
      strong: subordinates(unitId: $top, depth: 2, asOf: "${LATER}", minBasis: ATTESTED) { totalCount edges { node { id } } }
      near: neighbourhood(unitId: $mid, asOf: "${LATER}", minBasis: ATTESTED) { nodes { data { id } } }
      around: neighbourhood(unitId: $top, asOf: "${LATER}") { nodes { data { id basis } } edges { data { id basis } } }
      path: pathBetween(fromId: $post, toId: $top, asOf: "${LATER}") { length }
      noPath: pathBetween(fromId: $post, toId: $top, asOf: "${LATER}", minBasis: ATTESTED) { length }
      mid: unit(id: $mid) { parent(asOf: "${LATER}") { id basis } strongParent: parent(asOf: "${LATER}", minBasis: ATTESTED) { id }
        relations(asOf: "${LATER}", minBasis: STATED) { id } }
      top: unit(id: $top) { childCount(asOf: "${LATER}") strong: childCount(asOf: "${LATER}", minBasis: ATTESTED) } }`,
    { top: `${p}-top`, mid: `${p}-mid`, post: `${p}-post` });
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.all.totalCount).toBe(4); // mid, and post, cell and wing under it
    expect(d.strong).toEqual({ totalCount: 0, edges: [] });
    expect(d.near.nodes.map((n: any) => short(n.data.id)).sort()).toEqual(['cell', 'mid', 'post', 'wing']);
    expect(d.around.nodes.map((n: any) => [short(n.data.id), n.data.basis]).sort()).toEqual([['mid', 'STATED'], ['top', 'ATTESTED']]);
    expect(d.around.edges.map((e: any) => [short(e.data.id), e.data.basis])).toEqual([['mid-top', 'ASSUMED']]);
    expect(d.path).toEqual({ length: 2 });
    expect(d.noPath).toBeNull();
    expect(d.mid.parent).toEqual({ id: `${p}-top`, basis: 'ATTESTED' });
    expect(d.mid.strongParent).toBeNull();
    expect(d.mid.relations.map((r: any) => short(r.id)).sort()).toEqual(['cell-mid', 'post-mid', 'wing-mid']);
    expect([d.top.childCount, d.top.strong]).toEqual([1, 0]);
  });
});

describe('claims', () => {
  test('when two claims disagree, then the chain follows the PREFERRED one and reports the dispute', async () => {
    const chain = await chainOf('cell', LATER);
    expect(unitsOf(chain)).toEqual([['cell', 'mid', 'top']]);
    expect(chain.disputes).toEqual([{ id: `${p}-cell-mid`, status: 'DISPUTED', claimRank: 'PREFERRED' }]);
    expect(chain.paths[0].steps.map((s: any) => s.disputed)).toEqual([true, false, false]);
    const quiet = await chainOf('post', LATER);
    expect(quiet.disputes).toEqual([]);
  });

  test('when a claim is DEPRECATED, then no read follows it, and it is still listed among the unit\'s relations', async () => {
    const chain = await chainOf('wing', LATER);
    expect(unitsOf(chain)).toEqual([['wing', 'mid', 'top']]);
    expect(chain.disputes).toEqual([]);
    const res = await api.gql(`query ($wing: ID!, $old: ID!) {
      wing: unit(id: $wing) { parent(asOf: "${LATER}") { id } relations(asOf: "${LATER}") { id claimRank } }
      old: unit(id: $old) { childCount(asOf: "${LATER}") }
      subs: subordinates(unitId: $old, asOf: "${LATER}") { totalCount } }`, { wing: `${p}-wing`, old: `${p}-old` });
    expect(res.data!.wing.parent).toEqual({ id: `${p}-mid` });
    expect(res.data!.wing.relations.map((r: any) => [short(r.id), r.claimRank]).sort()).toEqual([['wing-mid', 'NORMAL'], ['wing-old', 'DEPRECATED']]);
    expect(res.data!.old.childCount).toBe(0);
    expect(res.data!.subs.totalCount).toBe(0);
  });
});

describe('minBasis in Cypher', () => {
  test('when facts of every kind of stated date are read at a minimum basis in Cypher, then exactly those basisOn puts at least that strong come back', async () => {
    const facts = fc.sample(factArb, { numRuns: 80, seed: 16 });
    const days = fc.sample(dayArb, { numRuns: 20, seed: 17 }).concat(facts.flatMap((f) => [f.firstAttested, f.lastAttested, f.validFrom, f.validTo])
      .filter((d): d is string => !!d && d.length === 10));
    const q = `${p}-fact-`;
    await api.db.write(statement('UNWIND $facts AS f CREATE (n:Unit {id: f.id, name: f.id, kind: "OTHER"}) SET n += f.props'),
      { facts: facts.map((f, i) => ({ id: `${q}${i}`, props: statedProps(f, { firstAttested: f.firstAttested ?? null, lastAttested: f.lastAttested ?? null }) })) });
    for (const min of ['STATED', 'ATTESTED', 'ASSUMED'] as const) {
      const rows = await api.db.read(statement<{ q: string; days: string[] }, { id: string; day: string }>(`
        MATCH (u:Unit) WHERE u.id STARTS WITH $q UNWIND $days AS text WITH u, date(text) AS d
        WHERE (u.validFrom IS NULL OR u.validFrom <= d) AND (u.validTo IS NULL OR d < u.validTo) ${basisCondition('u', 'd', min)}
        RETURN u.id AS id, toString(d) AS day`), { q, days });
      const expected = facts.flatMap((f, i) => days.filter((d) => atLeast(basisOn(f, d), min)).map((d) => `${q}${i}|${d}`));
      expect({ min, found: [...new Set(rows.map((r) => `${r.id}|${r.day}`))].sort() }).toEqual({ min, found: [...new Set(expected)].sort() });
    }
  });
});

describe('the cited dataset', () => {
  test('when the commune police chain is read in 2021, then it does not route through the 2026 election command', async () => {
    const res = await api.gql('{ chainOfResponsibility(unitId: "hanoi-commune-ward-police", asOf: "2021-05-01") { paths { steps { unit { id } } } } }');
    expect(res.errors).toBeUndefined();
    const ids = res.data!.chainOfResponsibility.paths.flatMap((path: any) => path.steps.map((s: any) => s.unit.id));
    expect(ids).toContain('hanoi-commune-ward-police');
    expect(ids).not.toContain('hanoi-election-security-command');
  });
});

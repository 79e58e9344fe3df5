/**
 * A small command structure with everything the chain queries must handle, written straight to Neo4j
 * in the model's shape (schema/model.md), every id under `p`:
 *
 *   p-ministry (Bộ Công an <p>, led by p-minister: p-person-a 2016-04-09..2024-06-06, p-person-b after)
 *     └ p-city            (provincial police)
 *         ├ p-board       (board of directors)
 *         ├ p-command     (election command, from 2026-01-01)
 *         ├ p-district    (district police, until 2025-03-01)
 *         │   └ p-commune (until 2025-03-01)
 *         └ p-commune     (from 2025-03-01; answerable to p-board and p-command from 2026-01-01)
 *   p-orphan              (no parent)
 */
import { afterAll, beforeAll } from '@jest/globals';
import type { Db } from '../../api/src/db/driver';
import { statement } from '../../api/src/db/queries';
import { unitSearchText } from '../../api/src/domain/fold-diacritics';
import { removeFixture, startApi, uniquePrefix, type Api } from './harness';

const cite = JSON.stringify([{ note: 'test fixture' }]);

/** Writes the graph above under the prefix `p`. */
export async function writeFixtureGraph(db: Db, p: string): Promise<void> {
  const units = [
    { id: `${p}-ministry`, name: `Ministry of Public Security ${p}`, nameVi: `Bộ Công an ${p}`, kind: 'MINISTRY' },
    { id: `${p}-city`, name: `City Police ${p}`, nameVi: `Công an thành phố ${p}`, kind: 'PROVINCIAL_POLICE' },
    { id: `${p}-board`, name: `Board of Directors ${p}`, kind: 'LEADERSHIP_BOARD' },
    { id: `${p}-command`, name: `Election Protection Command ${p}`, kind: 'TEMPORARY_COMMAND', validFrom: '2026-01-01' },
    { id: `${p}-district`, name: `District Police ${p}`, kind: 'DISTRICT_POLICE', validTo: '2025-03-01' },
    { id: `${p}-commune`, name: `Commune Police ${p}`, nameVi: `Công an xã ${p}`, kind: 'COMMUNE_POLICE' },
    { id: `${p}-orphan`, name: `Orphan Unit ${p}`, kind: 'OTHER' },
  ].map((u) => ({ validFrom: null, validTo: null, nameVi: null, ...u, searchText: unitSearchText(u) }));
  const rel = (type: string, from: string, to: string, validFrom: string | null = null, validTo: string | null = null) =>
    ({ id: `${p}-${type.toLowerCase()}-${from}-${to}-${validFrom ?? 'x'}`, type, from: `${p}-${from}`, to: `${p}-${to}`, validFrom, validTo });
  const relations = [
    rel('REPORTS_TO', 'city', 'ministry'),
    rel('REPORTS_TO', 'board', 'city'),
    rel('REPORTS_TO', 'command', 'city', '2026-01-01'),
    rel('REPORTS_TO', 'district', 'city', null, '2025-03-01'),
    rel('REPORTS_TO', 'commune', 'district', null, '2025-03-01'),
    rel('REPORTS_TO', 'commune', 'city', '2025-03-01'),
    rel('ANSWERABLE_TO', 'commune', 'board', '2026-01-01'),
    rel('ANSWERABLE_TO', 'commune', 'command', '2026-01-01'),
    rel('COORDINATES_WITH', 'city', 'orphan'),
  ];
  await db.writeTx(async (tx) => {
    await tx.run(statement(
      `UNWIND $units AS u
       CREATE (n:Unit {id: u.id, name: u.name, nameVi: u.nameVi, kind: u.kind, searchText: u.searchText,
         validFrom: date(u.validFrom), validTo: date(u.validTo), citations: $cite, sourceIds: [], synthetic: false})`),
      { units, cite });
    for (const type of [...new Set(relations.map((r) => r.type))]) {
      // The type comes from the fixed list above, never from input.
      await tx.run(statement(
        `UNWIND $rels AS r MATCH (a:Unit {id: r.from}), (b:Unit {id: r.to})
         CREATE (a)-[:${type} {id: r.id, validFrom: date(r.validFrom), validTo: date(r.validTo), citations: $cite, sourceIds: []}]->(b)`),
        { rels: relations.filter((r) => r.type === type), cite });
    }
    await tx.run(statement(
      `MATCH (m:Unit {id: $p + '-ministry'})
       CREATE (post:Post {id: $p + '-minister', title: 'Minister ' + $p, leads: true, collective: false, citations: $cite})-[:POST_OF]->(m)
       CREATE (:Person {id: $p + '-person-a', name: 'Person A ' + $p, rank: 'General', citations: $cite})
         -[:HOLDS {id: $p + '-holding-a', rank: 'General', validFrom: date('2016-04-09'), validTo: date('2024-06-06'), citations: $cite}]->(post)
       CREATE (:Person {id: $p + '-person-b', name: 'Person B ' + $p, citations: $cite})
         -[:HOLDS {id: $p + '-holding-b', validFrom: date('2024-06-06'), citations: $cite}]->(post)`),
      { p, cite });
  });
}

/**
 * Registers the calling test file's beforeAll and afterAll: the API started on the test Neo4j with
 * the graph above under a fresh prefix made from `name` (its indexes online, so search finds it),
 * then both removed. `api` may be used once beforeAll has run; `short` strips the prefix from an id.
 */
export function useFixtureGraph(name: string): { api: Api; p: string; short(id: string): string } {
  const p = uniquePrefix(name);
  let started: Api | undefined;
  const running = (): Api => {
    if (!started) throw new Error('the fixture API starts in beforeAll');
    return started;
  };
  beforeAll(async () => {
    started = await startApi();
    await writeFixtureGraph(started.db, p);
    await started.db.write(statement('CALL db.awaitIndexes(60)'), {});
  });
  afterAll(async () => {
    if (!started) return;
    await removeFixture(started.db, p);
    await started.close();
  });
  const api: Api = {
    get url() { return running().url; },
    get db() { return running().db; },
    get config() { return running().config; },
    gql: (query, variables) => running().gql(query, variables),
    close: () => running().close(),
  };
  return { api, p, short: (id) => id.slice(p.length + 1) };
}

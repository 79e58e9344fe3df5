/**
 * The workloads, each as the same question put to the three clients: `raw` (the project's Cypher
 * through raw-server.ts), `ours` (the project's GraphQL API) and `peer` (@neo4j/graphql, bench/peer/).
 * Targets are picked from the loaded data (pickTargets), so every size asks about units it holds.
 */
import type { Driver } from 'neo4j-driver';
import { luceneQuery, searchWords } from '../../api/src/domain/search-query';
import type { RelationType } from '../../api/src/model/generated/schema-types';
import { UNIT_RELATION_TYPES } from '../../api/src/model/vocabulary';
import type { Client } from './spawn-server';

/** The units the workloads ask about. */
export interface Targets {
  /** A commune that exists today (a new one, under a new province). */
  commune: string;
  /** A commune that existed on 2024-06-01 (an old one, under a district). */
  oldCommune: string;
  /** The current provincial police force with the most direct subordinates. */
  province: string;
  provinceChildren: number;
  /** Part of a unit name, without diacritics, as a user would type it. */
  search: string;
}

/** One workload: an HTTP body per client. */
export interface Workload { name: string; body: Record<Client, string> }

const PAST = '2024-06-01';

/** Finds the targets in the database. @throws Error when the structure lacks one of them. */
export async function pickTargets(driver: Driver, database = 'neo4j'): Promise<Targets> {
  const one = async (text: string) => {
    const res = await driver.executeQuery(text, {}, { database });
    if (!res.records[0]) throw new Error(`no target found by: ${text}`);
    return res.records[0].toObject();
  };
  const commune = await one(`MATCH (u:Unit {kind: 'COMMUNE_POLICE'})-[r:REPORTS_TO]->(:Unit) WHERE u.validTo IS NULL AND r.validTo IS NULL
    WITH u ORDER BY u.id WITH collect(u) AS us RETURN us[size(us) / 2].id AS id, us[size(us) / 2].searchText AS text`);
  const old = await one(`MATCH (u:Unit {kind: 'COMMUNE_POLICE'})-[r:REPORTS_TO]->(:Unit {kind: 'DISTRICT_POLICE'}) WHERE u.validTo IS NOT NULL
    WITH u ORDER BY u.id WITH collect(u) AS us RETURN us[size(us) / 2].id AS id`);
  const province = await one(`MATCH (p:Unit {kind: 'PROVINCIAL_POLICE'}) WHERE p.validTo IS NULL
    RETURN p.id AS id, COUNT { (p)<-[r:REPORTS_TO]-(:Unit) WHERE r.validTo IS NULL } AS n ORDER BY n DESC, id LIMIT 1`);
  // The commune's first name, minus its first two words ("cong an"), the last word cut to 3 letters.
  const words = searchWords(String(commune.text).split(' | ')[0] ?? '');
  const rest = words.slice(2).length ? words.slice(2) : words;
  rest[rest.length - 1] = rest[rest.length - 1]!.slice(0, 3);
  return { commune: String(commune.id), oldCommune: String(old.id), province: String(province.id), provinceChildren: Number(province.n), search: rest.join(' ') };
}

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const raw = (op: string, params: Record<string, unknown>) => JSON.stringify({ op, params });

function chain(unitId: string, asOf: string): Record<Client, string> {
  return {
    raw: raw('chain', { unitId, types: ['REPORTS_TO', 'ANSWERABLE_TO'] satisfies RelationType[], asOf, limit: 201 }),
    ours: gql(`query($id: ID!, $asOf: Date) { chainOfResponsibility(unitId: $id, asOf: $asOf) { truncated
      paths { top { id } steps { depth unit { id name kind } up { id type validFrom validTo } } } } }`, { id: unitId, asOf }),
    peer: gql(`query($id: ID!, $asOf: Date!) { units(where: { id: { eq: $id } }) { id name kind
      chain(asOf: $asOf) { topId units { id name kind } relations { id type validFrom validTo } } } }`, { id: unitId, asOf }),
  };
}

/** The six workloads for `t`; `today` is the date "now" reads are asked on (passed to all three). */
export function workloads(t: Targets, today: string): Workload[] {
  return [
    { name: 'chain (every line)', body: chain(t.commune, today) },
    { name: `chain asOf ${PAST}`, body: chain(t.oldCommune, PAST) },
    { name: 'subordinates of a province (first 100)', body: {
      raw: raw('subordinates', { unitId: t.province, depth: 1, asOf: today, after: null, limit: 101, withCount: true, fields: ['id', 'name', 'kind'] }),
      ours: gql(`query($id: ID!, $asOf: Date) { subordinates(unitId: $id, depth: 1, asOf: $asOf, first: 100) { totalCount
        edges { depth node { id name kind } } } }`, { id: t.province, asOf: today }),
      // The peer reads the REPORTS_TO lines into the force without date filters: all of them hold today.
      peer: gql(`query($id: ID!) { units(where: { id: { eq: $id } }) { id childrenConnection(first: 100, sort: [{ node: { name: ASC } }]) {
        totalCount edges { node { id name kind } } } } }`, { id: t.province }),
    } },
    { name: `search "${t.search}"`, body: {
      raw: raw('search', { lucene: luceneQuery(searchWords(t.search)), phrase: searchWords(t.search).join(' '), kinds: null, skip: 0, limit: 21 }),
      ours: gql(`query($q: String!) { searchUnits(query: $q, first: 20) { edges { score node { id name kind } } pageInfo { hasNextPage } } }`, { q: t.search }),
      // The peer gets our Lucene query text (it has no query building of its own) on the same index.
      peer: gql(`query($q: String!) { unitSearch(phrase: $q, first: 20) { edges { score node { id name kind } } pageInfo { hasNextPage } } }`, { q: luceneQuery(searchWords(t.search)) }),
    } },
    { name: `neighbourhood depth 2 (asOf ${PAST})`, body: {
      raw: raw('neighbourhood', { unitId: t.oldCommune, depth: 2, types: UNIT_RELATION_TYPES, asOf: PAST }),
      ours: gql(`query($id: ID!, $asOf: Date) { neighbourhood(unitId: $id, depth: 2, asOf: $asOf) {
        nodes { data { id label kind childCount synthetic } } edges { data { id source target type } } } }`, { id: t.oldCommune, asOf: PAST }),
      // The peer has no neighbourhood: two levels of its relationship fields, both ways, without dates.
      peer: gql(`query($id: ID!) { units(where: { id: { eq: $id } }) { id name kind
        parent { id name kind parent { id name kind } children { id name kind } answerableTo { id name kind } }
        children { id name kind children { id name kind } }
        answerableTo { id name kind answerableTo { id name kind } } } }`, { id: t.oldCommune }),
    } },
    { name: 'unit by id', body: {
      raw: raw('unit', { ids: [t.commune] }),
      ours: gql(`query($id: ID!) { unit(id: $id) { id name nameVi kind jurisdiction validFrom validTo synthetic } }`, { id: t.commune }),
      peer: gql(`query($id: ID!) { units(where: { id: { eq: $id } }) { id name nameVi kind jurisdiction validFrom validTo synthetic } }`, { id: t.commune }),
    } },
  ];
}

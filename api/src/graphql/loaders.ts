/**
 * DataLoaders: one query per kind of lookup per request, however many fields ask (units by id: one
 * query for all concurrent requests, batched-reads.ts). Loaders keyed by
 * date take `"<asOf>|<minBasis>|<id>"` keys and send one query per date and minimum basis.
 */
import DataLoader from 'dataloader';
import { cypherDate, type CypherDate, type Db } from '../db/driver';
import { cypher, cypherByBasis, type CypherQuery } from '../db/queries';
import type { Basis } from '../model/generated/schema-types';
import type { BatchedReads } from './batched-reads';
import type { RelationModel, EventModel, HoldingModel, PersonModel, PostModel, SourceModel, UnitModel } from '../model/models';

const q = {
  posts: cypher<{ ids: string[] }, { post: Omit<PostModel, 'unitId'>; unitId: string }>('posts/find-posts-by-ids'),
  persons: cypher<{ ids: string[] }, { person: PersonModel }>('persons/find-persons-by-ids'),
  sources: cypher<{ ids: string[] }, { source: SourceModel }>('sources/find-sources-by-ids'),
  postsOfUnits: cypher<{ unitIds: string[] }, { unitId: string; post: Omit<PostModel, 'unitId'> }>('units/find-posts-of-units'),
  holdingsOfPosts: cypher<{ postIds: string[] }, { postId: string; personId: string; holding: Omit<HoldingModel, 'personId' | 'postId'> }>('posts/find-holdings-of-posts'),
  holdingsOfPersons: cypher<{ personIds: string[] }, { personId: string; postId: string; holding: Omit<HoldingModel, 'personId' | 'postId'> }>('persons/find-holdings-of-persons'),
  eventsOfUnits: cypher<{ unitIds: string[] }, { unitId: string; event: EventModel }>('events/find-events-of-units'),
  parents: cypherByBasis<{ unitIds: string[]; asOf: CypherDate }, { unitId: string; parentId: string }>('units/find-parents'),
  relationsOfUnits: cypherByBasis<{ unitIds: string[]; types: string[]; asOf: CypherDate }, { unitId: string; relation: RelationModel }>('units/find-relations-of-units'),
  childCounts: cypherByBasis<{ unitIds: string[]; asOf: CypherDate }, { unitId: string; count: number }>('units/count-children'),
};

/** Groups rows by a key, keeping every key asked (with an empty list when it has no row). */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

function byId<P, R, T>(db: Db, query: CypherQuery<P, R>, params: (ids: string[]) => P, pick: (row: R) => T & { id: string }) {
  return new DataLoader<string, (T & { id: string }) | null>(async (ids) => {
    const rows = (await db.read(query as never, params([...ids]) as never)) as R[];
    const found = new Map(rows.map((r) => { const v = pick(r); return [v.id, v] as const; }));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function listBy<P, R, T>(db: Db, query: CypherQuery<P, R>, params: (ids: string[]) => P, keyOf: (row: R) => string, pick: (row: R) => T) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = (await db.read(query as never, params([...ids]) as never)) as R[];
    return groupBy(ids, rows, keyOf).map((group) => group.map(pick));
  });
}

/** A loader whose keys are `"<asOf>|<minBasis>|<id>"`: one query per distinct date and minimum basis. */
function datedBy<R extends Record<string, unknown>, T>(db: Db, query: (min: Basis) => CypherQuery<{ unitIds: string[]; asOf: CypherDate }, R>, keyOf: (row: R) => string, pick: (row: R) => T, empty: T) {
  return new DataLoader<string, T>(async (keys) => {
    const byDate = new Map<string, string[]>();
    for (const key of keys) {
      const cut = key.lastIndexOf('|');
      const group = key.slice(0, cut);
      byDate.set(group, [...(byDate.get(group) ?? []), key.slice(cut + 1)]);
    }
    const found = new Map<string, T>();
    for (const [group, unitIds] of byDate) {
      const [asOf = '', min = 'ASSUMED'] = group.split('|');
      for (const row of await db.read(query(min as Basis), { unitIds, asOf: cypherDate(asOf) })) found.set(`${group}|${keyOf(row)}`, pick(row));
    }
    return keys.map((k) => found.get(k) ?? empty);
  });
}

/**
 * Relations of units, keyed `"<asOf>|<minBasis>|<types, comma-separated>|<unit id>"`: one query per
 * distinct date, minimum basis and set of types, however many units ask. Each relation carries the
 * date it was read on (what its `basis` reads on by default).
 */
function relationsLoader(db: Db) {
  return new DataLoader<string, RelationModel[]>(async (keys) => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const cut = key.lastIndexOf('|');
      const group = key.slice(0, cut);
      groups.set(group, [...(groups.get(group) ?? []), key.slice(cut + 1)]);
    }
    const found = new Map<string, RelationModel[]>(keys.map((k) => [k, []]));
    for (const [group, unitIds] of groups) {
      const [asOf = '', min = 'ASSUMED', types = ''] = group.split('|');
      const rows = await db.read(q.relationsOfUnits(min as Basis), { unitIds, types: types.split(','), asOf: cypherDate(asOf) });
      for (const row of rows) found.get(`${group}|${row.unitId}`)?.push({ ...row.relation, asOf });
    }
    return keys.map((k) => found.get(k) ?? []);
  });
}

/** The loaders of one request (`requestId` goes into the metadata of the batched unit reads). */
export function createLoaders(db: Db, batched: Pick<BatchedReads, 'units'>, requestId: string) {
  return {
    // Shared with concurrent requests (batched-reads.ts): one transaction for all of them.
    unit: new DataLoader<string, UnitModel | null>(async (ids) => {
      const found = await batched.units.load({ ids, requestId });
      return ids.map((id) => found.get(id) ?? null);
    }),
    post: byId(db, q.posts, (ids) => ({ ids }), (r) => ({ ...r.post, unitId: r.unitId })),
    person: byId(db, q.persons, (ids) => ({ ids }), (r) => r.person),
    source: byId(db, q.sources, (ids) => ({ ids }), (r) => r.source),
    postsOfUnit: listBy(db, q.postsOfUnits, (unitIds) => ({ unitIds }), (r) => r.unitId, (r): PostModel => ({ ...r.post, unitId: r.unitId })),
    holdingsOfPost: listBy(db, q.holdingsOfPosts, (postIds) => ({ postIds }), (r) => r.postId,
      (r): HoldingModel => ({ ...r.holding, personId: r.personId, postId: r.postId })),
    holdingsOfPerson: listBy(db, q.holdingsOfPersons, (personIds) => ({ personIds }), (r) => r.personId,
      (r): HoldingModel => ({ ...r.holding, personId: r.personId, postId: r.postId })),
    eventsOfUnit: listBy(db, q.eventsOfUnits, (unitIds) => ({ unitIds }), (r) => r.unitId, (r) => r.event),
    parentOf: datedBy<{ unitId: string; parentId: string }, string | null>(db, q.parents, (r) => r.unitId, (r) => r.parentId, null),
    relationsOf: relationsLoader(db),
    childCount: datedBy<{ unitId: string; count: number }, number>(db, q.childCounts, (r) => r.unitId, (r) => r.count, 0),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

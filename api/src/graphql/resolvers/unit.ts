/** Fields of Unit that are not plain properties. Relations: units/find-relations.cypher. */
import { cypher } from '../../db/queries';
import { cypherDate, type CypherDate } from '../../db/driver';
import type { UnitResolvers } from '../generated/resolvers-types';
import { parseCitations, type RelationModel } from '../mappers';
import { UNIT_RELATION_TYPES } from './query';

const findRelations = cypher<{ unitId: string; types: string[]; asOf: CypherDate }, { relation: RelationModel }>('units/find-relations');

export const Unit: UnitResolvers = {
  synthetic: (u) => u.synthetic ?? false,
  citations: (u) => parseCitations(u),
  posts: (u, _, ctx) => ctx.loaders.postsOfUnit.load(u.id),
  leadPost: async (u, _, ctx) => (await ctx.loaders.postsOfUnit.load(u.id)).find((p) => p.leads) ?? null,
  parent: async (u, { asOf }, ctx) => {
    const parentId = await ctx.loaders.parentOf.load(`${asOf ?? ctx.today}|${u.id}`);
    return parentId ? ctx.loaders.unit.load(parentId) : null;
  },
  childCount: (u, { asOf }, ctx) => ctx.loaders.childCount.load(`${asOf ?? ctx.today}|${u.id}`),
  events: (u, _, ctx) => ctx.loaders.eventsOfUnit.load(u.id),
  relations: async (u, { asOf, types }, ctx) => {
    const rows = await ctx.db.read(findRelations, { unitId: u.id, types: types?.length ? types : [...UNIT_RELATION_TYPES, 'SET_UP_FOR'], asOf: cypherDate(asOf ?? ctx.today) });
    return rows.map((r) => r.relation);
  },
};

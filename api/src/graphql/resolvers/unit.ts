/** Fields of Unit that are not plain properties (batched through graphql/loaders.ts). */
import type { UnitResolvers } from '../generated/resolvers-types';
import { parseCitations } from '../../model/models';
import { UNIT_RELATION_TYPES } from './query';

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
  relations: (u, { asOf, types }, ctx) => {
    const kinds = types?.length ? [...new Set(types)].sort() : [...UNIT_RELATION_TYPES, 'SET_UP_FOR'];
    return ctx.loaders.relationsOf.load(`${asOf ?? ctx.today}|${kinds.join(',')}|${u.id}`);
  },
};

/** Fields of Unit that are not plain properties (batched through graphql/loaders.ts). */
import type { UnitResolvers } from '../generated/resolvers-types';
import { parseCitations } from '../../model/models';
import { UNIT_RELATION_TYPES } from './query';
import { evidenceFields } from './evidence';

export const Unit: UnitResolvers = {
  ...evidenceFields,
  synthetic: (u) => u.synthetic ?? false,
  citations: (u) => parseCitations(u),
  posts: (u, _, ctx) => ctx.loaders.postsOfUnit.load(u.id),
  leadPost: async (u, _, ctx) => (await ctx.loaders.postsOfUnit.load(u.id)).find((p) => p.leads) ?? null,
  parent: async (u, { asOf, minBasis }, ctx) => {
    const day = asOf ?? ctx.today;
    const parentId = await ctx.loaders.parentOf.load(`${day}|${minBasis ?? 'ASSUMED'}|${u.id}`);
    const parent = parentId ? await ctx.loaders.unit.load(parentId) : null;
    return parent && { ...parent, asOf: day };
  },
  childCount: (u, { asOf, minBasis }, ctx) => ctx.loaders.childCount.load(`${asOf ?? ctx.today}|${minBasis ?? 'ASSUMED'}|${u.id}`),
  events: (u, _, ctx) => ctx.loaders.eventsOfUnit.load(u.id),
  relations: (u, { asOf, types, minBasis }, ctx) => {
    const kinds = types?.length ? [...new Set(types)].sort() : [...UNIT_RELATION_TYPES, 'SET_UP_FOR'];
    return ctx.loaders.relationsOf.load(`${asOf ?? ctx.today}|${minBasis ?? 'ASSUMED'}|${kinds.join(',')}|${u.id}`);
  },
};

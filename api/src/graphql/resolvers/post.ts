/** Fields of Post, Person, Holding and Event that are not plain properties. */
import { followedOn } from '../../domain/basis';
import { claimFields, evidenceFields } from './evidence';
import type { EventResolvers, HoldingResolvers, PersonResolvers, PostResolvers } from '../generated/resolvers-types';
import { parseCitations } from '../../model/models';
import { notFound } from '../../errors';

export const Post: PostResolvers = {
  leads: (p) => p.leads ?? false,
  collective: (p) => p.collective ?? false,
  citations: (p) => parseCitations(p),
  unit: async (p, _, ctx) => (await ctx.loaders.unit.load(p.unitId)) ?? Promise.reject(notFound(`unit '${p.unitId}' of post '${p.id}' is missing`)),
  holdings: (p, _, ctx) => ctx.loaders.holdingsOfPost.load(p.id),
  // Not DEPRECATED claims; at least minBasis strong on the day.
  holders: async (p, { asOf, minBasis }, ctx) => {
    const day = asOf ?? ctx.today;
    return (await ctx.loaders.holdingsOfPost.load(p.id)).filter((h) => followedOn(h, day, minBasis ?? 'ASSUMED')).map((h) => ({ ...h, asOf: day }));
  },
};

export const Person: PersonResolvers = {
  synthetic: (p) => p.synthetic ?? false,
  citations: (p) => parseCitations(p),
  holdings: (p, _, ctx) => ctx.loaders.holdingsOfPerson.load(p.id),
};

export const Holding: HoldingResolvers = {
  ...evidenceFields,
  ...claimFields,
  citations: (h) => parseCitations(h),
  person: async (h, _, ctx) => (await ctx.loaders.person.load(h.personId)) ?? Promise.reject(notFound(`person '${h.personId}' is missing`)),
  post: async (h, _, ctx) => (await ctx.loaders.post.load(h.postId)) ?? Promise.reject(notFound(`post '${h.postId}' is missing`)),
};

export const Event: EventResolvers = {
  citations: (e) => parseCitations(e),
};

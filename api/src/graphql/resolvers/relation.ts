/** Fields of Relation, Citation, Chain, ChainStep and UnitPath that are not plain properties. */
import { basisOn, followedOn, statedOf, weaker } from '../../domain/basis';
import { claimFields, evidenceFields } from './evidence';
import type { ChainPathResolvers, ChainStepResolvers, CitationResolvers, RelationResolvers, UnitPathResolvers } from '../generated/resolvers-types';
import { notFound } from '../../errors';
import { parseCitations } from '../../model/models';

export const Relation: RelationResolvers = {
  ...evidenceFields,
  ...claimFields,
  synthetic: (r) => r.synthetic ?? false,
  citations: (r) => parseCitations(r),
  from: async (r, _, ctx) => (await ctx.loaders.unit.load(r.from)) ?? Promise.reject(notFound(`unit '${r.from}' is missing`)),
  to: (r, _, ctx) => (r.toEvent ? null : ctx.loaders.unit.load(r.to)),
  event: async (r, _, ctx) => {
    if (!r.toEvent) return null;
    const events = await ctx.loaders.eventsOfUnit.load(r.from);
    return events.find((e) => e.id === r.to) ?? null;
  },
};

export const Citation: CitationResolvers = {
  source: (c, _, ctx) => (c.source ? ctx.loaders.source.load(c.source) : null),
  quote: (c) => c.quote ?? null,
  note: (c) => c.note ?? null,
};

export const ChainPath: ChainPathResolvers = {
  top: (p) => p.steps[p.steps.length - 1]!.unit,
};

export const ChainStep: ChainStepResolvers = {
  basis: (s) => weaker(basisOn(statedOf(s.unit), s.asOf), s.up ? basisOn(statedOf(s.up), s.asOf) : 'STATED'),
  disputed: (s) => s.disputed,
  leadPost: async (s, _, ctx) => (await ctx.loaders.postsOfUnit.load(s.unit.id)).find((p) => p.leads) ?? null,
  leaders: async (s, _, ctx) => {
    const lead = (await ctx.loaders.postsOfUnit.load(s.unit.id)).find((p) => p.leads);
    if (!lead) return [];
    return (await ctx.loaders.holdingsOfPost.load(lead.id)).filter((h) => followedOn(h, s.asOf, s.minBasis)).map((h) => ({ ...h, asOf: s.asOf }));
  },
};

export const UnitPath: UnitPathResolvers = {
  length: (p) => p.relations.length,
};

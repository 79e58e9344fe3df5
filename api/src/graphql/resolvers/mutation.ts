/** The Mutation type: every write (units, lines, posts, persons, holdings), each run by runChange. */
import type { MutationResolvers } from '../generated/resolvers-types';
import { LineMutations } from './mutation-lines';
import { PeopleMutations } from './mutation-people';
import { UnitMutations } from './mutation-units';

export const Mutation: MutationResolvers = { ...UnitMutations, ...LineMutations, ...PeopleMutations };

/**
 * Mutations of posts and persons, and of who holds a post: appoint, relieve. Each runs a use case
 * (domain/people-use-cases.ts) over the transaction's people store (db/people-store.ts).
 */
import { peopleStore } from '../../db/people-store';
import { appointPerson, createPerson, createPost, relievePerson, updatePerson, updatePost } from '../../domain/people-use-cases';
import type { MutationResolvers } from '../generated/resolvers-types';
import { runChange } from './mutation-tx';

export const PeopleMutations: Pick<MutationResolvers, 'createPost' | 'updatePost' | 'createPerson' | 'updatePerson' | 'appointPerson' | 'relievePerson'> = {
  createPost: (_, args, ctx) => runChange(ctx, 'createPost', 'editor', args, (tx, change) => createPost(peopleStore(tx), args.input, change)),

  updatePost: (_, args, ctx) => runChange(ctx, 'updatePost', 'editor', args, (tx, change) => updatePost(peopleStore(tx), args.id, args.input, change)),

  createPerson: (_, args, ctx) => runChange(ctx, 'createPerson', 'editor', args, (tx, change) => createPerson(peopleStore(tx), args.input, change)),

  updatePerson: (_, args, ctx) => runChange(ctx, 'updatePerson', 'editor', args, (tx, change) => updatePerson(peopleStore(tx), args.id, args.input, change)),

  appointPerson: (_, args, ctx) => runChange(ctx, 'appointPerson', 'editor', args,
    (tx, change) => appointPerson(peopleStore(tx), args.personId, args.postId, args.rank, change)),

  relievePerson: (_, args, ctx) => runChange(ctx, 'relievePerson', 'editor', args, (tx, change) => relievePerson(peopleStore(tx), args.personId, args.postId, change)),
};

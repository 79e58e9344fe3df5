/**
 * Mutations of responsibility, coordination, advisory and guidance lines: add one, end one. Each
 * runs a use case (domain/line-use-cases.ts) over the transaction's line store (db/line-store.ts).
 */
import { lineStore } from '../../db/line-store';
import { addRelation, endRelation } from '../../domain/line-use-cases';
import type { MutationResolvers } from '../generated/resolvers-types';
import { runChange } from './mutation-tx';

export const LineMutations: Pick<MutationResolvers, 'addRelation' | 'endRelation'> = {
  addRelation: (_, args, ctx) => runChange(ctx, 'addRelation', 'editor', args, (tx, change) => addRelation(lineStore(tx), args.input, change)),

  endRelation: (_, args, ctx) => runChange(ctx, 'endRelation', 'editor', args, (tx, change) => endRelation(lineStore(tx), args.id, change)),
};

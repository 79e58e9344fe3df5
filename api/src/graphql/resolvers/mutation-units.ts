/**
 * Mutations of units: create, update, move, dissolve, merge and split. Each translates its arguments
 * for a use case (domain/unit-use-cases.ts, domain/merge-and-split.ts) run over the transaction's
 * unit store (db/unit-store.ts); runChange checks the role and the change and writes the audit entry.
 */
import { unitStore } from '../../db/unit-store';
import { mergeUnits, splitUnit } from '../../domain/merge-and-split';
import { createUnit, dissolveUnit, moveUnit, updateUnit } from '../../domain/unit-use-cases';
import type { MutationResolvers } from '../generated/resolvers-types';
import { runChange } from './mutation-tx';

export const UnitMutations: Pick<MutationResolvers, 'createUnit' | 'updateUnit' | 'moveUnit' | 'dissolveUnit' | 'mergeUnits' | 'splitUnit'> = {
  createUnit: (_, args, ctx) => runChange(ctx, 'createUnit', 'editor', args, (tx, change) => createUnit(unitStore(tx), args.input, change)),

  updateUnit: (_, args, ctx) => runChange(ctx, 'updateUnit', 'editor', args, (tx, change) => updateUnit(unitStore(tx), args.id, args.input, change)),

  moveUnit: (_, args, ctx) => runChange(ctx, 'moveUnit', 'editor', args, (tx, change) => moveUnit(unitStore(tx), args.unitId, args.newParentId, change)),

  dissolveUnit: (_, args, ctx) => runChange(ctx, 'dissolveUnit', 'admin', args, (tx, change) => dissolveUnit(unitStore(tx), args.id, change)),

  mergeUnits: (_, args, ctx) => runChange(ctx, 'mergeUnits', 'admin', args, (tx, change) => mergeUnits(unitStore(tx), args.unitIds, args.into, change)),

  splitUnit: (_, args, ctx) => runChange(ctx, 'splitUnit', 'admin', args, (tx, change) => splitUnit(unitStore(tx), args.id, args.into, args.assignments ?? [], change)),
};

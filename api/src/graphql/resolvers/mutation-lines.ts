/** Mutations of responsibility, coordination, advisory and guidance lines: add one, end one. */
import { randomUUID } from 'node:crypto';
import { cypher } from '../../db/queries';
import { checkText } from '../../domain/change-input';
import { badInput, notFound } from '../../errors';
import type { MutationResolvers } from '../generated/resolvers-types';
import type { RelationModel } from '../../model/models';
import { lockLiveUnit } from './mutation-unit-ops';
import { checked, conflict, run, runChange, type Change } from './mutation-tx';

type DateP = Change['date'];
const q = {
  findOpen: cypher<{ fromId: string; toId: string; type: string; date: DateP }, { id: string }>('mutations/find-open-relation'),
  add: cypher<{ fromId: string; toId: string; type: string; props: Record<string, unknown> }, { relation: RelationModel }>('mutations/add-relation'),
  find: cypher<{ id: string }, { relation: RelationModel }>('mutations/find-line-by-id'),
  end: cypher<{ id: string; date: DateP; citations: string }, { relation: RelationModel }>('mutations/end-line'),
};

export const LineMutations: Pick<MutationResolvers, 'addRelation' | 'endRelation'> = {
  addRelation: (_, args, ctx) => runChange(ctx, 'addRelation', 'editor', args, async (tx, change) => {
    const { type, fromId, toId } = args.input;
    if (fromId === toId) throw badInput(`a unit cannot be ${type} itself: fromId and toId are both '${fromId}'.`, 'input.toId');
    const note = checked(() => checkText(args.input.note, 'input.note', { max: 4000 }));
    // Lock both ends in id order, so two writers of the same pair queue rather than deadlock.
    for (const [id, arg] of [[fromId, 'input.fromId'], [toId, 'input.toId']].sort((a, b) => a[0]!.localeCompare(b[0]!))) await lockLiveUnit(tx, id!, arg!, change);
    const [dup] = await run(tx, q.findOpen, { fromId, toId, type, date: change.date });
    if (dup) throw conflict(`'${fromId}' already has a ${type} line to '${toId}' on ${change.iso} (relation '${dup.id}'); end it first or leave it.`, { relationId: dup.id });
    const props = { id: `${type.toLowerCase()}:${randomUUID()}`, validFrom: change.date, validTo: null, note, ...change.cited };
    const [row] = await run(tx, q.add, { fromId, toId, type, props });
    return { result: row!.relation, targetIds: [row!.relation.id, fromId, toId] };
  }),

  endRelation: (_, args, ctx) => runChange(ctx, 'endRelation', 'editor', args, async (tx, change) => {
    const [found] = await run(tx, q.find, { id: args.id });
    if (!found) throw notFound(`relation '${args.id}' not found among responsibility, coordination, advisory and guidance lines; see Unit.relations for ids (the reporting line changes with moveUnit).`);
    const r = found.relation;
    if (r.validTo && r.validTo <= change.iso) throw conflict(`relation '${args.id}' already ended on ${r.validTo}.`);
    if (r.validFrom && r.validFrom >= change.iso) throw badInput(`relation '${args.id}' starts on ${r.validFrom}; it can only end after that day.`, 'change.effectiveDate');
    const [row] = await run(tx, q.end, { id: args.id, date: change.date, citations: change.cited.citations });
    return { result: row!.relation, targetIds: [args.id, r.from, r.to], before: { validTo: r.validTo ?? null } };
  }),
};

/**
 * addRelation and endRelation: responsibility, coordination, advisory and guidance lines between live
 * units, each inside one write transaction given as a LineStore (db/line-store.ts). The reporting line
 * is changed by moveUnit (unit-use-cases.ts) instead.
 */
import type { AddRelationInput } from '../model/generated/schema-types';
import type { RelationModel } from '../model/models';
import { checkText, NEW_CLAIM, type Change, type Outcome } from './change-input';
import { checkEndOn } from './date-conflicts';
import { lockOrder } from './lock-order';
import { Refusal } from './refusal';
import { lockLiveUnit, type UnitStore } from './unit-use-cases';

/** A new line's stored properties without its id (the store makes one); `validFrom` is YYYY-MM-DD. */
export type NewRelationProps = { validFrom: string; validTo: null; note: string | null } & Change['cited'];

/** The reads and writes line changes need, inside one write transaction; days are YYYY-MM-DD. */
export interface LineStore extends Pick<UnitStore, 'lockNode'> {
  /** The id of a line of `type` from `fromId` to `toId` that holds on `day` or starts after it, or null. */
  findOpenRelation(fromId: string, toId: string, type: string, day: string): Promise<string | null>;
  /** Creates the line with a new id. */
  addRelation(fromId: string, toId: string, type: string, props: NewRelationProps): Promise<RelationModel>;
  /** The line with this id, locked, or null. */
  lockRelation(id: string): Promise<RelationModel | null>;
  /** Ends the line on `day`. */
  endRelation(id: string, day: string, citations: string): Promise<RelationModel>;
}

/** addRelation: a new line between two live units from the change's day. @throws Refusal BAD_USER_INPUT, NOT_FOUND or CONFLICT */
export async function addRelation(store: LineStore, input: AddRelationInput, change: Change): Promise<Outcome<RelationModel>> {
  const { type, fromId, toId } = input;
  if (fromId === toId) throw Refusal.badInput(`a unit cannot be ${type} itself: fromId and toId are both '${fromId}'.`, 'input.toId');
  const note = checkText(input.note, 'input.note', { max: 4000 });
  for (const end of lockOrder([{ id: fromId, argument: 'input.fromId' }, { id: toId, argument: 'input.toId' }])) {
    await lockLiveUnit(store, end.id, end.argument, change);
  }
  const dup = await store.findOpenRelation(fromId, toId, type, change.iso);
  if (dup) throw Refusal.conflict(`'${fromId}' already has a ${type} line to '${toId}' on ${change.iso} (relation '${dup}'); end it first or leave it.`, { relationId: dup });
  const relation = await store.addRelation(fromId, toId, type, { validFrom: change.iso, validTo: null, note, ...change.cited, ...NEW_CLAIM });
  return { result: relation, targetIds: [relation.id, fromId, toId] };
}

/** endRelation: the line ends on the change's day. @throws Refusal NOT_FOUND, CONFLICT or BAD_USER_INPUT */
export async function endRelation(store: LineStore, id: string, change: Change): Promise<Outcome<RelationModel>> {
  const found = await store.lockRelation(id);
  if (!found) throw Refusal.notFound(`relation '${id}' not found among responsibility, coordination, advisory and guidance lines; see Unit.relations for ids (the reporting line changes with moveUnit).`);
  checkEndOn(id, found, change.iso);
  const relation = await store.endRelation(id, change.iso, change.cited.citations);
  return { result: relation, targetIds: [id, found.from, found.to], before: { validTo: found.validTo ?? null } };
}

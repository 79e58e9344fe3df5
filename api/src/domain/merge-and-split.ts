/**
 * mergeUnits and splitUnit: the changes that end units and hand their subordinates on, each in one
 * write transaction given as a UnitStore. What they must write is checked first (merge-plan.ts,
 * split-plan.ts); the moves and ends are the steps of unit-use-cases.ts.
 */
import type { ChildAssignmentInput, CreateUnitInput, MergeTargetInput } from '../model/generated/schema-types';
import type { UnitModel } from '../model/models';
import type { Change, Outcome } from './change-input';
import { planMerge } from './merge-plan';
import { splitIds, splitMoves } from './split-plan';
import { newUnitProps } from './unit-props';
import { createUnitUnder, dissolveOn, lockLiveUnit, parentOn, putUnder, type UnitStore } from './unit-use-cases';

// The SUCCEEDED_BY line that records, from the change's day, that `fromId` is carried on by `toId`.
async function succeed(store: UnitStore, fromId: string, toId: string, change: Change): Promise<string> {
  const id = `succeeded-by:${fromId}:${toId}:${change.iso}`;
  await store.succeed(fromId, toId, { id, validFrom: change.iso, validTo: null, note: null, ...change.cited });
  return id;
}

/**
 * mergeUnits: every unit of `unitIds` ends, its subordinates move under the successor `into` (an
 * existing unit, or a new one created under `into.parentId` or the first unit's parent), and each
 * is recorded as SUCCEEDED_BY the successor from the change's day.
 */
export async function mergeUnits(store: UnitStore, unitIds: string[], into: MergeTargetInput, change: Change): Promise<Outcome<UnitModel>> {
  const plan = planMerge(unitIds, into);
  for (const id of plan.ids) await lockLiveUnit(store, id, 'unitIds', change);
  if (plan.successor) {
    const parent = plan.parentId ?? (await parentOn(store, plan.ids[0]!, change));
    await createUnitUnder(store, newUnitProps(plan.successor, change, 'into'), parent, change);
  } else {
    await lockLiveUnit(store, plan.targetId, 'into.id', change);
  }
  const touched = [plan.targetId];
  for (const id of plan.ids) {
    for (const child of await store.openChildren(id, change.iso)) {
      await putUnder(store, child, plan.targetId, change);
      touched.push(child);
    }
    touched.push(...(await dissolveOn(store, id, change, 'unitIds')).touched);
    touched.push(await succeed(store, id, plan.targetId, change));
  }
  // An empty update reads the successor back as the merge left it.
  return { result: await store.updateUnit(plan.targetId, {}), targetIds: touched };
}

/**
 * splitUnit: the new units `into` are created (under their own parent or the old unit's), every
 * subordinate moves to the new unit `assignments` names, and the old unit ends, SUCCEEDED_BY each.
 */
export async function splitUnit(store: UnitStore, id: string, into: CreateUnitInput[], assignments: ChildAssignmentInput[], change: Change): Promise<Outcome<UnitModel[]>> {
  const newIds = splitIds(id, into);
  await lockLiveUnit(store, id, 'id', change);
  const children = await store.openChildren(id, change.iso);
  const moves = splitMoves(id, children, assignments, newIds, change.iso);
  const parent = await parentOn(store, id, change);
  const created: UnitModel[] = [];
  for (const [i, input] of into.entries()) {
    created.push(await createUnitUnder(store, newUnitProps(input, change, `into[${i}]`), input.parentId ?? parent, change));
  }
  for (const [child, target] of moves) await putUnder(store, child, target, change);
  const { touched } = await dissolveOn(store, id, change);
  for (const newId of newIds) touched.push(await succeed(store, id, newId, change));
  return { result: created, targetIds: [...newIds, ...children, ...touched] };
}

/**
 * The unit changes (create, update, move, dissolve) and the steps merge and split are made of, each
 * inside one write transaction given as a UnitStore (db/unit-store.ts). They read, apply the rules
 * (date-conflicts.ts, loop-path.ts, lock-order.ts, unit-props.ts), then write; a Refusal leaves
 * nothing written.
 *
 * Loops: the moved unit, the new parent and the new parent's ancestors are write-locked (in id order)
 * before the loop check, and the lock is taken again until no new ancestor appears. Two moves that
 * would together close a loop share at least one of those units, so the second waits for the first to
 * commit and then sees its edge.
 */
import type { CreateUnitInput, UpdateUnitInput } from '../model/generated/schema-types';
import type { UnitModel } from '../model/models';
import { NEW_CLAIM, type Change, type Outcome } from './change-input';
import { checkLiveOn, checkNewParentOn, parentOnDay, type OpenLine } from './date-conflicts';
import { locksSettled, MAX_LOCK_PASSES } from './lock-order';
import { refuseLoop } from './loop-path';
import { Refusal } from './refusal';
import { newUnitProps, unitUpdate, type NewUnitProps } from './unit-props';

/** A new reporting line's stored properties; `validFrom` is a YYYY-MM-DD text. */
export type NewLineProps = { id: string; validFrom: string; validTo: null; note: null } & Change['cited'];

/** The reads and writes unit changes need, inside one write transaction; days are YYYY-MM-DD. */
export interface UnitStore {
  /** Write-locks a Unit, Post or Person (until the transaction ends) and returns it, or null. */
  lockNode<T>(label: 'Unit' | 'Post' | 'Person', id: string): Promise<T | null>;
  /** Write-locks the unit, the parent and the parent's ancestors from `day` on, in id order; returns their ids. */
  lockForMove(unitId: string, parentId: string, day: string): Promise<string[]>;
  /** The reporting path from the parent up to the unit from `day` on (ids, parent first), or null. */
  findPathUp(unitId: string, parentId: string, day: string): Promise<string[] | null>;
  /** The unit's reporting lines that hold on `day` or start after it, earliest first. */
  openParentLines(unitId: string, day: string): Promise<OpenLine[]>;
  /** The units that report to the unit on `day` or later, by id. */
  openChildren(unitId: string, day: string): Promise<string[]>;
  /** Ends the unit's current reporting line on `line.validFrom` and starts `line` to the parent. */
  reparent(unitId: string, parentId: string, line: NewLineProps): Promise<UnitModel>;
  createUnit(props: NewUnitProps): Promise<UnitModel>;
  updateUnit(id: string, props: Record<string, unknown>): Promise<UnitModel>;
  /** Records that unit `fromId` is carried on by `toId` from `line.validFrom` (a SUCCEEDED_BY line). */
  succeed(fromId: string, toId: string, line: NewLineProps): Promise<void>;
  /** Ends the unit, its relations and its posts' holdings on `day`; returns the ids it ended. */
  dissolve(id: string, day: string, citations: string): Promise<{ unit: UnitModel; relations: string[]; holdings: string[] }>;
}

/** The unit, locked, existing on the change's day. @throws Refusal NOT_FOUND or CONFLICT */
export async function lockLiveUnit(store: Pick<UnitStore, 'lockNode'>, id: string, argument: string, change: Change): Promise<UnitModel> {
  return checkLiveOn(await store.lockNode<UnitModel>('Unit', id), id, argument, change.iso);
}

/** The unit's parent on the change's day, if any. */
export async function parentOn(store: UnitStore, unitId: string, change: Change): Promise<string | null> {
  return parentOnDay(await store.openParentLines(unitId, change.iso), change.iso);
}

/** Creates a unit from checked props, under `parentId` when given. @throws Refusal CONFLICT when the id is taken */
export async function createUnitUnder(store: UnitStore, props: NewUnitProps, parentId: string | null | undefined, change: Change): Promise<UnitModel> {
  if (await store.lockNode('Unit', props.id)) throw Refusal.conflict(`unit id '${props.id}' is already in use; choose another id.`);
  if (parentId) await lockLiveUnit(store, parentId, 'parentId', change);
  const unit = await store.createUnit(props);
  return parentId ? putUnder(store, props.id, parentId, change) : unit;
}

/**
 * Puts a live unit under a live parent from the change's day.
 * @throws Refusal CONFLICT with `path` when that closes a loop, or when a later reporting line exists
 */
export async function putUnder(store: UnitStore, unitId: string, parentId: string, change: Change): Promise<UnitModel> {
  refuseLoop(unitId, parentId, null);
  const held = new Set<string>();
  for (let pass = 0; pass < MAX_LOCK_PASSES; pass++) {
    const now = await store.lockForMove(unitId, parentId, change.iso);
    if (locksSettled(held, now)) break;
    now.forEach((id) => held.add(id));
  }
  refuseLoop(unitId, parentId, await store.findPathUp(unitId, parentId, change.iso));
  checkNewParentOn(unitId, parentId, await store.openParentLines(unitId, change.iso), change.iso);
  const line = { id: `reports-to:${unitId}:${parentId}:${change.iso}`, validFrom: change.iso, validTo: null, note: null, ...change.cited, ...NEW_CLAIM };
  return store.reparent(unitId, parentId, line);
}

/** Ends a unit, its relations and its posts' holdings on the change's day. @throws Refusal CONFLICT while units still report to it */
export async function dissolveOn(store: UnitStore, id: string, change: Change, argument = 'id'): Promise<{ unit: UnitModel; touched: string[] }> {
  await lockLiveUnit(store, id, argument, change);
  const children = await store.openChildren(id, change.iso);
  if (children.length) {
    throw Refusal.conflict(`unit '${id}' still has ${children.length} unit(s) reporting to it on ${change.iso} (${children.slice(0, 10).join(', ')}); move them first (moveUnit), or merge with mergeUnits.`, { children });
  }
  const { unit, relations, holdings } = await store.dissolve(id, change.iso, change.cited.citations);
  return { unit, touched: [id, ...relations, ...holdings] };
}

/** createUnit: a new unit, under `input.parentId` when given. */
export async function createUnit(store: UnitStore, input: CreateUnitInput, change: Change): Promise<Outcome<UnitModel>> {
  const unit = await createUnitUnder(store, newUnitProps(input, change), input.parentId, change);
  return { result: unit, targetIds: [unit.id, ...(input.parentId ? [input.parentId] : [])] };
}

/** updateUnit: new values for some fields of a live unit; the old ones go to the audit. */
export async function updateUnit(store: UnitStore, id: string, input: UpdateUnitInput, change: Change): Promise<Outcome<UnitModel>> {
  const unit = await lockLiveUnit(store, id, 'id', change);
  const { props, before } = unitUpdate(unit, input, change);
  return { result: await store.updateUnit(id, props), targetIds: [id], before };
}

/** moveUnit: the unit reports to `newParentId` from the change's day. */
export async function moveUnit(store: UnitStore, unitId: string, newParentId: string, change: Change): Promise<Outcome<UnitModel>> {
  await lockLiveUnit(store, unitId, 'unitId', change);
  await lockLiveUnit(store, newParentId, 'newParentId', change);
  const before = { parentId: await parentOn(store, unitId, change) };
  const unit = await putUnder(store, unitId, newParentId, change);
  return { result: unit, targetIds: [unitId, newParentId, ...(before.parentId ? [before.parentId] : [])], before };
}

/** dissolveUnit: the unit ends on the change's day, with its relations and holdings. */
export async function dissolveUnit(store: UnitStore, id: string, change: Change): Promise<Outcome<UnitModel>> {
  const { unit, touched } = await dissolveOn(store, id, change);
  return { result: unit, targetIds: touched };
}

/**
 * The steps unit mutations are made of, each inside the caller's write transaction: lock a node,
 * create a unit, put a unit under a parent (refusing loops, see below), dissolve a unit.
 *
 * Loops: the moved unit, the new parent and the new parent's ancestors are write-locked (in id order)
 * before the loop check, and the lock is taken again until no new ancestor appears. Two moves that
 * would together close a loop share at least one of those units, so the second waits for the first to
 * commit and then sees its edge.
 */
import type { QueryTx as Tx } from '../../db/driver';
import { cypher } from '../../db/queries';
import { unitSearchText } from '../../domain/fold-diacritics';
import { checkNewId, checkText } from '../../domain/change-input';
import { notFound } from '../../errors';
import type { CreateUnitInput } from '../generated/resolvers-types';
import type { UnitModel } from '../../model/models';
import { holdsOn } from '../../domain/dates';
import { checked, conflict, run, type Change } from './mutation-tx';

type DateP = Change['date'];
const q = {
  lockNode: cypher<{ label: 'Unit' | 'Post' | 'Person'; id: string }, { node: Record<string, unknown> }>('mutations/lock-node'),
  lockForMove: cypher<{ unitId: string; parentId: string; date: DateP }, { locked: string[] }>('mutations/lock-for-move'),
  findLoop: cypher<{ unitId: string; parentId: string; date: DateP }, { loop: string[] | null }>('mutations/find-loop'),
  openParentLines: cypher<{ unitId: string; date: DateP }, { id: string; parentId: string; validFrom: string | null }>('mutations/find-open-parent-lines'),
  openChildren: cypher<{ unitId: string; date: DateP }, { id: string }>('mutations/find-open-children'),
  reparent: cypher<{ unitId: string; parentId: string; date: DateP; rel: Record<string, unknown> }, { unit: UnitModel; ended: string[] }>('mutations/reparent-unit'),
  createUnit: cypher<{ props: Record<string, unknown> }, { unit: UnitModel }>('mutations/create-unit'),
  dissolve: cypher<{ id: string; date: DateP; citations: string }, { unit: UnitModel; relations: string[]; holdings: string[] }>('mutations/dissolve-unit'),
};

/** Write-locks a node and returns it, or null when there is none. */
export async function lockNode<T>(tx: Tx, label: 'Unit' | 'Post' | 'Person', id: string): Promise<T | null> {
  const [row] = await run(tx, q.lockNode, { label, id });
  return (row?.node as T | undefined) ?? null;
}

/** The unit, locked, existing on the change's date; else NOT_FOUND or CONFLICT. */
export async function lockLiveUnit(tx: Tx, id: string, argument: string, change: Change): Promise<UnitModel> {
  const unit = await lockNode<UnitModel>(tx, 'Unit', id);
  if (!unit) throw notFound(`unit '${id}' (${argument}) not found; find unit ids with searchUnits(query: "...").`);
  if (!holdsOn({ validTo: unit.validTo }, change.iso)) throw conflict(`unit '${id}' (${argument}) ceased to exist on ${unit.validTo}, before ${change.iso}.`);
  if (unit.validFrom && unit.validFrom > change.iso) throw conflict(`unit '${id}' (${argument}) begins on ${unit.validFrom}, after ${change.iso}.`);
  return unit;
}

/** Checks the fields of a new unit and returns its stored properties. @throws BAD_USER_INPUT */
export function newUnitProps(input: Omit<CreateUnitInput, 'parentId'>, change: Change, argument = 'input'): Record<string, unknown> {
  return checked(() => {
    const u = {
      id: checkNewId(input.id, `${argument}.id`),
      name: checkText(input.name, `${argument}.name`, { required: true })!,
      nameVi: checkText(input.nameVi, `${argument}.nameVi`),
      abbreviation: checkText(input.abbreviation, `${argument}.abbreviation`),
      kind: input.kind,
      jurisdiction: checkText(input.jurisdiction, `${argument}.jurisdiction`),
    };
    return { ...u, searchText: unitSearchText(u), validFrom: change.date, validTo: null, ...change.cited };
  });
}

/** Creates a unit, under `parentId` when given. @throws CONFLICT when the id is taken */
export async function createUnitTx(tx: Tx, props: Record<string, unknown>, parentId: string | null | undefined, change: Change): Promise<UnitModel> {
  if (await lockNode(tx, 'Unit', props.id as string)) throw conflict(`unit id '${props.id}' is already in use; choose another id.`);
  if (parentId) await lockLiveUnit(tx, parentId, 'parentId', change);
  const [row] = await run(tx, q.createUnit, { props });
  if (parentId) return putUnder(tx, props.id as string, parentId, change);
  return row!.unit;
}

/**
 * Puts a live unit under a live parent from the change's date.
 * @throws CONFLICT with `path` when that closes a loop, or when a later reporting line exists.
 */
export async function putUnder(tx: Tx, unitId: string, parentId: string, change: Change): Promise<UnitModel> {
  if (unitId === parentId) throw conflict(`unit '${unitId}' cannot be put under itself.`, { path: [unitId, unitId] });
  let locked = new Set<string>();
  for (let i = 0; i < 10; i++) {
    const [row] = await run(tx, q.lockForMove, { unitId, parentId, date: change.date });
    const now = row?.locked ?? [];
    if (now.every((id) => locked.has(id))) break;
    locked = new Set([...locked, ...now]);
  }
  const [loop] = await run(tx, q.findLoop, { unitId, parentId, date: change.date });
  if (loop?.loop) {
    const path = [unitId, ...loop.loop];
    throw conflict(`putting '${unitId}' under '${parentId}' would close a loop: ${path.join(' → ')}. Move '${parentId}' out from under '${unitId}' first.`, { path });
  }
  const open = await run(tx, q.openParentLines, { unitId, date: change.date });
  const later = open.find((l) => l.validFrom && l.validFrom >= change.iso);
  if (later) throw conflict(`unit '${unitId}' has a reporting line to '${later.parentId}' from ${later.validFrom}, not before ${change.iso}; move it on a later date.`);
  if (open.length === 1 && open[0]!.parentId === parentId) throw conflict(`unit '${unitId}' is already under '${parentId}' on ${change.iso}.`);
  const rel = { id: `reports-to:${unitId}:${parentId}:${change.iso}`, validFrom: change.date, validTo: null, note: null, ...change.cited };
  const [row] = await run(tx, q.reparent, { unitId, parentId, date: change.date, rel });
  return row!.unit;
}

/** The units that report to `unitId` on the change's date or later. */
export async function openChildren(tx: Tx, unitId: string, change: Change): Promise<string[]> {
  return (await run(tx, q.openChildren, { unitId, date: change.date })).map((r) => r.id);
}

/** The unit's parent on the change's date, if any. */
export async function parentOn(tx: Tx, unitId: string, change: Change): Promise<string | null> {
  const open = await run(tx, q.openParentLines, { unitId, date: change.date });
  return open.find((l) => !l.validFrom || l.validFrom <= change.iso)?.parentId ?? null;
}

/**
 * Ends a unit, its relations and its posts' holdings on the change's date.
 * @throws CONFLICT while units still report to it.
 */
export async function dissolveTx(tx: Tx, id: string, change: Change, argument = 'id'): Promise<{ unit: UnitModel; touched: string[] }> {
  await lockLiveUnit(tx, id, argument, change);
  const children = await openChildren(tx, id, change);
  if (children.length) {
    throw conflict(`unit '${id}' still has ${children.length} unit(s) reporting to it on ${change.iso} (${children.slice(0, 10).join(', ')}); move them first (moveUnit), or merge with mergeUnits.`, { children });
  }
  const [row] = await run(tx, q.dissolve, { id, date: change.date, citations: change.cited.citations });
  return { unit: row!.unit, touched: [id, ...row!.relations, ...row!.holdings] };
}

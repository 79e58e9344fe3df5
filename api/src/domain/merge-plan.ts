/**
 * What merging units must write: the units that end, the successor they merge into (an existing
 * unit, or a new one to create), and where the successor's new subordinates come from.
 */
import type { CreateUnitInput, MergeTargetInput } from '../model/generated/schema-types';
import { Refusal } from './refusal';

/** Most units one merge or split may name. */
export const MAX_UNITS_PER_CHANGE = 100;

/** A merge, checked: the units that end, in the order given, and the successor. */
export interface MergePlan {
  ids: string[];
  targetId: string;
  /** The fields of a new successor, or null to merge into the existing unit `targetId`. */
  successor: Omit<CreateUnitInput, 'parentId'> | null;
  /** The new successor's parent when given; else it goes under the first merged unit's parent. */
  parentId: string | null;
}

/**
 * Checks a merge of `unitIds` into `into` (only `into.id`: an existing unit; more fields: a new one).
 * @throws Refusal BAD_USER_INPUT for no or too many units, a successor among them, or a new successor without name and kind
 */
export function planMerge(unitIds: readonly string[], into: MergeTargetInput): MergePlan {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0 || ids.length > MAX_UNITS_PER_CHANGE) throw Refusal.badInput(`unitIds must name 1 to ${MAX_UNITS_PER_CHANGE} units to merge.`, 'unitIds');
  if (ids.includes(into.id)) throw Refusal.badInput(`into.id '${into.id}' is also in unitIds: the successor cannot be merged into itself.`, 'into.id');
  const { id: targetId, parentId, ...fields } = into;
  if (Object.values(fields).every((v) => v == null)) return { ids, targetId, successor: null, parentId: null };
  if (!fields.name || !fields.kind) throw Refusal.badInput('A new successor needs into.name and into.kind (give only into.id to merge into an existing unit).', 'into');
  return { ids, targetId, successor: { ...fields, id: targetId, name: fields.name, kind: fields.kind }, parentId: parentId ?? null };
}

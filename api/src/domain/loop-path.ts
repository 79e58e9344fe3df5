/**
 * The loop rule of the reporting line: a unit may not end up above itself. Putting a unit under a
 * parent closes a loop when the unit is the parent, or when the parent already reports (directly or
 * through others) to the unit on the change's date or later.
 */
import { Refusal } from './refusal';

/**
 * The loop that putting `unitId` under `parentId` would close, or null when it closes none.
 * `pathUp` is the reporting path read from the parent up to the unit (ids, parent first), or null
 * when there is no such path.
 */
export function loopPath(unitId: string, parentId: string, pathUp: readonly string[] | null): string[] | null {
  if (unitId === parentId) return [unitId, unitId];
  return pathUp ? [unitId, ...pathUp] : null;
}

/** @throws Refusal CONFLICT with the loop as `path` when putting `unitId` under `parentId` closes one */
export function refuseLoop(unitId: string, parentId: string, pathUp: readonly string[] | null): void {
  const path = loopPath(unitId, parentId, pathUp);
  if (!path) return;
  if (unitId === parentId) throw Refusal.conflict(`unit '${unitId}' cannot be put under itself.`, { path });
  throw Refusal.conflict(`putting '${unitId}' under '${parentId}' would close a loop: ${path.join(' → ')}. Move '${parentId}' out from under '${unitId}' first.`, { path });
}

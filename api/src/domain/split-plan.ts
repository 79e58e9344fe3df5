/**
 * What splitting a unit must write: the new units, and for every unit under the old one, which new
 * unit it moves to. Every subordinate must be assigned, and only to one of the new units.
 */
import type { ChildAssignmentInput } from '../model/generated/schema-types';
import { checkNewId } from './change-input';
import { MAX_UNITS_PER_CHANGE } from './merge-plan';
import { Refusal } from './refusal';

/**
 * The ids of the new units of a split of `id`, checked.
 * @throws Refusal BAD_USER_INPUT for no or too many, repeated ids, or the old id among them; InputProblem for a bad id
 */
export function splitIds(id: string, into: readonly { id: string }[]): string[] {
  if (into.length < 1 || into.length > MAX_UNITS_PER_CHANGE) throw Refusal.badInput(`into must list 1 to ${MAX_UNITS_PER_CHANGE} new units.`, 'into');
  const newIds = into.map((u, i) => checkNewId(u.id, `into[${i}].id`));
  if (new Set(newIds).size !== newIds.length || newIds.includes(id)) throw Refusal.badInput('into ids must be different from each other and from id.', 'into');
  return newIds;
}

/**
 * The moves of a split of `id`: each subordinate (`children`, read on `day`) to its new unit.
 * @throws Refusal CONFLICT naming the unassigned subordinates; BAD_USER_INPUT for an assignment of a
 * unit that is not a subordinate, or to a unit that is not new
 */
export function splitMoves(id: string, children: readonly string[], assignments: readonly ChildAssignmentInput[], newIds: readonly string[], day: string): [child: string, to: string][] {
  const moves = new Map(assignments.map((a) => [a.childId, a.newParentId]));
  const unassigned = children.filter((c) => !moves.has(c));
  if (unassigned.length) throw Refusal.conflict(`every unit under '${id}' must be assigned to a new unit; not assigned: ${unassigned.slice(0, 10).join(', ')}.`, { children: unassigned });
  for (const [child, target] of moves) {
    if (!children.includes(child)) throw Refusal.badInput(`'${child}' does not report to '${id}' on ${day}.`, 'assignments');
    if (!newIds.includes(target)) throw Refusal.badInput(`assignment of '${child}' names '${target}', not one of the new units.`, 'assignments');
  }
  return [...moves];
}

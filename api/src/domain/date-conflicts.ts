/**
 * When a change's date conflicts with what the graph already says: a unit that does not exist on that
 * day, a reporting line or a holding that starts later, a line that has already ended. Days are
 * YYYY-MM-DD texts, which compare in calendar order.
 */
import { holdsOn, type Dated } from './dates';
import { Refusal } from './refusal';

/** A reporting line of a unit that holds on a day or starts after it (mutations/find-open-parent-lines.cypher). */
export interface OpenLine {
  id: string;
  parentId: string;
  validFrom: string | null;
}

/** A holding of a post that holds on a day or starts after it (mutations/find-open-holdings.cypher). */
export interface OpenHolding {
  id: string;
  personId: string;
  validFrom: string | null;
}

/**
 * The unit, when it exists on `day`.
 * @throws Refusal NOT_FOUND when `unit` is null, CONFLICT when it ended on or before `day` or begins after it
 */
export function checkLiveOn<T extends Dated>(unit: T | null, id: string, argument: string, day: string): T {
  if (!unit) throw Refusal.notFound(`unit '${id}' (${argument}) not found; find unit ids with searchUnits(query: "...").`);
  if (!holdsOn({ validTo: unit.validTo }, day)) throw Refusal.conflict(`unit '${id}' (${argument}) ceased to exist on ${unit.validTo}, before ${day}.`);
  if (unit.validFrom && unit.validFrom > day) throw Refusal.conflict(`unit '${id}' (${argument}) begins on ${unit.validFrom}, after ${day}.`);
  return unit;
}

/**
 * Whether the unit's open reporting lines allow a new one to `parentId` from `day`.
 * @throws Refusal CONFLICT when a line starts on or after `day`, or the unit is under `parentId` already
 */
export function checkNewParentOn(unitId: string, parentId: string, open: readonly OpenLine[], day: string): void {
  const later = open.find((l) => l.validFrom && l.validFrom >= day);
  if (later) throw Refusal.conflict(`unit '${unitId}' has a reporting line to '${later.parentId}' from ${later.validFrom}, not before ${day}; move it on a later date.`);
  if (open.length === 1 && open[0]!.parentId === parentId) throw Refusal.conflict(`unit '${unitId}' is already under '${parentId}' on ${day}.`);
}

/** The parent on `day` among the unit's open reporting lines, or null. */
export function parentOnDay(open: readonly OpenLine[], day: string): string | null {
  return open.find((l) => !l.validFrom || l.validFrom <= day)?.parentId ?? null;
}

/**
 * Whether a relation with these bounds can end on `day`.
 * @throws Refusal CONFLICT when it already ended, BAD_USER_INPUT when it starts on or after `day`
 */
export function checkEndOn(id: string, relation: Dated, day: string): void {
  if (relation.validTo && relation.validTo <= day) throw Refusal.conflict(`relation '${id}' already ended on ${relation.validTo}.`);
  if (relation.validFrom && relation.validFrom >= day) throw Refusal.badInput(`relation '${id}' starts on ${relation.validFrom}; it can only end after that day.`, 'change.effectiveDate');
}

/**
 * Whether `personId` can be appointed to a post with these open holdings from `day`.
 * @throws Refusal CONFLICT when they hold it already, or someone does and the post is not collective
 */
export function checkAppointment(post: { id: string; collective?: boolean | null }, personId: string, open: readonly OpenHolding[], day: string): void {
  const same = open.find((h) => h.personId === personId);
  if (same) throw Refusal.conflict(`'${personId}' already holds '${post.id}' on or after ${day} (holding '${same.id}').`);
  if (open.length && !post.collective) {
    throw Refusal.conflict(`post '${post.id}' is held by '${open[0]!.personId}' on or after ${day} and is not collective; relieve them first (relievePerson).`, { holders: open.map((h) => h.personId) });
  }
}

/**
 * The holding of `personId` to end on `day`: one that began before that day.
 * @throws Refusal NOT_FOUND when there is none
 */
export function holdingToEnd(postId: string, personId: string, open: readonly OpenHolding[], day: string): OpenHolding {
  const current = open.find((h) => h.personId === personId && (!h.validFrom || h.validFrom < day));
  if (!current) throw Refusal.notFound(`'${personId}' does not hold '${postId}' before ${day}; see Post.holders(asOf: ...).`);
  return current;
}

/** @throws Refusal CONFLICT when a post with `holders` open holdings from `day` is made not collective */
export function checkNotCollective(postId: string, holders: number, day: string): void {
  if (holders > 1) throw Refusal.conflict(`post '${postId}' has ${holders} holders on or after ${day}; relieve all but one before making it not collective.`);
}

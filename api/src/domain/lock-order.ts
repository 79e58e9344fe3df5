/**
 * In which order a change write-locks the nodes it reads before it decides: always by id, so two
 * writers that share nodes take them in the same order and the second queues instead of deadlocking.
 */

/** The items sorted by their ids, the order to lock them in. Does not change `items`. */
export function lockOrder<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id));
}

/** How often a move takes its locks again while new ancestors keep appearing, at most. */
export const MAX_LOCK_PASSES = 10;

/**
 * True when a pass of locking took no unit that was not held already: the ancestors read under the
 * lock are the ones locked, so no concurrent move can add an edge among them until this one commits.
 */
export function locksSettled(held: ReadonlySet<string>, lockedNow: readonly string[]): boolean {
  return lockedNow.every((id) => held.has(id));
}

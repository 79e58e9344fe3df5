/**
 * A unit, relation or holding as stored (schema/model.md, "Dates, attestations, basis, status and
 * rank"), read back for the history fields: its stored span, the dates as written, and what those
 * say for ordering (succession.ts, unit-history.ts). Pure: days are YYYY-MM-DD texts.
 */
import { nextDay, statedOf, statedWindow, type DateBound, type StoredDated } from './basis';

/** The dated properties of a stored unit, relation or holding (absent ones are null or missing). */
export interface StoredDates extends StoredDated {
  id: string;
  /** A claim's rank (relations and holdings): DEPRECATED claims are kept, never followed. */
  claimRank?: string | null;
}

/** The first day to place a record at: its stored start, else its first attestation; null when nothing dates it. */
export function startKey(r: StoredDates): string | null {
  return r.validFrom ?? r.firstAttested ?? null;
}

/** True when the record is known to have ended: a stated end, exact, bounded or of unknown day. */
export function hasEnded(r: StoredDates): boolean {
  return !!(r.validTo ?? r.validToText) || r.validToBound === 'UNKNOWN';
}

/**
 * The first day after the last one the record surely held on (by its stated bounds or its last
 * attestation), or its start when nothing shows more; null when nothing dates it.
 */
export function knownUntil(r: StoredDates): string | null {
  const w = statedWindow(statedOf(r));
  const days = [
    hasEnded(r) && w.endEarliest !== '' ? w.endEarliest : null,
    r.lastAttested ? nextDay(r.lastAttested) : null,
    startKey(r),
  ].filter((d): d is string => !!d);
  return days.length ? days.sort().at(-1)! : null;
}

/** The first day the record surely held on (by its stated start or its first attestation), or null. */
export function surelyFrom(r: StoredDates): string | null {
  const w = statedWindow(statedOf(r));
  const days = [w.startLatest !== '~' ? w.startLatest : null, r.firstAttested ?? null].filter((d): d is string => !!d);
  return days.length ? days.sort()[0]! : null;
}

/**
 * A stated date as a reader should see it, when the stored DATE does not say it all: `2021`,
 * `2021-05`, `not before 2021-05`, `not after 2021`, or `unknown`; null for an exact day or none.
 */
export function dateText(text: string | null | undefined, bound: DateBound | null | undefined): string | null {
  if (bound === 'UNKNOWN') return 'unknown';
  if (!text) return null;
  return bound === 'NOT_BEFORE' ? `not before ${text}` : bound === 'NOT_AFTER' ? `not after ${text}` : text;
}

/** Orders records by start (startKey), undated ones last, then by id: the career's and succession's order. */
export function byStart<T extends StoredDates>(a: T, b: T): number {
  const ka = startKey(a) ?? '~';
  const kb = startKey(b) ?? '~';
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

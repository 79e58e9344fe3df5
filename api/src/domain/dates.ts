/** Calendar dates as the API takes them: YYYY-MM-DD, a real day of the Gregorian calendar. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  // Arithmetic, not a Date object: every date the API answers passes here (bench/README.md).
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The stated bounds of a fact: from `validFrom` (inclusive) to `validTo` (exclusive); null is open. */
export interface Dated {
  validFrom?: string | null;
  validTo?: string | null;
}

/**
 * The one rule for "is this true on day D" (API, seed checks, mutations and the page share it): inside
 * its stated bounds, an open bound reaching as far as it may. `day` is YYYY-MM-DD.
 */
export function holdsOn(fact: Dated, day: string): boolean {
  return (!fact.validFrom || fact.validFrom <= day) && (!fact.validTo || day < fact.validTo);
}

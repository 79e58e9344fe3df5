/** Calendar dates as the API takes them: YYYY-MM-DD, a real day of the Gregorian calendar. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** True when a fact valid from `from` (inclusive) to `to` (exclusive), either open, holds on `day`. */
export function holdsOn(day: string, from?: string | null, to?: string | null): boolean {
  return (!from || from <= day) && (!to || day < to);
}

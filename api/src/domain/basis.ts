/**
 * On what basis a dated fact (a unit, a relation, a holding) holds on a day: STATED inside what its
 * stated bounds make certain, ATTESTED between its first and last attestation, ASSUMED where nothing
 * shows it but nothing rules it out, or null outside a stated bound (schema/model.md, "Dates,
 * attestations, basis, status and rank"). Dates may be imprecise: YYYY, YYYY-MM or YYYY-MM-DD.
 * Pure: no I/O, days are YYYY-MM-DD texts (which compare as they sort).
 */

import { Basis as BasisValues, DateBound as DateBoundValues, type Basis, type DateBound } from '../model/generated/schema-types';
import type { Evidenced } from '../model/models';

/** Why a fact is taken to hold on a day (SDL `Basis`); null (no basis) means it does not hold. */
export type { Basis, DateBound };

/** The bases from strongest to weakest (the SDL's order). */
export const BASES: readonly Basis[] = Object.values(BasisValues);

/**
 * What a stated bound says of the day a fact started or ended (SDL `DateBound`): `EXACT` (the
 * default when a date is given) on that date; `NOT_BEFORE` / `NOT_AFTER` on or after / on or before
 * it; `UNKNOWN` (no date) at a day no source gives (for an end: it has ended, nobody says when).
 */
export const DATE_BOUNDS: readonly DateBound[] = Object.values(DateBoundValues);

/** How precise a date is: a day, a month or a year. */
export type Precision = 'DAY' | 'MONTH' | 'YEAR';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Before and after every day, as texts that sort so.
const BEFORE_ALL = '';
const AFTER_ALL = '~';

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** True when `text` is a real year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD) of the calendar. */
export function isPartialDate(text: string): boolean {
  const m = PARTIAL.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  return Number(m[1]) >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Number(m[1]), month);
}

/** The precision of a date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY';
}

/** The first day of the period a date names (`2021` -> 2021-01-01, `2021-05` -> 2021-05-01). */
export function periodStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of the period a date names (`2021` -> 2021-12-31, `2024-02` -> 2024-02-29). */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${pad(daysIn(Number(date.slice(0, 4)), Number(date.slice(5, 7))))}`;
  return date;
}

/** The day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  let y = Number(day.slice(0, 4));
  let m = Number(day.slice(5, 7));
  let d = Number(day.slice(8, 10)) + 1;
  if (d > daysIn(y, m)) {
    d = 1;
    if (++m > 12) { m = 1; y++; }
  }
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/**
 * The first day a stated `validTo` no longer holds, at the latest (what the database stores as
 * `validTo`): the day itself for a precise date (validTo is exclusive), the day after its period for
 * an imprecise one (`2021` reads "until the end of 2021").
 */
export function exclusiveEnd(validTo: string): string {
  return precisionOf(validTo) === 'DAY' ? validTo : nextDay(periodEnd(validTo));
}

/** A fact's stated bounds and attestations, as stored (schema/model.md). */
export interface DatedFact {
  validFrom?: string | null;
  validTo?: string | null;
  validFromBound?: DateBound | null;
  validToBound?: DateBound | null;
  /** The first and last day a source shows it (attestationBounds). */
  firstAttested?: string | null;
  lastAttested?: string | null;
}

/**
 * When the fact started and ended, as far as its stated bounds say: it started on a day in
 * [startEarliest, startLatest] and stopped holding on a day in [endEarliest, endLatest] (the first
 * day no longer so); '' and '~' stand for before and after every day.
 */
export interface StatedWindow {
  startEarliest: string;
  startLatest: string;
  endEarliest: string;
  endLatest: string;
}

/** The window a fact's stated bounds leave (see StatedWindow). */
export function statedWindow(fact: DatedFact): StatedWindow {
  const [startEarliest, startLatest] = startRange(fact.validFrom, fact.validFromBound);
  const [endEarliest, endLatest] = endRange(fact.validTo, fact.validToBound);
  return { startEarliest, startLatest, endEarliest, endLatest };
}

function startRange(date: string | null | undefined, bound: DateBound | null | undefined): [string, string] {
  if (!date || bound === 'UNKNOWN') return [BEFORE_ALL, AFTER_ALL];
  const lo = periodStart(date);
  const hi = periodEnd(date);
  return bound === 'NOT_BEFORE' ? [lo, AFTER_ALL] : bound === 'NOT_AFTER' ? [BEFORE_ALL, hi] : [lo, hi];
}

function endRange(date: string | null | undefined, bound: DateBound | null | undefined): [string, string] {
  if (!date || bound === 'UNKNOWN') return [BEFORE_ALL, AFTER_ALL];
  // A precise validTo is the first day no longer so; an imprecise one is the period of the last day held.
  const lo = precisionOf(date) === 'DAY' ? date : nextDay(periodStart(date));
  const hi = exclusiveEnd(date);
  return bound === 'NOT_BEFORE' ? [lo, AFTER_ALL] : bound === 'NOT_AFTER' ? [BEFORE_ALL, hi] : [lo, hi];
}

/**
 * The basis of `fact` on `day` (YYYY-MM-DD):
 * - null when a stated bound rules the day out (before the earliest start, on or after the latest end);
 * - STATED when it has surely started and not yet ended, at least one of the two by a stated bound
 *   (the other may come from an attestation: started by its first, not ended before its last);
 * - ATTESTED when only the attestations show it (between the first and the last, both included);
 * - ASSUMED otherwise: carried forward or back, not contradicted.
 */
export function basisOn(fact: DatedFact, day: string): Basis | null {
  const w = statedWindow(fact);
  if (day < w.startEarliest || day >= w.endLatest) return null;
  const startStated = day >= w.startLatest;
  const endStated = day < w.endEarliest;
  const started = startStated || (!!fact.firstAttested && day >= fact.firstAttested);
  const notEnded = endStated || (!!fact.lastAttested && day <= fact.lastAttested);
  if (!started || !notEnded) return 'ASSUMED';
  return startStated || endStated ? 'STATED' : 'ATTESTED';
}

/** True when `basis` is at least as strong as `min` (STATED > ATTESTED > ASSUMED); null never is. */
export function atLeast(basis: Basis | null, min: Basis): boolean {
  return basis !== null && BASES.indexOf(basis) <= BASES.indexOf(min);
}

/** A citation as far as its date goes: its own `asOf`, and the date of the source it quotes. */
export interface DatedCitation {
  asOf?: string | null;
  sourceDate?: string | null;
}

/** The first and last day the citations show a fact; null when none is dated. */
export interface AttestationBounds {
  firstAttested: string | null;
  lastAttested: string | null;
}

/**
 * The days a fact is attested, from its citations' dates: each citation shows it on its `asOf`
 * (an imprecise asOf: its whole period, cut at the source's own date), else on its source's date.
 * A citation with neither (a maintainer's note without asOf) attests nothing.
 */
export function attestationBounds(citations: readonly DatedCitation[]): AttestationBounds {
  let first: string | null = null;
  let last: string | null = null;
  for (const c of citations) {
    const date = c.asOf ?? c.sourceDate;
    if (!date) continue;
    const lo = periodStart(date);
    let hi = periodEnd(date);
    if (c.sourceDate && c.sourceDate < hi) hi = c.sourceDate < lo ? lo : c.sourceDate;
    if (first === null || lo < first) first = lo;
    if (last === null || hi > last) last = hi;
  }
  return { firstAttested: first, lastAttested: last };
}

/**
 * The days a fact may hold on, as the database stores them (`validFrom` inclusive, `validTo`
 * exclusive; null is open): the earliest start and the latest end its stated bounds allow, so that
 * "validFrom <= d < validTo" is exactly "basisOn(fact, d) is not null".
 */
export function possibleSpan(fact: DatedFact): { validFrom: string | null; validTo: string | null } {
  const w = statedWindow(fact);
  return { validFrom: w.startEarliest === BEFORE_ALL ? null : w.startEarliest, validTo: w.endLatest === AFTER_ALL ? null : w.endLatest };
}

/** Stated bounds and attestations as the database stores them (seed/loader/stated-props.ts). */
export type StoredDated = Omit<Evidenced, 'asOf'>;

/**
 * A stored record as the fact its sources state: the dates as written (the kept text, else the
 * stored DATE, which is then exact) and their bounds (EXACT when a date is written and no bound is
 * stored; null when neither is).
 */
export function statedOf(x: StoredDated): Required<DatedFact> {
  const validFrom = x.validFromText ?? x.validFrom ?? null;
  const validTo = x.validToText ?? x.validTo ?? null;
  return {
    validFrom,
    validTo,
    validFromBound: x.validFromBound ?? (validFrom ? 'EXACT' : null),
    validToBound: x.validToBound ?? (validTo ? 'EXACT' : null),
    firstAttested: x.firstAttested ?? null,
    lastAttested: x.lastAttested ?? null,
  };
}

/** The weaker of two bases (null, no basis, is weaker than any). */
export function weaker(a: Basis | null, b: Basis | null): Basis | null {
  if (a === null || b === null) return null;
  return BASES.indexOf(a) >= BASES.indexOf(b) ? a : b;
}

/**
 * True when a stored fact is followed on `day` at minimum basis `min`: it holds that day at least
 * that strong, and (for a claim) its rank is not DEPRECATED, which no read follows.
 */
export function followedOn(fact: StoredDated & { claimRank?: string | null }, day: string, min: Basis): boolean {
  return fact.claimRank !== 'DEPRECATED' && atLeast(basisOn(statedOf(fact), day), min);
}

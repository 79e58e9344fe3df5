/**
 * The stored properties of dates and evidence (schema/model.md, "Dates, attestations, basis, status
 * and rank"), shared by the loader's rows (to-rows.ts) and the generator's CSV line writer: a date
 * as a Neo4j DATE, stated bounds as the days a fact may hold on plus the date as written, the
 * attestations its citations make, a claim's status and rank.
 */
import { Date as Neo4jDate } from 'neo4j-driver';
import { attestationBounds, possibleSpan, precisionOf, type AttestationBounds, type DateBound } from '../../api/src/domain/basis';
import { DEFAULT_CLAIM_RANK, DEFAULT_STATUS, type ClaimRank, type ClaimStatus } from './claims';
import type { Citation } from './record-schemas';

const n = <T>(v: T | undefined): T | null => v ?? null;

// Generated records share few distinct dates and one citations array: make each of them once.
const dates = new Map<string, Neo4jDate<number>>();
/** A YYYY-MM-DD text as the Neo4j DATE the loader stores (null for none), made once per distinct text. */
export function toDate(s: string | null | undefined): Neo4jDate<number> | null {
  if (!s) return null;
  let d = dates.get(s);
  if (!d) {
    const [y, m, day] = s.split('-').map(Number) as [number, number, number];
    d = new Neo4jDate(y, m, day);
    if (dates.size < 100_000) dates.set(s, d);
  }
  return d;
}

/** The publication date of each source of a dataset, by id: what a citation attests on when it has no asOf. */
export type SourceDates = ReadonlyMap<string, string>;

const attestedCache = new WeakMap<SourceDates, WeakMap<Citation[], AttestationBounds>>();
/** The first and last day a list of citations shows its record on (attestationBounds), made once per list and dates. */
export function attestedOf(citations: Citation[], sourceDates: SourceDates): AttestationBounds {
  let byList = attestedCache.get(sourceDates);
  if (!byList) attestedCache.set(sourceDates, (byList = new WeakMap()));
  let a = byList.get(citations);
  if (!a) {
    a = attestationBounds(citations.map((c) => ({ asOf: c.asOf, sourceDate: c.source === undefined ? undefined : sourceDates.get(c.source) })));
    byList.set(citations, a);
  }
  return a;
}

/** The stated bounds of a unit, relation or holding as written in the dataset. */
export interface StatedBounds {
  validFrom?: string | null;
  validTo?: string | null;
  validFromBound?: DateBound | null;
  validToBound?: DateBound | null;
}

/** The stated date as written, kept only when the stored DATE does not say it all (imprecise, or bounded). */
export function statedText(date: string | null | undefined, bound: DateBound | null | undefined): string | null {
  return date && (precisionOf(date) !== 'DAY' || (bound && bound !== 'EXACT')) ? date : null;
}

/** A bound as stored: null for EXACT or none (the default). */
export function storedBound(bound: DateBound | null | undefined): DateBound | null {
  return bound && bound !== 'EXACT' ? bound : null;
}

/** The hashed fields of stated bounds and attestations (in the order statedProps stores them). */
export function statedFields(v: StatedBounds, a: AttestationBounds): (string | null)[] {
  return [n(v.validFrom), n(v.validTo), n(v.validFromBound), n(v.validToBound), a.firstAttested, a.lastAttested];
}

/**
 * The stored properties of stated bounds and attestations: `validFrom`/`validTo` the days it may
 * hold on (possibleSpan), the stated text and bound when they say more, first and last attestation.
 */
export function statedProps(v: StatedBounds, a: AttestationBounds): Record<string, unknown> {
  const span = possibleSpan(v);
  return {
    validFrom: toDate(span.validFrom), validTo: toDate(span.validTo),
    validFromText: statedText(v.validFrom, v.validFromBound), validToText: statedText(v.validTo, v.validToBound),
    validFromBound: storedBound(v.validFromBound), validToBound: storedBound(v.validToBound),
    firstAttested: toDate(a.firstAttested), lastAttested: toDate(a.lastAttested),
  };
}

/** A claim's status and rank, defaults filled in (claims.ts): stored and hashed so. */
export function claimOf(v: { status?: ClaimStatus | null; claimRank?: ClaimRank | null }): { status: ClaimStatus; claimRank: ClaimRank } {
  return { status: v.status ?? DEFAULT_STATUS, claimRank: v.claimRank ?? DEFAULT_CLAIM_RANK };
}

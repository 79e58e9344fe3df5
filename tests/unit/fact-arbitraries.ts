/**
 * fast-check arbitraries of dated facts (api/src/domain/basis.ts DatedFact), shared by the unit tests
 * of the basis rules and the integration test of their Cypher form.
 */
import fc from 'fast-check';
import type { DateBound, DatedFact } from '../../api/src/domain/basis';

// Any real day from 1990 to 2039, as YYYY-MM-DD.
export const dayArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// A day, month or year.
export const partialArb = fc.tuple(dayArb, fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));
const boundArb = fc.constantFrom<DateBound | undefined>(undefined, 'EXACT', 'NOT_BEFORE', 'NOT_AFTER');
export const factArb: fc.Arbitrary<DatedFact> = fc.record({
  validFrom: fc.option(partialArb, { nil: undefined }),
  validTo: fc.option(partialArb, { nil: undefined }),
  validFromBound: boundArb,
  validToBound: boundArb,
  firstAttested: fc.option(dayArb, { nil: undefined }),
  lastAttested: fc.option(dayArb, { nil: undefined }),
}).map((f) => {
  const fact = { ...f };
  if (!fact.validFrom) delete fact.validFromBound;
  if (!fact.validTo) delete fact.validToBound;
  // A fact's last attestation is never before its first.
  if (fact.firstAttested && fact.lastAttested && fact.lastAttested < fact.firstAttested) {
    [fact.firstAttested, fact.lastAttested] = [fact.lastAttested, fact.firstAttested];
  }
  return fact;
});

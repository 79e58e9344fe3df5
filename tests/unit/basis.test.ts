import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  atLeast, attestationBounds, basisOn, exclusiveEnd, followedOn, isPartialDate, nextDay, periodEnd, periodStart, precisionOf,
  possibleSpan, statedOf, statedWindow, weaker, type DateBound, type DatedFact, type StoredDated,
} from '../../api/src/domain/basis';
import { statedText, storedBound } from '../../seed/loader/stated-props';
import { dayArb, factArb, partialArb } from './fact-arbitraries';

describe('imprecise dates', () => {
  test('when a date names a year or a month, then its period runs from its first to its last day', () => {
    expect([periodStart('2021'), periodEnd('2021')]).toEqual(['2021-01-01', '2021-12-31']);
    expect([periodStart('2021-05'), periodEnd('2021-05')]).toEqual(['2021-05-01', '2021-05-31']);
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-02')).toBe('2023-02-28');
    expect([periodStart('2021-05-11'), periodEnd('2021-05-11')]).toEqual(['2021-05-11', '2021-05-11']);
    expect([precisionOf('2021'), precisionOf('2021-05'), precisionOf('2021-05-11')]).toEqual(['YEAR', 'MONTH', 'DAY']);
  });

  test('when a validTo is imprecise, then it reads "until the end of" its period; a precise one stays the first day no longer so', () => {
    expect(exclusiveEnd('2021')).toBe('2022-01-01');
    expect(exclusiveEnd('2021-12')).toBe('2022-01-01');
    expect(exclusiveEnd('2021-04-05')).toBe('2021-04-05');
  });

  test('when a text is not a real year, month or day, then it is refused', () => {
    for (const ok of ['2021', '2021-05', '2024-02-29']) expect(isPartialDate(ok)).toBe(true);
    for (const bad of ['21', '2021-13', '2021-5', '2023-02-29', '2021-05-1', '0000', '2021/05', '']) expect(isPartialDate(bad)).toBe(false);
  });

  test('when the days are walked with nextDay, then they are exactly the calendar days in order', () => {
    fc.assert(fc.property(dayArb, (day) => {
      const next = new Date(`${day}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(nextDay(day)).toBe(next.toISOString().slice(0, 10));
    }));
  });
});

describe('the basis of a fact on a day', () => {
  test('when both bounds are stated, then it is STATED inside them and does not hold outside', () => {
    const minister = { validFrom: '2016-04-09', validTo: '2024-06-06' };
    expect(basisOn(minister, '2016-04-08')).toBeNull();
    expect(basisOn(minister, '2016-04-09')).toBe('STATED');
    expect(basisOn(minister, '2024-06-05')).toBe('STATED');
    expect(basisOn(minister, '2024-06-06')).toBeNull();
  });

  test('when a fact has no stated bound, then it is ATTESTED between its first and last attestation and ASSUMED around them', () => {
    const subcommittee = { firstAttested: '2021-05-11', lastAttested: '2021-05-11' };
    expect(basisOn(subcommittee, '2021-05-10')).toBe('ASSUMED');
    expect(basisOn(subcommittee, '2021-05-11')).toBe('ATTESTED');
    expect(basisOn(subcommittee, '2030-01-01')).toBe('ASSUMED');
    const twoArticles = { firstAttested: '2020-10-06', lastAttested: '2021-09-30' };
    expect(basisOn(twoArticles, '2021-01-01')).toBe('ATTESTED');
    expect(basisOn(twoArticles, '2021-10-01')).toBe('ASSUMED');
  });

  test('when only a start is stated, then it is STATED up to the last attestation and ASSUMED after, never STATED forever', () => {
    const line = { validFrom: '2025-03-01', lastAttested: '2026-03-07', firstAttested: '2026-03-07' };
    expect(basisOn(line, '2025-02-28')).toBeNull();
    expect(basisOn(line, '2025-03-01')).toBe('STATED');
    expect(basisOn(line, '2026-03-07')).toBe('STATED');
    expect(basisOn(line, '2026-03-08')).toBe('ASSUMED');
    expect(basisOn({ validFrom: '2024-06-06' }, '2030-01-01')).toBe('ASSUMED');
  });

  test('when only an end is stated, then it is STATED from the first attestation to the end', () => {
    const fact = { validTo: '2025-03-01', firstAttested: '2020-10-06', lastAttested: '2020-10-06' };
    expect(basisOn(fact, '2020-10-05')).toBe('ASSUMED');
    expect(basisOn(fact, '2020-10-06')).toBe('STATED');
    expect(basisOn(fact, '2025-02-28')).toBe('STATED');
    expect(basisOn(fact, '2025-03-01')).toBeNull();
  });

  test('when the start is a month, then the fact may hold from its first day and surely holds from its last', () => {
    const fact = { validFrom: '2021-05', validTo: '2022-01-01' };
    expect(basisOn(fact, '2021-04-30')).toBeNull();
    expect(basisOn(fact, '2021-05-01')).toBe('ASSUMED');
    expect(basisOn(fact, '2021-05-31')).toBe('STATED');
  });

  test('when the end is a year, then the fact may hold until the end of that year and surely holds until its start', () => {
    const fact = { validFrom: '2020-01-01', validTo: '2021' };
    expect(basisOn(fact, '2021-01-01')).toBe('STATED');
    expect(basisOn(fact, '2021-06-01')).toBe('ASSUMED');
    expect(basisOn(fact, '2021-12-31')).toBe('ASSUMED');
    expect(basisOn(fact, '2022-01-01')).toBeNull();
  });

  test('when an end is bounded "not after" an event, then the fact does not hold after it and is ASSUMED before, unless attested', () => {
    const command = { validTo: '2026-04', validToBound: 'NOT_AFTER' as const, firstAttested: '2026-03-06', lastAttested: '2026-03-07' };
    expect(basisOn(command, '2026-03-01')).toBe('ASSUMED');
    expect(basisOn(command, '2026-03-06')).toBe('ATTESTED');
    expect(basisOn(command, '2026-04-15')).toBe('ASSUMED');
    expect(basisOn(command, '2026-05-01')).toBeNull();
  });

  test('when a start is bounded "not before", then the fact does not hold before it and the start itself is never stated', () => {
    const command = { validFrom: '2026', validFromBound: 'NOT_BEFORE' as const };
    expect(basisOn(command, '2025-12-31')).toBeNull();
    expect(basisOn(command, '2026-01-01')).toBe('ASSUMED');
    expect(statedWindow(command)).toEqual({ startEarliest: '2026-01-01', startLatest: '~', endEarliest: '', endLatest: '~' });
  });

  test('when an end is UNKNOWN, then it has ended at a day no source gives: nothing is stated, nothing ruled out', () => {
    expect(basisOn({ validToBound: 'UNKNOWN', lastAttested: '2021-01-01', firstAttested: '2021-01-01' }, '2021-01-01')).toBe('ATTESTED');
    expect(basisOn({ validToBound: 'UNKNOWN' }, '2030-01-01')).toBe('ASSUMED');
  });

  test('when any fact is read on a day inside what its stated bounds make certain, then it is STATED, never null', () => {
    fc.assert(fc.property(factArb, dayArb, (fact, day) => {
      const w = statedWindow(fact);
      fc.pre(day >= w.startLatest && day < w.endEarliest);
      expect(basisOn(fact, day)).toBe('STATED');
    }));
  });

  test('when any fact is read on a day its stated bounds rule out, then it does not hold whatever its attestations', () => {
    fc.assert(fc.property(factArb, dayArb, (fact, day) => {
      const w = statedWindow(fact);
      fc.pre(day < w.startEarliest || day >= w.endLatest);
      expect(basisOn(fact, day)).toBeNull();
    }));
  });

  test('when a fact is read between its first and last attestation, inside its stated bounds, then it is at least ATTESTED', () => {
    fc.assert(fc.property(factArb, dayArb, (fact, day) => {
      fc.pre(!!fact.firstAttested && !!fact.lastAttested && day >= fact.firstAttested && day <= fact.lastAttested);
      const basis = basisOn(fact, day);
      if (basis !== null) expect(atLeast(basis, 'ATTESTED')).toBe(true);
    }));
  });

  test('when an attestation is added, then no day loses its basis or gets a weaker one', () => {
    fc.assert(fc.property(factArb, dayArb, dayArb, (fact, seen, day) => {
      const first = !fact.firstAttested || seen < fact.firstAttested ? seen : fact.firstAttested;
      const last = !fact.lastAttested || seen > fact.lastAttested ? seen : fact.lastAttested;
      const before = basisOn(fact, day);
      const after = basisOn({ ...fact, firstAttested: first, lastAttested: last }, day);
      expect(after === null).toBe(before === null);
      if (before !== null) expect(atLeast(after, before)).toBe(true);
    }));
  });

  test('when a fact has no stated bound, then it holds on every day and is never STATED', () => {
    fc.assert(fc.property(fc.option(dayArb, { nil: undefined }), dayArb, (seen, day) => {
      const basis = basisOn({ firstAttested: seen, lastAttested: seen }, day);
      expect(basis === 'ATTESTED' || basis === 'ASSUMED').toBe(true);
    }));
  });

  test('when bases are compared, then STATED is the strongest and no basis (null) passes any minimum', () => {
    expect(atLeast('STATED', 'ASSUMED')).toBe(true);
    expect(atLeast('ASSUMED', 'ATTESTED')).toBe(false);
    expect(atLeast('ATTESTED', 'ATTESTED')).toBe(true);
    expect(atLeast(null, 'ASSUMED')).toBe(false);
  });
});

describe('attestations from citations', () => {
  test('when citations quote dated sources, then the first and last attestation are the earliest and latest source dates', () => {
    expect(attestationBounds([{ sourceDate: '2021-09-30' }, { sourceDate: '2020-10-06' }, {}])).toEqual({ firstAttested: '2020-10-06', lastAttested: '2021-09-30' });
  });

  test('when a citation reports an earlier state (asOf), then its asOf counts, not its source date', () => {
    expect(attestationBounds([{ sourceDate: '2021-05-11', asOf: '2020-07-30' }])).toEqual({ firstAttested: '2020-07-30', lastAttested: '2020-07-30' });
  });

  test('when asOf is a year, then it attests that year, cut at the source date', () => {
    expect(attestationBounds([{ sourceDate: '2021-05-11', asOf: '2021' }])).toEqual({ firstAttested: '2021-01-01', lastAttested: '2021-05-11' });
    expect(attestationBounds([{ sourceDate: '2021-05-11', asOf: '2020' }])).toEqual({ firstAttested: '2020-01-01', lastAttested: '2020-12-31' });
  });

  test('when no citation is dated (notes only), then nothing is attested', () => {
    expect(attestationBounds([{}, { sourceDate: null }])).toEqual({ firstAttested: null, lastAttested: null });
  });

  test('when any citations are given, then the first attestation is never after the last', () => {
    fc.assert(fc.property(fc.array(fc.record({ sourceDate: fc.option(dayArb, { nil: undefined }), asOf: fc.option(partialArb, { nil: undefined }) })), (cs) => {
      const dated = cs.map((c) => (c.asOf && c.sourceDate && periodStart(c.asOf) > c.sourceDate ? { sourceDate: c.sourceDate } : c));
      const { firstAttested, lastAttested } = attestationBounds(dated);
      expect(firstAttested === null).toBe(lastAttested === null);
      if (firstAttested && lastAttested) expect(firstAttested <= lastAttested).toBe(true);
    }));
  });
});

describe('the span the database stores', () => {
  test('when any fact is stored as its possible span, then "validFrom <= d < validTo" holds exactly where it has a basis', () => {
    fc.assert(fc.property(factArb, dayArb, (fact, day) => {
      const { validFrom, validTo } = possibleSpan(fact);
      const inside = (!validFrom || validFrom <= day) && (!validTo || day < validTo);
      expect(inside).toBe(basisOn(fact, day) !== null);
    }));
  });

  test('when bounds are imprecise or bounded, then the stored span is the widest they allow', () => {
    expect(possibleSpan({ validFrom: '2021-05', validTo: '2021' })).toEqual({ validFrom: '2021-05-01', validTo: '2022-01-01' });
    expect(possibleSpan({ validFrom: '2026', validFromBound: 'NOT_AFTER', validTo: '2026-04', validToBound: 'NOT_BEFORE' })).toEqual({ validFrom: null, validTo: null });
    expect(possibleSpan({})).toEqual({ validFrom: null, validTo: null });
  });
});

/** A fact as the loader stores it (seed/loader/stated-props.ts statedProps, dates as text). */
function storedOf(fact: DatedFact): StoredDated {
  return {
    ...possibleSpan(fact),
    validFromText: statedText(fact.validFrom, fact.validFromBound), validToText: statedText(fact.validTo, fact.validToBound),
    validFromBound: storedBound(fact.validFromBound), validToBound: storedBound(fact.validToBound),
    firstAttested: fact.firstAttested ?? null, lastAttested: fact.lastAttested ?? null,
  };
}

describe('stored facts', () => {
  test('when a fact is read back from what the loader stores, then it has the same basis on every day', () => {
    fc.assert(fc.property(factArb, dayArb, (fact, day) => basisOn(statedOf(storedOf(fact)), day) === basisOn(fact, day)));
  });

  test('when a stored fact has only exact days, then they read back as written, EXACT; with none, no bound', () => {
    expect(statedOf({ validFrom: '2021-05-03', validTo: null })).toMatchObject({ validFrom: '2021-05-03', validFromBound: 'EXACT', validTo: null, validToBound: null });
    expect(statedOf({ validFrom: '2021-01-01', validFromText: '2021', validToBound: 'UNKNOWN' })).toMatchObject({ validFrom: '2021', validFromBound: 'EXACT', validTo: null, validToBound: 'UNKNOWN' });
  });

  test('when two bases are put together, then the weaker one stands, and no basis is weaker than any', () => {
    expect([weaker('STATED', 'ASSUMED'), weaker('ATTESTED', 'STATED'), weaker('STATED', 'STATED'), weaker(null, 'STATED')]).toEqual(['ASSUMED', 'ATTESTED', 'STATED', null]);
  });

  test('when a claim is DEPRECATED, then it is never followed; else when it holds at least the basis asked', () => {
    const fact = { validFrom: '2020-01-01', firstAttested: '2020-01-01', lastAttested: '2021-01-01' };
    expect(followedOn(fact, '2020-06-01', 'STATED')).toBe(true);
    expect(followedOn(fact, '2022-06-01', 'ATTESTED')).toBe(false);
    expect(followedOn(fact, '2022-06-01', 'ASSUMED')).toBe(true);
    expect(followedOn(fact, '2019-06-01', 'ASSUMED')).toBe(false);
    expect(followedOn({ ...fact, claimRank: 'DEPRECATED' }, '2020-06-01', 'ASSUMED')).toBe(false);
  });
});

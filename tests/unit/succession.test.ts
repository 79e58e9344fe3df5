import { describe, expect, test } from '@jest/globals';
import { shapeCareer, shapeSuccession } from '../../api/src/domain/succession';
import { byStart, dateText, knownUntil, type StoredDates } from '../../api/src/domain/stored-dates';

const h = (id: string, dates: Omit<StoredDates, 'id'> = {}): StoredDates => ({ id, ...dates });
// Each entry as `KIND from..until ids` (ids of its holdings), as a reader would scan the list.
const show = (hs: StoredDates[], collective = false) =>
  shapeSuccession(hs, collective).map((e) => `${e.kind} ${e.from ?? '?'}..${e.until ?? '?'} ${e.holdings.map((x) => x.id).join(',')}${e.certain ? '' : ' (uncertain)'}`);

describe('a post\'s succession', () => {
  test('when A is followed by a gap, then B, and C starts before B ends, then the vacancy and the overlap are entries of their own', () => {
    const a = h('a', { validFrom: '2010-01-01', validTo: '2012-01-01' });
    const b = h('b', { validFrom: '2014-01-01', validTo: '2018-01-01' });
    const c = h('c', { validFrom: '2016-01-01', validTo: '2020-01-01' });
    expect(show([c, a, b])).toEqual([
      'HOLDER 2010-01-01..2012-01-01 a',
      'VACANCY 2012-01-01..2014-01-01 a,b',
      'HOLDER 2014-01-01..2018-01-01 b',
      'HOLDER 2016-01-01..2020-01-01 c',
      'OVERLAP 2016-01-01..2018-01-01 b,c',
    ]);
  });

  test('when the post is collective, then holders at once are no overlap, but a span nobody held is still a vacancy', () => {
    const a = h('a', { validFrom: '2010-01-01', validTo: '2015-01-01' });
    const b = h('b', { validFrom: '2012-01-01', validTo: '2014-01-01' });
    const c = h('c', { validFrom: '2016-01-01' });
    expect(show([a, b, c], true)).toEqual([
      'HOLDER 2010-01-01..2015-01-01 a', 'HOLDER 2012-01-01..2014-01-01 b', 'VACANCY 2015-01-01..2016-01-01 a,c', 'HOLDER 2016-01-01..? c',
    ]);
  });

  test('when a holder is not known to have ended and the next starts later, then the span between is UNKNOWN from the last day a source shows the first, never a vacancy', () => {
    const a = h('a', { validFrom: '2010-01-01', lastAttested: '2011-06-30' });
    const b = h('b', { validFrom: '2013-01-01', validTo: '2015-01-01' });
    const c = h('c', { validFrom: '2016-01-01' });
    expect(show([a, b, c])).toEqual([
      'HOLDER 2010-01-01..? a', 'UNKNOWN 2011-07-01..2013-01-01 a,b', 'HOLDER 2013-01-01..2015-01-01 b',
      // The open end of a does not reach past b's start: this gap is a vacancy.
      'VACANCY 2015-01-01..2016-01-01 b,c', 'HOLDER 2016-01-01..? c',
    ]);
  });

  test('when a holder with an open end is attested after the next one started, then they overlap until that attestation', () => {
    const a = h('a', { validFrom: '2010-01-01', lastAttested: '2014-12-31' });
    const b = h('b', { validFrom: '2014-01-01', validTo: '2018-01-01' });
    expect(show([a, b])).toEqual(['HOLDER 2010-01-01..? a', 'HOLDER 2014-01-01..2018-01-01 b', 'OVERLAP 2014-01-01..2015-01-01 a,b']);
  });

  test('when one holder left "in 2021" and the next came in June 2021, then the overlap of their stored spans is shown as uncertain', () => {
    // Stored: validTo 2022-01-01 (the latest end "2021" allows), validFrom 2021-06-01.
    const a = h('a', { validFrom: '2016-04-09', validTo: '2022-01-01', validToText: '2021' });
    const b = h('b', { validFrom: '2021-06-01', validFromText: '2021-06', validTo: '2024-06-06' });
    expect(show([a, b])).toEqual(['HOLDER 2016-04-09..2022-01-01 a', 'HOLDER 2021-06-01..2024-06-06 b', 'OVERLAP 2021-06-01..2022-01-01 a,b (uncertain)']);
  });

  test('when holdings are dated only by their sources, undated, or deprecated, then attested ones take their first attestation, undated ones come last, deprecated ones are left out', () => {
    const a = h('a', { firstAttested: '2021-09-01', lastAttested: '2021-09-01' });
    const b = h('b', { firstAttested: '2026-03-06', lastAttested: '2026-03-06' });
    const x = h('x');
    const d = h('d', { validFrom: '2022-01-01', validTo: '2023-01-01', claimRank: 'DEPRECATED' });
    expect(show([x, d, b, a])).toEqual(['HOLDER 2021-09-01..? a', 'UNKNOWN 2021-09-02..2026-03-06 a,b', 'HOLDER 2026-03-06..? b', 'HOLDER ?..? x']);
  });

  test('when nothing is known before the first holder or after the last one\'s end, then no vacancy is invented there', () => {
    expect(show([h('a', { validFrom: '2010-01-01', validTo: '2012-01-01' })])).toEqual(['HOLDER 2010-01-01..2012-01-01 a']);
    expect(show([])).toEqual([]);
  });
});

describe('stored dates read back', () => {
  test('when a date is imprecise, bounded or unknown, then it reads as written with its bound', () => {
    expect([dateText('2021', null), dateText('2021-05', 'NOT_BEFORE'), dateText('2021', 'NOT_AFTER'), dateText(null, 'UNKNOWN'), dateText(null, null)])
      .toEqual(['2021', 'not before 2021-05', 'not after 2021', 'unknown', null]);
  });

  test('when a holding has an end not before a date, then it surely held until that date, and it sorts by start, undated last', () => {
    expect(knownUntil(h('a', { validFrom: '2010-01-01', validToText: '2015', validToBound: 'NOT_BEFORE' }))).toBe('2015-01-02');
    const sorted = [h('z'), h('b', { validFrom: '2012-01-01' }), h('a', { firstAttested: '2011-01-01' })].sort(byStart).map((x) => x.id);
    expect(sorted).toEqual(['a', 'b', 'z']);
    expect(shapeCareer([h('z'), h('d', { validFrom: '2000-01-01', claimRank: 'DEPRECATED' }), h('a', { validFrom: '2011-01-01' })]).map((x) => x.id)).toEqual(['a', 'z']);
  });
});

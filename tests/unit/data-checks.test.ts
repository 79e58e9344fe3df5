import { describe, expect, test } from '@jest/globals';
import { countByCode, runDataChecks, type CheckFacts, type HoldingFact, type RelationFact, type UnitFact } from '../../api/src/domain/data-checks';

const source = [{ note: false, dated: true }];
const unit = (id: string, more: Partial<UnitFact> = {}): UnitFact => ({ id, kind: 'OTHER', citations: source, ...more });
const line = (id: string, from: string, to: string, more: Partial<RelationFact> = {}): RelationFact =>
  ({ id, type: 'REPORTS_TO', from, to, citations: source, ...more });
const holding = (id: string, post: string, more: Partial<HoldingFact> = {}): HoldingFact =>
  ({ id, person: `${id}-person`, post, citations: source, ...more });
const facts = (more: Partial<CheckFacts>): CheckFacts => ({ units: [], relations: [], posts: [], holdings: [], events: [], ...more });
const brief = (f: CheckFacts) => runDataChecks(f).map((x) => ({ code: x.code, severity: x.severity, ids: x.subjects.map((s) => s.id), from: x.from, until: x.until }));

describe('holders of a single-holder post', () => {
  const post = { id: 'p', unit: 'u', leads: false, collective: false };

  test('when two holdings overlap, then an ERROR names both and the days they share', () => {
    const found = runDataChecks(facts({ posts: [post], holdings: [holding('b', 'p', { validFrom: '2021-03' }), holding('a', 'p', { validFrom: '2020-01-01', validTo: '2021-06-01' })] }));
    expect(found).toEqual([expect.objectContaining({ code: 'OVERLAPPING_HOLDERS', severity: 'ERROR', from: '2021-03-01', until: '2021-06-01', subjects: [{ kind: 'holding', id: 'a' }, { kind: 'holding', id: 'b' }] })]);
    expect(found[0]!.message).toMatch(/post 'p' has one holder at a time.*fix the dates/);
  });

  test('when one holding ends the day the next starts, or the post is collective, or one claim is deprecated, then nothing is found', () => {
    const a = holding('a', 'p', { validFrom: '2020-01-01', validTo: '2021-01-01' });
    expect(brief(facts({ posts: [post], holdings: [a, holding('b', 'p', { validFrom: '2021-01-01' })] }))).toEqual([]);
    expect(brief(facts({ posts: [{ ...post, collective: true }], holdings: [a, holding('b', 'p', { validFrom: '2020-06-01' })] }))).toEqual([]);
    expect(brief(facts({ posts: [post], holdings: [a, holding('b', 'p', { validFrom: '2020-06-01', claimRank: 'DEPRECATED' })] }))).toEqual([]);
  });

  test('when the overlapping holdings are both DISPUTED, then it is reported as a dispute (INFO) naming the one followed', () => {
    const found = runDataChecks(facts({ posts: [post], holdings: [
      holding('a', 'p', { validFrom: '2021-01-01', status: 'DISPUTED', claimRank: 'PREFERRED' }), holding('b', 'p', { validFrom: '2021-03-01', status: 'DISPUTED' }),
    ] }));
    expect(found.map((f) => [f.code, f.severity])).toEqual([['DISPUTED_HOLDERS', 'INFO']]);
    expect(found[0]!.message).toMatch(/'a' \(PREFERRED\) is followed/);
  });

  test('when imprecise dates may share a day (2020 and 2020-06-01), then they overlap as the loader reads them', () => {
    expect(brief(facts({ posts: [post], holdings: [holding('a', 'p', { validTo: '2020' }), holding('b', 'p', { validFrom: '2020-06-01' })] })))
      .toEqual([{ code: 'OVERLAPPING_HOLDERS', severity: 'ERROR', ids: ['a', 'b'], from: '2020-06-01', until: '2021-01-01' }]);
  });
});

describe('gaps in a leading post\'s succession', () => {
  const post = { id: 'p', unit: 'u', leads: true, collective: false };

  test('when the next holder starts after the last one surely ended, then a WARNING gives the days with no known holder', () => {
    expect(brief(facts({ posts: [post], holdings: [holding('a', 'p', { validFrom: '2016-04-09', validTo: '2020-06-01' }), holding('b', 'p', { validFrom: '2021-01-01' })] })))
      .toEqual([{ code: 'SUCCESSION_GAP', severity: 'WARNING', ids: ['p', 'a', 'b'], from: '2020-06-01', until: '2021-01-01' }]);
  });

  test('when imprecise dates may meet (ended in 2020, next from 2020-11), or an end is unknown, or the post does not lead, then no gap is reported', () => {
    const gapsOnly = (f: CheckFacts) => runDataChecks(f, ['SUCCESSION_GAP']);
    expect(gapsOnly(facts({ posts: [post], holdings: [holding('a', 'p', { validTo: '2020' }), holding('b', 'p', { validFrom: '2020-11' })] }))).toEqual([]);
    expect(gapsOnly(facts({ posts: [post], holdings: [holding('a', 'p', { validFrom: '2010', validToBound: 'UNKNOWN' }), holding('b', 'p', { validFrom: '2021-01-01' })] }))).toEqual([]);
    expect(gapsOnly(facts({ posts: [{ ...post, leads: false }], holdings: [holding('a', 'p', { validTo: '2019-01-01' }), holding('b', 'p', { validFrom: '2021-01-01' })] }))).toEqual([]);
  });

  test('when an earlier holding outlasts a later short one, then the gap is measured from the longest', () => {
    expect(brief(facts({ posts: [post], holdings: [
      holding('a', 'p', { validFrom: '2010-01-01', validTo: '2020-01-01' }), holding('b', 'p', { validFrom: '2011-01-01', validTo: '2012-01-01', status: 'DISPUTED' }),
      holding('c', 'p', { validFrom: '2020-01-01' }),
    ] })).filter((f) => f.code === 'SUCCESSION_GAP')).toEqual([]);
  });
});

describe('lines and the lives of their units', () => {
  test('when a line starts before its unit existed, or runs past its end, then an ERROR gives the days outside', () => {
    const units = [unit('new', { validFrom: '2020-01-01' }), unit('gone', { validTo: '2025-03-01' }), unit('top')];
    expect(brief(facts({ units, relations: [line('early', 'new', 'top', { validFrom: '2018-01-01' }), line('late', 'gone', 'top', { validTo: '2026-01-01' })] })))
      .toEqual([
        { code: 'RELATION_BEYOND_UNIT', severity: 'ERROR', ids: ['early', 'new'], from: '2018-01-01', until: '2020-01-01' },
        { code: 'RELATION_BEYOND_UNIT', severity: 'ERROR', ids: ['late', 'gone'], from: '2025-03-01', until: '2026-01-01' },
      ]);
  });

  test('when a line is open where its unit is bounded, then a WARNING says to date it; imprecise dates that fit are not findings', () => {
    const units = [unit('cmd', { validFrom: '2026', validFromBound: 'NOT_BEFORE' }), unit('top', { validTo: '2021', validToBound: 'NOT_AFTER' })];
    const found = runDataChecks(facts({ units, relations: [line('open', 'cmd', 'top')] }));
    expect(found.map((f) => [f.code, f.subjects[1]!.id, f.from, f.until])).toEqual([
      ['RELATION_OPEN_PAST_UNIT', 'cmd', null, '2026-01-01'],
      ['RELATION_OPEN_PAST_UNIT', 'top', '2022-01-01', null],
    ]);
    expect(found[0]!.message).toMatch(/has no start, so it reads as holding before unit 'cmd' \(2026 \(not before\) to …\) existed: give the line a validFrom/);
    expect(brief(facts({ units: [unit('u', { validFrom: '2021-05-10' }), unit('top')], relations: [line('fits', 'u', 'top', { validFrom: '2021' })] }))).toEqual([]);
  });

  test('when the line is SET_UP_FOR or deprecated, or its other end is not given, then its ends are not checked', () => {
    const units = [unit('u', { validFrom: '2020-01-01', validTo: '2021-01-01' })];
    expect(brief(facts({ units, relations: [
      line('deprecated', 'u', 'x', { validFrom: '2010-01-01', claimRank: 'DEPRECATED' }), line('event', 'u', 'e', { type: 'SET_UP_FOR', validFrom: '2019-01-01' }),
    ] }))).toEqual([]);
  });

  test('when an end unit is given only for its dates, then the line is checked against it but the unit itself is not', () => {
    const found = brief(facts({ endUnits: [unit('outside', { validFrom: '2020-01-01', citations: [{ note: true, dated: false }] })], relations: [line('l', 'x', 'outside', { validFrom: '2019-01-01' })] }));
    expect(found).toEqual([{ code: 'RELATION_BEYOND_UNIT', severity: 'ERROR', ids: ['l', 'outside'], from: '2019-01-01', until: '2020-01-01' }]);
  });
});

describe('temporary bodies', () => {
  test('when a body set up for an event, or a temporary command, states no end, then a WARNING says how to bound it', () => {
    const found = runDataChecks(facts({
      units: [unit('sub', { kind: 'COMMITTEE', lastAttested: '2021-04-16' }), unit('cmd', { kind: 'TEMPORARY_COMMAND' }), unit('ended', { kind: 'TEMPORARY_COMMAND', validTo: '2021-06', validToBound: 'NOT_AFTER' })],
      relations: [line('sub-for', 'sub', 'vote', { type: 'SET_UP_FOR' })],
      events: [{ id: 'vote', endDate: null }],
    }));
    expect(found.map((f) => [f.code, f.subjects.map((s) => s.id)])).toEqual([['TEMPORARY_WITHOUT_END', ['cmd']], ['TEMPORARY_WITHOUT_END', ['sub', 'vote']]]);
    expect(found[1]!.message).toMatch(/temporary body 'sub' has no end \(last attested 2021-04-16\) and its event 'vote' none either.*give the event its endDate/);
  });
});

describe('evidence', () => {
  test('when no citation is dated, then NEVER_ATTESTED; when only notes support it, NOTE_ONLY, or PUBLIC_KNOWLEDGE_ONLY when all are marked so', () => {
    const found = runDataChecks(facts({
      units: [unit('remembered', { citations: [{ note: true, dated: false }] }), unit('sourced')],
      relations: [line('charted', 'x', 'y', { citations: [{ note: true, dated: true }] })],
      holdings: [holding('known', 'p', { citations: [{ note: true, publicKnowledge: true, dated: false }] })],
    }));
    expect(found.map((f) => [f.code, f.severity, f.subjects[0]])).toEqual([
      ['NEVER_ATTESTED', 'WARNING', { kind: 'holding', id: 'known' }],
      ['NEVER_ATTESTED', 'WARNING', { kind: 'unit', id: 'remembered' }],
      ['NOTE_ONLY', 'WARNING', { kind: 'relation', id: 'charted' }],
      ['NOTE_ONLY', 'WARNING', { kind: 'unit', id: 'remembered' }],
      ['PUBLIC_KNOWLEDGE_ONLY', 'INFO', { kind: 'holding', id: 'known' }],
    ]);
    expect(found[0]!.message).toMatch(/give its public-knowledge note the asOf of the day the public record shows it/);
  });

  test('when a fact is generated (synthetic), then it is not expected to be cited', () => {
    expect(runDataChecks(facts({ units: [unit('gen', { citations: [{ note: true, dated: false }], synthetic: true })] }))).toEqual([]);
  });

  test('when only some checks are asked for, then only their findings come back and the counts follow the checks\' order', () => {
    const f = facts({ units: [unit('remembered', { citations: [{ note: true, dated: false }] })] });
    expect(runDataChecks(f, ['NOTE_ONLY']).map((x) => x.code)).toEqual(['NOTE_ONLY']);
    expect(countByCode(runDataChecks(f))).toEqual([{ code: 'NEVER_ATTESTED', severity: 'WARNING', count: 1 }, { code: 'NOTE_ONLY', severity: 'WARNING', count: 1 }]);
  });
});

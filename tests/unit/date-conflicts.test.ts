import { describe, expect, test } from '@jest/globals';
import { checkAppointment, checkEndOn, checkLiveOn, checkNewParentOn, holdingToEnd, parentOnDay } from '../../api/src/domain/date-conflicts';
import type { Refusal } from '../../api/src/domain/refusal';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (err) {
    return (err as Refusal).code;
  }
  return undefined;
};

describe('dates of a unit change', () => {
  test('when a unit is missing, has ended by the day, or begins after it, then NOT_FOUND, CONFLICT, CONFLICT; inside its bounds it is live', () => {
    expect(codeOf(() => checkLiveOn(null, 'x', 'unitId', '2025-07-01'))).toBe('NOT_FOUND');
    expect(codeOf(() => checkLiveOn({ validTo: '2025-07-01' }, 'x', 'unitId', '2025-07-01'))).toBe('CONFLICT');
    expect(codeOf(() => checkLiveOn({ validFrom: '2025-07-02' }, 'x', 'unitId', '2025-07-01'))).toBe('CONFLICT');
    expect(checkLiveOn({ validFrom: '2025-07-01', validTo: '2025-07-02' }, 'x', 'unitId', '2025-07-01')).toEqual({ validFrom: '2025-07-01', validTo: '2025-07-02' });
  });

  test('when a unit already has a reporting line from the day or later, or is already under the new parent, then the move is a CONFLICT', () => {
    const open = [{ id: 'l1', parentId: 'district', validFrom: '2020-01-01' }];
    expect(codeOf(() => checkNewParentOn('commune', 'city', [...open, { id: 'l2', parentId: 'city', validFrom: '2025-07-01' }], '2025-07-01'))).toBe('CONFLICT');
    expect(codeOf(() => checkNewParentOn('commune', 'district', open, '2025-07-01'))).toBe('CONFLICT');
    expect(codeOf(() => checkNewParentOn('commune', 'city', open, '2025-07-01'))).toBeUndefined();
  });

  test('when the open reporting lines are read, then the parent on the day is the one begun by then, not one that starts later', () => {
    const open = [{ id: 'l1', parentId: 'district', validFrom: null }, { id: 'l2', parentId: 'city', validFrom: '2026-01-01' }];
    expect(parentOnDay(open, '2025-07-01')).toBe('district');
    expect(parentOnDay(open.slice(1), '2025-07-01')).toBeNull();
  });
});

describe('dates of lines and holdings', () => {
  test('when a line is ended on or before its start, or after it already ended, then BAD_USER_INPUT or CONFLICT', () => {
    expect(codeOf(() => checkEndOn('r', { validFrom: '2025-07-01' }, '2025-07-01'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkEndOn('r', { validTo: '2025-01-01' }, '2025-07-01'))).toBe('CONFLICT');
    expect(codeOf(() => checkEndOn('r', { validFrom: '2025-01-01' }, '2025-07-01'))).toBeUndefined();
  });

  test('when a post that is not collective is held, then a second appointment is a CONFLICT; a collective post takes several holders but not the same twice', () => {
    const open = [{ id: 'h1', personId: 'a', validFrom: '2020-01-01' }];
    expect(codeOf(() => checkAppointment({ id: 'p', collective: false }, 'b', open, '2025-07-01'))).toBe('CONFLICT');
    expect(codeOf(() => checkAppointment({ id: 'p', collective: true }, 'b', open, '2025-07-01'))).toBeUndefined();
    expect(codeOf(() => checkAppointment({ id: 'p', collective: true }, 'a', open, '2025-07-01'))).toBe('CONFLICT');
  });

  test('when a person is relieved, then the holding ended is theirs and began before the day; otherwise NOT_FOUND', () => {
    const open = [{ id: 'h1', personId: 'a', validFrom: '2020-01-01' }, { id: 'h2', personId: 'b', validFrom: '2025-07-01' }];
    expect(holdingToEnd('p', 'a', open, '2025-07-01').id).toBe('h1');
    expect(codeOf(() => holdingToEnd('p', 'b', open, '2025-07-01'))).toBe('NOT_FOUND');
  });
});

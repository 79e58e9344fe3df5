import { describe, expect, test } from '@jest/globals';
import { planMerge } from '../../api/src/domain/merge-plan';
import type { Refusal } from '../../api/src/domain/refusal';
import { splitIds, splitMoves } from '../../api/src/domain/split-plan';

const refusalOf = (run: () => unknown): { code: string; argument?: unknown } | undefined => {
  try {
    run();
  } catch (err) {
    return { code: (err as Refusal).code, argument: (err as Refusal).extra.argument };
  }
  return undefined;
};

describe('what a merge writes', () => {
  test('when only into.id is given, then the units merge into that existing unit, each named once', () => {
    expect(planMerge(['a', 'b', 'a'], { id: 'c' })).toEqual({ ids: ['a', 'b'], targetId: 'c', successor: null, parentId: null });
  });

  test('when into has fields, then a new successor is created with them, under into.parentId when given', () => {
    expect(planMerge(['a'], { id: 'c', name: 'C', kind: 'OTHER', parentId: 'top' })).toEqual({
      ids: ['a'], targetId: 'c', successor: { id: 'c', name: 'C', kind: 'OTHER' }, parentId: 'top' });
  });

  test('when no unit, the successor among the units, or a new successor without a kind is given, then BAD_USER_INPUT naming the argument', () => {
    expect(refusalOf(() => planMerge([], { id: 'c' }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'unitIds' });
    expect(refusalOf(() => planMerge(['a', 'c'], { id: 'c' }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'into.id' });
    expect(refusalOf(() => planMerge(['a'], { id: 'c', name: 'C' }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'into' });
  });
});

describe('what a split writes', () => {
  test('when the new ids repeat or include the old unit, then BAD_USER_INPUT; when they are distinct, then they are the new units', () => {
    expect(refusalOf(() => splitIds('old', [{ id: 'n' }, { id: 'n' }]))).toEqual({ code: 'BAD_USER_INPUT', argument: 'into' });
    expect(refusalOf(() => splitIds('old', [{ id: 'old' }]))).toEqual({ code: 'BAD_USER_INPUT', argument: 'into' });
    expect(splitIds('old', [{ id: 'north' }, { id: 'south' }])).toEqual(['north', 'south']);
  });

  test('when every subordinate is assigned to a new unit, then each moves there; when one is left out, then CONFLICT', () => {
    const assignments = [{ childId: 'c1', newParentId: 'north' }, { childId: 'c2', newParentId: 'south' }];
    expect(splitMoves('old', ['c1', 'c2'], assignments, ['north', 'south'], '2025-07-01')).toEqual([['c1', 'north'], ['c2', 'south']]);
    expect(refusalOf(() => splitMoves('old', ['c1', 'c2', 'c3'], assignments, ['north', 'south'], '2025-07-01'))).toEqual({ code: 'CONFLICT', argument: undefined });
  });

  test('when an assignment names a unit that is not a subordinate, or a parent that is not new, then BAD_USER_INPUT', () => {
    expect(refusalOf(() => splitMoves('old', ['c1'], [{ childId: 'c1', newParentId: 'north' }, { childId: 'x', newParentId: 'north' }], ['north'], '2025-07-01')))
      .toEqual({ code: 'BAD_USER_INPUT', argument: 'assignments' });
    expect(refusalOf(() => splitMoves('old', ['c1'], [{ childId: 'c1', newParentId: 'elsewhere' }], ['north'], '2025-07-01')))
      .toEqual({ code: 'BAD_USER_INPUT', argument: 'assignments' });
  });
});

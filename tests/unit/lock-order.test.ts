import { describe, expect, test } from '@jest/globals';
import { lockOrder, locksSettled } from '../../api/src/domain/lock-order';

describe('the order of write locks', () => {
  test('when two writers lock the same two units given in opposite orders, then both lock them in the same order', () => {
    const one = lockOrder([{ id: 'b-unit', argument: 'input.fromId' }, { id: 'a-unit', argument: 'input.toId' }]);
    const other = lockOrder([{ id: 'a-unit', argument: 'input.fromId' }, { id: 'b-unit', argument: 'input.toId' }]);
    expect(one.map((u) => u.id)).toEqual(['a-unit', 'b-unit']);
    expect(other.map((u) => u.id)).toEqual(['a-unit', 'b-unit']);
    expect(one[0]!.argument).toBe('input.toId');
  });

  test('when a pass of locking takes only units already held, then the locks are settled; when it takes a new ancestor, then not', () => {
    const held = new Set(['unit', 'parent', 'grandparent']);
    expect(locksSettled(held, ['grandparent', 'parent', 'unit'])).toBe(true);
    expect(locksSettled(held, ['grandparent', 'new-ancestor', 'parent', 'unit'])).toBe(false);
    expect(locksSettled(new Set(), ['unit'])).toBe(false);
  });
});

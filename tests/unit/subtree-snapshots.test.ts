import { describe, expect, test } from '@jest/globals';
import { SubtreeSnapshots, type SubtreeRow } from '../../api/src/graphql/subtree-snapshots';
import type { UnitModel } from '../../api/src/model/models';

const question = (unitId: string) => ({ unitId, depth: 10, asOf: '2026-06-01', minBasis: 'ASSUMED', fields: 'id,name,kind' });
/** Rows named `${prefix}0`, `${prefix}1`, ... at depth 1, in page order. */
const rows = (prefix: string, n: number): SubtreeRow[] => Array.from({ length: n }, (_, i) => ({
  unit: { id: `${prefix}${i}`, name: `Unit ${String(i).padStart(3, '0')}`, kind: 'OTHER' } as UnitModel, depth: 1, parentId: 'head',
}));
const keyOf = (r: SubtreeRow) => ({ depth: r.depth, name: r.unit.name, id: r.unit.id });
const ids = (kept: SubtreeRow[] | 'too big' | undefined) => (Array.isArray(kept) ? kept.map((r) => r.unit.id) : kept);

describe('SubtreeSnapshots', () => {
  test('when the database is in the state the rows were read at, then the rows after the cursor come from them', () => {
    const s = new SubtreeSnapshots(100, 60_000);
    const kept = rows('a', 5);
    s.keep(question('h'), 'state-1', kept);
    expect(ids(s.after(question('h'), 'state-1', keyOf(kept[1]!)))).toEqual(['a2', 'a3', 'a4']);
    expect(ids(s.after(question('h'), 'state-1', keyOf(kept[4]!)))).toEqual([]);
  });

  test('when the database has committed anything since, then nothing is served and the rows are dropped', () => {
    const s = new SubtreeSnapshots(100, 60_000);
    const kept = rows('a', 5);
    s.keep(question('h'), 'state-1', kept);
    expect(s.after(question('h'), 'state-2', keyOf(kept[1]!))).toBeUndefined();
    expect(s.size()).toBe(0);
    expect(s.after(question('h'), 'state-1', keyOf(kept[1]!))).toBeUndefined();
  });

  test('when the cursor names a unit not kept, or with another sort key, or another question is asked, then nothing is served', () => {
    const s = new SubtreeSnapshots(100, 60_000);
    const kept = rows('a', 5);
    s.keep(question('h'), 'state-1', kept);
    expect(s.after(question('h'), 'state-1', { depth: 1, name: 'Unit 001', id: 'zz' })).toBeUndefined();
    expect(s.after(question('h'), 'state-1', { ...keyOf(kept[1]!), name: 'Renamed' })).toBeUndefined();
    expect(s.after(question('h'), 'state-1', { ...keyOf(kept[1]!), depth: 2 })).toBeUndefined();
    expect(s.after({ ...question('h'), fields: 'id,name' }, 'state-1', keyOf(kept[1]!))).toBeUndefined();
    expect(s.after({ ...question('h'), asOf: '2024-06-01' }, 'state-1', keyOf(kept[1]!))).toBeUndefined();
  });

  test('when lists do not fit in the bound together, then the least recently used ones are dropped, and one bigger than the bound is remembered as too big', () => {
    const s = new SubtreeSnapshots(10, 60_000);
    const a = rows('a', 4);
    const b = rows('b', 4);
    s.keep(question('a'), 'st', a);
    s.keep(question('b'), 'st', b);
    expect(ids(s.after(question('a'), 'st', keyOf(a[0]!)))).toEqual(['a1', 'a2', 'a3']); // a is now the most recent
    s.keep(question('c'), 'st', rows('c', 4));
    expect(s.size()).toBe(8);
    expect(s.after(question('b'), 'st', keyOf(b[0]!))).toBeUndefined();
    expect(ids(s.after(question('a'), 'st', keyOf(a[0]!)))).toEqual(['a1', 'a2', 'a3']);
    s.keep(question('d'), 'st', rows('d', 11));
    expect(s.after(question('d'), 'st', keyOf(rows('d', 1)[0]!))).toBe('too big');
    expect(s.after(question('d'), 'other state', keyOf(rows('d', 1)[0]!))).toBeUndefined();
    expect(s.size()).toBe(8);
  });

  test('when a list has not been used for longer than its time to live, then it is dropped', () => {
    let now = 1_000;
    const s = new SubtreeSnapshots(100, 60_000, () => now);
    const kept = rows('a', 5);
    s.keep(question('h'), 'st', kept);
    now += 59_000;
    expect(ids(s.after(question('h'), 'st', keyOf(kept[0]!)))).toHaveLength(4);
    now += 59_000;
    expect(ids(s.after(question('h'), 'st', keyOf(kept[0]!)))).toHaveLength(4);
    now += 60_001;
    expect(s.after(question('h'), 'st', keyOf(kept[0]!))).toBeUndefined();
    expect(s.size()).toBe(0);
  });
});

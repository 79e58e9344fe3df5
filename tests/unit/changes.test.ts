/**
 * changesBetween's grouping (api/src/domain/changes.ts), without a database: a merger is one change,
 * what follows from a change on its day is counted in it, a kind asked for is listed, pages follow
 * each other by cursor.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeChangeCursor, encodeChangeCursor, groupChanges, pageOfChanges, type ChangeRows, type UnitRow } from '../../api/src/domain/changes';
import { UNIT_RELATION_TYPES } from '../../api/src/model/vocabulary';
import type { RelationModel } from '../../api/src/model/models';

const cited = (day: string) => ({ text: day, bound: null, synthetic: true, citations: '[{"note":"t"}]' });
const unit = (id: string, day: string, starts: boolean, parent: string | null = null, kind = 'PROVINCIAL_POLICE'): UnitRow =>
  ({ day, starts, unit: { ...cited(day), id, name: id.replace(/^(old|new)-/, ''), kind, parent }, into: null, intoParent: null, n: 1 });
const folded = (into: string, day: string, starts: boolean, n: number, intoParent: string | null = null): UnitRow => ({ day, starts, unit: null, into, intoParent, n });
const rel = (id: string, type: RelationModel['type'], from: string, to: string): RelationModel => ({ id, type, from, to });
const M = '2025-07-01';
const D = '2025-03-01';

// Two provinces merged into one, a third carried on; a district dissolved with its commune's move
// counted; a district of old-a ended with it, its commune counted under the district.
const rows: ChangeRows = {
  units: [
    unit('old-a', M, false, 'root'), unit('old-b', M, false, 'root'), unit('old-c', M, false, 'root'),
    unit('new-ab', M, true, 'root'), unit('new-c', M, true, 'root'),
    folded('old-a', M, false, 1), folded('old-a-district-2', M, false, 3, 'old-a'), folded('new-ab', M, true, 1),
    unit('old-a-district', D, false, 'old-a', 'DISTRICT_POLICE'),
  ],
  successions: [
    { ...cited(M), day: M, relation: rel('s1', 'SUCCEEDED_BY', 'old-a', 'new-ab'), fromName: 'a', toName: 'ab' },
    { ...cited(M), day: M, relation: rel('s2', 'SUCCEEDED_BY', 'old-b', 'new-ab'), fromName: 'b', toName: 'ab' },
    { ...cited(M), day: M, relation: rel('s3', 'SUCCEEDED_BY', 'old-c', 'new-c'), fromName: 'c', toName: 'c' },
  ],
  lines: [
    { day: D, kind: 'MOVED', cause: 'old-a-district', causeStarts: false, causeParent: null, n: 1, fact: null },
    { day: M, kind: 'LINE_ENDED', cause: 'old-a-district-2', causeStarts: false, causeParent: 'old-a', n: 4, fact: null },
    { day: '2025-05-05', kind: 'LINE_ADDED', cause: null, causeStarts: null, causeParent: null, n: 1,
      fact: { ...cited('2025-05-05'), relation: rel('l4', 'ANSWERABLE_TO', 'old-b', 'old-c'), fromParent: null, toParent: null } },
  ],
  holdings: [
    { day: M, kind: 'RELIEVED', cause: 'old-a', causeStarts: false, causeParent: null, n: 1, fact: null },
    { day: '2025-08-01', kind: 'VACANT', cause: null, causeStarts: null, causeParent: null, n: 1,
      fact: { ...cited('2025-08-01'), unitId: 'new-c', holding: { id: 'h2', personId: 'p2', postId: 'post-c' } } },
  ],
};
const moveAsked: ChangeRows = {
  ...rows,
  lines: [{ day: D, kind: 'MOVED', cause: null, causeStarts: null, causeParent: null, n: 1,
    fact: { ...cited(D), relation: rel('l2', 'REPORTS_TO', 'old-a-commune', 'old-a'), fromParent: 'old-a-district', toParent: 'old-a' } }],
};

describe('grouping the facts of a window into changes', () => {
  test('when provinces merge, then the merger is one change with the old units, the successor and what went with them counted, up the chain of causes', () => {
    const { changes } = groupChanges(rows, null);
    const merger = changes.find((c) => c.kind === 'MERGED')!;
    expect(merger).toMatchObject({ date: M, unitIds: ['old-a', 'old-b'], successorIds: ['new-ab'], dateExact: true });
    expect(merger.alongside).toEqual([{ kind: 'CREATED', count: 1 }, { kind: 'DISSOLVED', count: 4 }, { kind: 'LINE_ENDED', count: 4 }, { kind: 'RELIEVED', count: 1 }]);
    expect(changes.find((c) => c.kind === 'CONTINUED')).toMatchObject({ unitIds: ['old-c'], successorIds: ['new-c'] });
  });

  test('when a district is dissolved, then its commune\'s move is counted in the dissolution, and listed as a move when the query lists it', () => {
    const all = groupChanges(rows, null);
    expect(all.changes.map((c) => [c.date, c.kind])).toEqual([
      [D, 'DISSOLVED'], ['2025-05-05', 'LINE_ADDED'], [M, 'CONTINUED'], [M, 'MERGED'], ['2025-08-01', 'VACANT'],
    ]);
    expect(all.changes[0]!.alongside).toEqual([{ kind: 'MOVED', count: 1 }]);
    const moved = groupChanges(moveAsked, ['MOVED']);
    expect(moved.changes).toHaveLength(1);
    expect(moved.changes[0]).toMatchObject({ kind: 'MOVED', unitIds: ['old-a-commune'], fromParentId: 'old-a-district', toParentId: 'old-a' });
    expect(moved.summary.find((s) => s.kind === 'MOVED')).toEqual({ kind: 'MOVED', changes: 1, facts: 1 });
  });

  test('when the counts are read, then each kind counts its listed changes and every fact, listed or counted inside another', () => {
    expect(groupChanges(rows, null).summary).toEqual([
      { kind: 'CREATED', changes: 0, facts: 1 },
      { kind: 'DISSOLVED', changes: 1, facts: 5 },
      { kind: 'CONTINUED', changes: 1, facts: 1 },
      { kind: 'MERGED', changes: 1, facts: 2 },
      { kind: 'MOVED', changes: 0, facts: 1 },
      { kind: 'LINE_ADDED', changes: 1, facts: 1 },
      { kind: 'LINE_ENDED', changes: 0, facts: 4 },
      { kind: 'RELIEVED', changes: 0, facts: 1 },
      { kind: 'VACANT', changes: 1, facts: 1 },
    ]);
  });

  test('when one unit is carried on by an existing one, then it was merged into it; by a new one of another name, renamed', () => {
    const absorbed = groupChanges({ units: [unit('x', M, false)], successions: [{ ...cited(M), day: M, relation: rel('s', 'SUCCEEDED_BY', 'x', 'y'), fromName: 'x', toName: 'y' }], lines: [], holdings: [] }, null);
    expect(absorbed.changes.map((c) => c.kind)).toEqual(['MERGED']);
    const renamed = groupChanges({ units: [unit('x', M, false), unit('y', M, true)], successions: [{ ...cited(M), day: M, relation: rel('s', 'SUCCEEDED_BY', 'x', 'y'), fromName: 'x', toName: 'y' }], lines: [], holdings: [] }, null);
    expect(renamed.changes.map((c) => c.kind)).toEqual(['RENAMED']);
  });

  test('when pages are cut by cursor, then they follow each other without gaps or repeats; a foreign cursor is not one', () => {
    const { changes } = groupChanges(rows, null);
    const first = pageOfChanges(changes, null, 2);
    expect(first.hasNextPage).toBe(true);
    const rest = pageOfChanges(changes, decodeChangeCursor(encodeChangeCursor(first.page.at(-1)!)), 10);
    expect([...first.page, ...rest.page]).toEqual(changes);
    expect(rest.hasNextPage).toBe(false);
    expect(decodeChangeCursor(Buffer.from('k:[1]').toString('base64url'))).toBeNull();
  });

  test('when the line changes query is read, then it reads every unit-to-unit relation type', () => {
    const text = readFileSync(path.join(__dirname, '../../api/src/db/queries/changes/find-line-changes.cypher'), 'utf8');
    const read = new Set([...text.matchAll(/\[r:([A-Z_|]+)\]/g)].flatMap((m) => m[1]!.split('|')));
    expect([...read].sort()).toEqual([...UNIT_RELATION_TYPES].sort());
  });
});

import { describe, expect, test } from '@jest/globals';
import { checkSchema } from '../../seed/loader/check-schema';
import { checkReportingCycles, checkSingleHolder, checkSingleParent, overlaps } from '../../seed/loader/check-timelines';
import { emptyDataset, type Dataset } from '../../seed/loader/dataset';
import type { Kind } from '../../seed/loader/kinds';
import type { Problem } from '../../seed/loader/problem';
import { parseFile } from '../../seed/loader/read-dataset';

const NOTE = 'citations: [{ note: test }]';

/** A dataset from YAML texts, one per kind; fails the test on a schema problem. */
function dataset(files: Partial<Record<Kind, string>>): Dataset {
  const problems: Problem[] = [];
  const records = Object.entries(files).flatMap(([kind, text]) => parseFile(`/t/${kind}.yaml`, kind as Kind, text, problems));
  const checked = checkSchema(records);
  expect([...problems, ...checked.problems]).toEqual([]);
  return checked.dataset;
}

function reportsTo(lines: [from: string, to: string, validFrom?: string, validTo?: string][]): Dataset {
  return dataset({
    relations: lines.map(([from, to, f, t], i) =>
      `- { id: r${i}, type: REPORTS_TO, from: ${from}, to: ${to}, validFrom: ${f ?? 'null'}, validTo: ${t ?? 'null'}, ${NOTE} }`).join('\n'),
  });
}

describe('spans of time', () => {
  test('when one span ends the day the other starts, then they do not overlap (validTo is the first day no longer true)', () => {
    expect(overlaps({ from: '2020-01-01', to: '2021-01-01' }, { from: '2021-01-01' })).toBe(false);
    expect(overlaps({ from: '2020-01-01', to: '2021-01-02' }, { from: '2021-01-01' })).toBe(true);
    expect(overlaps({}, { from: '1900-01-01', to: '1900-01-02' })).toBe(true);
  });
});

describe('REPORTS_TO cycles', () => {
  test('when undated lines go round, then one problem names the whole cycle', () => {
    const problems = checkReportingCycles(reportsTo([['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'a']]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/closes a cycle (a → b → c → a|b → c → a → b|c → a → b → c) \(all valid at once;/);
  });

  test('when the lines of a loop were never valid on the same day, then it is not a cycle', () => {
    expect(checkReportingCycles(reportsTo([['a', 'b', '2000-01-01', '2010-01-01'], ['b', 'a', '2010-01-01', '2020-01-01']]))).toEqual([]);
  });

  test('when the lines of a loop share only a short time, then the cycle is reported with a day it holds on', () => {
    const problems = checkReportingCycles(reportsTo([['a', 'b', '2000-01-01', '2010-06-01'], ['b', 'c'], ['c', 'a', '2010-05-01']]));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/all valid on 2010-05-01;/)]);
  });

  test('when two separate loops exist, then each is reported once', () => {
    expect(checkReportingCycles(reportsTo([['a', 'b'], ['b', 'a'], ['x', 'y'], ['y', 'z'], ['z', 'x']]))).toHaveLength(2);
  });

  test('when a deep tree of 50000 units is checked, then it has no cycle and the check is quick', () => {
    const d = emptyDataset();
    for (let i = 1; i < 50000; i++) {
      const value = { id: `r${i}`, type: 'REPORTS_TO' as const, from: `u${i}`, to: `u${Math.floor((i - 1) / 3)}`, citations: [{ note: 'test' }] };
      d.relations.push({ value, raw: { kind: 'relations', file: 'generated', index: i, data: value, lineOf: () => 0 } });
    }
    const started = Date.now();
    expect(checkReportingCycles(d)).toEqual([]);
    expect(checkSingleParent(d)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('one parent, one holder at a time', () => {
  test('when a unit changes parent on a date, then the old line ending that day and the new one starting it are fine', () => {
    expect(checkSingleParent(reportsTo([['a', 'b', undefined, '2025-03-01'], ['a', 'c', '2025-03-01']]))).toEqual([]);
    expect(checkSingleParent(reportsTo([['a', 'b', undefined, '2025-03-02'], ['a', 'c', '2025-03-01']]))).toHaveLength(1);
  });

  test('when a collective post has two holders at once, then that is allowed; a single post is not', () => {
    const holdings = `
- { id: h1, person: p1, post: board, validFrom: 2020-01-01, ${NOTE} }
- { id: h2, person: p2, post: board, validFrom: 2021-01-01, ${NOTE} }
- { id: h3, person: p1, post: head, ${NOTE} }
- { id: h4, person: p2, post: head, validTo: 2019-01-01, ${NOTE} }`;
    const posts = `
- { id: board, title: Board member, unit: u, collective: true, ${NOTE} }
- { id: head, title: Head, unit: u, leads: true, ${NOTE} }`;
    const problems = checkSingleHolder(dataset({ holdings, posts }));
    expect(problems.map((p) => [p.recordId, p.line])).toEqual([['h4', 5]]);
  });
});

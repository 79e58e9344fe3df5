import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { formatProblem, validateDataset, type Problem } from '../../seed/loader';
import { BAD_BASE, BAD_CASES, BAD_CASES_DIR, GOOD_CASE } from '../fixtures/seed/bad-cases';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'seed');
const shape = (p: Problem) => ({ file: path.basename(p.file), line: p.line, path: p.path, message: p.message });

describe('validating a dataset', () => {
  test('when the good fixture, the bad cases\' base, or a loop never valid on one day is checked, then there is no problem', async () => {
    expect((await validateDataset([path.join(FIXTURES, 'good')])).problems).toEqual([]);
    expect((await validateDataset([BAD_BASE])).problems).toEqual([]);
    expect((await validateDataset([BAD_BASE, path.join(BAD_CASES_DIR, GOOD_CASE)])).problems).toEqual([]);
  });

  test.each(BAD_CASES)('when %s is checked with the base, then each problem names its file, line, record and what to do', async (file, expected) => {
    const { problems } = await validateDataset([BAD_BASE, path.join(BAD_CASES_DIR, file)]);
    expect(problems.map(shape)).toEqual(expected.map((e) => ({ file, line: e.line, path: e.path, message: expect.stringMatching(e.message) })));
  });

  test('when every bad case is checked at once, then every problem is reported in one pass, sorted by file and line', async () => {
    const { problems } = await validateDataset([BAD_BASE, BAD_CASES_DIR]);
    const wanted = BAD_CASES.flatMap(([file, list]) => list.map((e) => `${file}:${e.line}`));
    const got = problems.map((p) => `${path.basename(p.file)}:${p.line}`);
    for (const w of wanted) expect(got).toContain(w);
    expect(got).toEqual([...got].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  test('when a problem is printed, then it reads file:line, record index and id, field, then the message', async () => {
    const { problems } = await validateDataset([BAD_BASE, path.join(BAD_CASES_DIR, 'units-schema.yaml')]);
    const root = path.resolve(FIXTURES, '..', '..', '..');
    expect(formatProblem(problems.find((p) => p.path === '[0].nmae')!, root)).toMatch(
      /^tests\/fixtures\/seed\/bad\/cases\/units-schema\.yaml:4 \[0\] \(bad-schema-unit\)\.nmae: unknown field 'nmae'/,
    );
  });

  test('when an input does not exist, then that is a problem that says to check the path', async () => {
    const { problems } = await validateDataset(['no/such/folder']);
    expect(problems).toEqual([expect.objectContaining({ file: 'no/such/folder', line: 0, message: expect.stringMatching(/no such file or folder; check the path/) })]);
  });

  test('when a folder holds no data file, then that is a problem rather than a silent empty load', async () => {
    const { problems } = await validateDataset([path.join(FIXTURES, 'good', 'text')]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/no data files \(\*\.yaml\) found there/)]);
  });

  test('when a unit fails its schema, then records naming it are not also reported as naming an unknown unit', async () => {
    const { problems } = await validateDataset([BAD_BASE, path.join(BAD_CASES_DIR, 'units-schema.yaml')]);
    expect(problems.some((p) => /unknown unit 'bad-schema-unit'/.test(p.message))).toBe(false);
  });
});

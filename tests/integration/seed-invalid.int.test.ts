import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { DatasetInvalidError, loadDataset } from '../../seed/loader';
import { BAD_BASE, BAD_CASES, BAD_CASES_DIR } from '../fixtures/seed/bad-cases';
import { countByPrefix, DATABASE, deleteByPrefix, openDriver, runCli } from '../fixtures/seed/harness';

// Every id in the bad fixtures starts with this; nothing under it may ever reach the database.
const PREFIX = 'bad-';
const NOTHING = { nodes: 0, nodeIds: 0, rels: 0, relIds: 0 };
let driver: Driver;

beforeAll(async () => {
  driver = openDriver();
  await deleteByPrefix(driver, PREFIX);
});
afterAll(async () => {
  await deleteByPrefix(driver, PREFIX);
  await driver.close();
});

describe('loading a dataset with problems', () => {
  test.each(BAD_CASES)('when %s is loaded, then the error lists file:line and what to do, and nothing is written', async (file, expected) => {
    const error = await loadDataset(driver, DATABASE, [BAD_BASE, path.join(BAD_CASES_DIR, file)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetInvalidError);
    const { problems, message } = error as DatasetInvalidError;
    expect(message).toMatch(/problems?; nothing was written\. Fix them and load again:/);
    expect(problems.map((p) => ({ file: path.basename(p.file), line: p.line, message: p.message }))).toEqual(
      expected.map((e) => ({ file, line: e.line, message: expect.stringMatching(e.message) })),
    );
    for (const e of expected) expect(message).toContain(e.line ? `${file}:${e.line}` : file);
    expect(await countByPrefix(driver, PREFIX)).toEqual(NOTHING);
  });

  test('when the CLI is given every bad case at once, then it prints all of them with file:line and no stack trace, exits 1 and writes nothing', async () => {
    const { code, stdout, stderr } = await runCli([BAD_BASE, BAD_CASES_DIR]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain("tests/fixtures/seed/bad/cases/units-schema.yaml:4 [0] (bad-schema-unit).nmae: unknown field 'nmae'");
    expect(stderr).toContain("tests/fixtures/seed/bad/cases/posts-unknown-unit.yaml:3 [0] (bad-orphan-post).unit: unknown unit 'bad-nowhere'; add it to units.yaml or fix the id");
    const listed = stderr.split('\n').filter((l) => l.startsWith('tests/fixtures/seed/bad/cases/'));
    expect(listed.length).toBe(BAD_CASES.reduce((n, [, list]) => n + list.length, 0));
    expect(stderr).toMatch(/\n\d+ problems in the dataset; nothing was written\. Fix them and run again\.\n$/);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(await countByPrefix(driver, PREFIX)).toEqual(NOTHING);
  });
});

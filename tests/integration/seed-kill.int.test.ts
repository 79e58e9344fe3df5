import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { KINDS, loadDataset, validateDataset, writeDataset, type LoadSummary } from '../../seed/loader';
import { countByPrefix, DATABASE, deleteByPrefix, openDriver, spawnCli } from '../fixtures/seed/harness';
import { writeLargeFixture } from '../fixtures/seed/large-fixture';

const KILL = 'kill-';
const PART = 'part-';
let driver: Driver;
let dir: string;

beforeAll(async () => {
  driver = openDriver();
  dir = mkdtempSync(path.join(os.tmpdir(), 'seed-kill-'));
  await Promise.all([deleteByPrefix(driver, KILL), deleteByPrefix(driver, PART)]);
});
afterAll(async () => {
  await Promise.all([deleteByPrefix(driver, KILL), deleteByPrefix(driver, PART)]);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every kind's records were either created or unchanged, and their sum is the fixture's size. */
function expectComplete(summary: LoadSummary, sizes: Record<string, number>): void {
  for (const kind of KINDS) {
    const c = summary.counts[kind];
    expect({ kind, updated: c.updated, all: c.created + c.unchanged }).toEqual({ kind, updated: 0, all: sizes[kind] ?? 0 });
  }
}

/** Nodes: a unit, a post and a person per unit. Relationships: HOLDS, POST_OF per unit, REPORTS_TO but for the top. */
const expectedCounts = (units: number) => ({ nodes: 3 * units, nodeIds: 3 * units, rels: 3 * units - 1, relIds: 3 * units - 1 });

describe('a load stopped half-way', () => {
  test('when the seed command is killed mid-load and run again, then the database ends with exactly the right records, no duplicates', async () => {
    const units = 2500;
    const data = path.join(dir, 'kill');
    const sizes = writeLargeFixture(data, KILL, units);
    const child = spawnCli([data, '--batch-size', '100', '--progress']);
    let stderr = '';
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (b: Buffer) => {
        stderr += b.toString();
        if (/Writing: [1-9]\d*\//.test(stderr)) resolve(); // at least one batch committed
      });
      child.once('exit', () => reject(new Error(`the load ended before it could be killed:\n${stderr}`)));
    });
    child.kill('SIGKILL');
    await exited;

    const partial = await countByPrefix(driver, KILL);
    expect(partial.nodes).toBeGreaterThan(0);
    expect(partial.nodes + partial.rels).toBeLessThan(6 * units - 1);

    const { dataset, problems } = await validateDataset([data]);
    expect(problems).toEqual([]);
    const summary = await writeDataset(driver, DATABASE, dataset);
    expectComplete(summary, sizes);
    expect(summary.counts.units.unchanged).toBeGreaterThan(0);
    expect(await countByPrefix(driver, KILL)).toEqual(expectedCounts(units));

    const again = await writeDataset(driver, DATABASE, dataset);
    expect(KINDS.map((k) => again.counts[k].unchanged)).toEqual(KINDS.map((k) => sizes[k] ?? 0));
  }, 180_000);

  test('when part of a dataset was loaded before, then the full load creates only the rest and leaves that part unchanged', async () => {
    const units = 300;
    const data = path.join(dir, 'part');
    const sizes = writeLargeFixture(data, PART, units);
    await loadDataset(driver, DATABASE, [path.join(data, 'units.yaml'), path.join(data, 'persons.yaml')]);
    const summary = await loadDataset(driver, DATABASE, [data], { batchSize: 128 });
    expect(summary.counts.units).toEqual({ created: 0, updated: 0, unchanged: units });
    expect(summary.counts.persons).toEqual({ created: 0, updated: 0, unchanged: units });
    expect(summary.counts.posts).toEqual({ created: units, updated: 0, unchanged: 0 });
    expectComplete(summary, sizes);
    expect(await countByPrefix(driver, PART)).toEqual(expectedCounts(units));
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadDataset, type KindCounts, type Kind } from '../../seed/loader';
import { countByPrefix, DATABASE, deleteByPrefix, FIXTURES, openDriver, rows, runCli } from '../fixtures/seed/harness';

// Every id of the good fixture starts with this; only this file loads it.
const PREFIX = 'fx-';
const GOOD = path.join(FIXTURES, 'good');
const SIZES: Record<Kind, number> = { sources: 1, units: 4, events: 1, persons: 1, posts: 2, holdings: 1, relations: 4 };
const all = (f: (n: number) => KindCounts) => Object.fromEntries(Object.entries(SIZES).map(([k, n]) => [k, f(n)]));
let driver: Driver;
let edited: string;

beforeAll(async () => {
  driver = openDriver();
  await deleteByPrefix(driver, PREFIX);
  // A copy of the fixture with one unit renamed and one reporting line re-pointed.
  edited = mkdtempSync(path.join(os.tmpdir(), 'seed-load-edited-'));
  cpSync(GOOD, edited, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(path.join(edited, file), 'utf8');
    expect(text).toContain(from);
    writeFileSync(path.join(edited, file), text.replace(from, to));
  };
  edit('units.yaml', 'name: Fixture Provincial Police\n', 'name: Fixture Provincial Police Force\n');
  edit('relations.yaml', 'from: fx-traffic\n  to: fx-province', 'from: fx-traffic\n  to: fx-ministry');
});
afterAll(async () => {
  await deleteByPrefix(driver, PREFIX);
  await driver.close();
  rmSync(edited, { recursive: true, force: true });
});

describe('loading a dataset', () => {
  test('when the good fixture is loaded, then every record is created as schema/model.md stores it', async () => {
    const summary = await loadDataset(driver, DATABASE, [GOOD], { batchSize: 2 });
    expect(summary.counts).toEqual(all((n) => ({ created: n, updated: 0, unchanged: 0 })));
    const [unit] = await rows(driver, `MATCH (u:Unit {id: 'fx-ministry'}) RETURN u.searchText AS searchText, u.citations AS citations,
      u.sourceIds AS sourceIds, u.synthetic AS synthetic, valueType(u.validFrom) AS validFrom`);
    expect(unit).toEqual({
      searchText: 'fixture ministry of public security | bo cong an thu | fmps',
      citations: JSON.stringify([{ source: 'fx-article', quote: 'The Fixture Ministry of Public Security (FMPS) held a meeting' }]),
      sourceIds: ['fx-article'], synthetic: false, validFrom: 'NULL',
    });
    const [edges] = await rows(driver, `
      MATCH (:Unit {id: 'fx-committee'})-[s:SET_UP_FOR]->(:Event {id: 'fx-election'})
      MATCH (:Person {id: 'fx-nguyen-van-fixture'})-[h:HOLDS {id: 'fx-nguyen-van-fixture-minister'}]->(p:Post {id: 'fx-minister'})-[po:POST_OF]->(:Unit {id: 'fx-ministry'})
      MATCH (c:Unit {id: 'fx-committee'})
      RETURN s.id AS setUpFor, toString(h.validFrom) AS holdsFrom, valueType(h.validTo) AS holdsToType, p.leads AS leads, po.id AS postOf,
        valueType(c.validFrom) AS unitDateType, [(:Unit {id: 'fx-traffic'})-[r:REPORTS_TO]->(x) | x.id] AS trafficParents`);
    expect(edges).toEqual({
      setUpFor: 'fx-committee-set-up-for-election', holdsFrom: '2016-04-09', holdsToType: 'DATE NOT NULL', leads: true,
      postOf: 'post-of:fx-minister', unitDateType: 'DATE NOT NULL', trafficParents: ['fx-province'],
    });
  });

  test('when it is loaded a second time, then every record is unchanged and the database holds exactly the same', async () => {
    const before = await countByPrefix(driver, PREFIX);
    expect(before).toEqual({ nodes: 9, nodeIds: 9, rels: 7, relIds: 7 });
    const summary = await loadDataset(driver, DATABASE, [GOOD]);
    expect(summary.counts).toEqual(all((n) => ({ created: 0, updated: 0, unchanged: n })));
    expect(await countByPrefix(driver, PREFIX)).toEqual(before);
  });

  test('when a changed dataset is loaded with dryRun, then the changes are counted and nothing is written', async () => {
    const summary = await loadDataset(driver, DATABASE, [edited], { dryRun: true });
    expect(summary.counts.units).toEqual({ created: 0, updated: 1, unchanged: 3 });
    expect(summary.counts.relations).toEqual({ created: 0, updated: 1, unchanged: 3 });
    expect(summary.dryRun).toBe(true);
    const [state] = await rows(driver, `MATCH (u:Unit {id: 'fx-province'}) RETURN u.name AS name,
      [(:Unit {id: 'fx-traffic'})-[r:REPORTS_TO]->(x) | x.id] AS trafficParents`);
    expect(state).toEqual({ name: 'Fixture Provincial Police', trafficParents: ['fx-province'] });
  });

  test('when the changed dataset is loaded, then only the changed records are rewritten and a re-pointed line moves without a copy', async () => {
    const summary = await loadDataset(driver, DATABASE, [edited]);
    expect(summary.counts.units).toEqual({ created: 0, updated: 1, unchanged: 3 });
    expect(summary.counts.relations).toEqual({ created: 0, updated: 1, unchanged: 3 });
    expect(summary.counts.posts).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const [state] = await rows(driver, `MATCH (u:Unit {id: 'fx-province'}) RETURN u.name AS name,
      [(:Unit {id: 'fx-traffic'})-[r:REPORTS_TO]->(x) | x.id] AS trafficParents,
      COUNT { ()-[r:REPORTS_TO {id: 'fx-traffic-reports-to-province'}]->() } AS copies`);
    expect(state).toEqual({ name: 'Fixture Provincial Police Force', trafficParents: ['fx-ministry'], copies: 1 });
    expect(await countByPrefix(driver, PREFIX)).toEqual({ nodes: 9, nodeIds: 9, rels: 7, relIds: 7 });
    await loadDataset(driver, DATABASE, [GOOD]);
  });
});

describe('the seed command', () => {
  test('when run with --dry-run, then it prints the summary table and writes nothing', async () => {
    const { code, stdout, stderr } = await runCli(['--dry-run', edited]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: 'Checked 14 records in 8 files (0.0 MB): no problems.\n' });
    expect(stdout).toMatch(/^kind +created +updated +unchanged\n/);
    expect(stdout).toMatch(/\nunits +0 +1 +3\n/);
    expect(stdout).toMatch(/\ntotal +0 +2 +12\nDry run: nothing was written; this is what a load would do: 14 records in /);
    const [unit] = await rows(driver, "MATCH (u:Unit {id: 'fx-province'}) RETURN u.name AS name");
    expect(unit).toEqual({ name: 'Fixture Provincial Police' });
  });

  test('when run twice, then the second run reports every record unchanged', async () => {
    const { code, stdout } = await runCli([GOOD, '--batch-size', '3']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\ntotal +0 +0 +14\nLoaded: 14 records in /);
  });

  test('when --reset is asked without a terminal and without --yes, then it refuses, says to add --yes, and deletes nothing', async () => {
    const before = await countByPrefix(driver, PREFIX);
    const { code, stdout, stderr } = await runCli(['--reset', GOOD]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--reset deletes everything in database 'neo4j' at (bolt|neo4j):\/\/.*: add --yes to confirm\.\n$/);
    expect(await countByPrefix(driver, PREFIX)).toEqual(before);
    expect(await rows(driver, "MATCH (u:Unit {id: 'mps'}) RETURN u.id AS id")).toEqual([{ id: 'mps' }]);
  });

  test('when Neo4j cannot be reached, then it says what to do, without a stack trace', async () => {
    const { code, stderr } = await runCli([GOOD], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9: start it, fix NEO4J_URI, or leave NEO4J_URI empty/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  test('when the command line is wrong, then it exits 2 and points at --help', async () => {
    const { code, stderr } = await runCli(['--batch-size', '0']);
    expect(code).toBe(2);
    expect(stderr).toBe("--batch-size must be a whole number from 1 to 1000000 (got '0')\n");
  });
});

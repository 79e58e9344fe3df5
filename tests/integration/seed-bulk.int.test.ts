import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { isSchemaApplied } from '../../api/src/db/apply-schema';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../db/neo4j';
import { KINDS, resetDatabase, validateDataset, writeDataset, type Dataset } from '../../seed/loader';
import { BULK_MARKER, bulkImport, BulkImportError, finishBulkImport } from '../../seed/loader/bulk-import';
import { chunkToDataset, generateAll, generatedCsvParts } from '../../seed/generator';
import { FIXTURES, runCli } from '../fixtures/seed/harness';

// The bulk mode writes a whole database offline: this file runs its own Neo4j in its own folder.
const DB = 'neo4j';
let home: string;
let server: RunningNeo4j | undefined;
let driver: Driver | undefined;
let cited: Dataset;
let generated: Dataset;
const GEN = { units: 300, seed: 3, idPrefix: 'bulkgen-', rootId: 'fx-ministry' };

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'seed-bulk-'));
  const v = await validateDataset([path.join(FIXTURES, 'good')]);
  expect(v.problems).toEqual([]);
  cited = v.dataset;
  // A small generated structure under the fixture's ministry: the synthetic records of a big load.
  generated = chunkToDataset(generateAll(GEN));
});
afterAll(async () => {
  await driver?.close();
  await server?.stop();
  rmSync(home, { recursive: true, force: true });
});

async function start(): Promise<Driver> {
  server = await startEmbeddedNeo4j({ dataDir: home, host: '127.0.0.1', port: 0, user: 'neo4j', password: 'bulk-test-password' });
  return neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'bulk-test-password'), { disableLosslessIntegers: true });
}

/** Every node and relationship with its labels or type, ends and properties, in id order. */
async function snapshot(d: Driver): Promise<unknown[]> {
  const nodes = await d.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id', {}, { database: DB });
  const rels = await d.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.id', {}, { database: DB });
  return [...nodes.records, ...rels.records].map((r) => r.toObject());
}

const sizeOf = (d: Dataset, k: (typeof KINDS)[number]) => d[k].length;

describe('the bulk mode (neo4j-admin import into an empty database)', () => {
  let bulkLoaded: unknown[];

  test('when a dataset is bulk-imported (the generated part by two worker threads) and finished, then every record is counted created, the schema is online and no marker is left', async () => {
    const parts = generatedCsvParts({ ...GEN, chunkUnits: 100 }, 2);
    const result = await bulkImport({ neo4jHome: home, database: DB, parts }, [{ dataset: cited, synthetic: false }]);
    expect(KINDS.map((k) => result.summary.counts[k].created)).toEqual(KINDS.map((k) => sizeOf(cited, k) + sizeOf(generated, k)));
    expect(existsSync(path.join(home, BULK_MARKER))).toBe(true);
    driver = await start();
    await finishBulkImport(driver, DB, home);
    expect(existsSync(path.join(home, BULK_MARKER))).toBe(false);
    expect(await isSchemaApplied(driver, DB)).toBe(true);
    bulkLoaded = await snapshot(driver);
    expect(bulkLoaded.length).toBeGreaterThan(5 * 300);
  }, 180_000);

  test('when the normal loader runs over the bulk-imported database, then every record is unchanged', async () => {
    for (const [dataset, synthetic] of [[cited, false], [generated, true]] as const) {
      const again = await writeDataset(driver!, DB, dataset, { synthetic });
      expect(KINDS.map((k) => again.counts[k])).toEqual(KINDS.map((k) => ({ created: 0, updated: 0, unchanged: sizeOf(dataset, k) })));
    }
  }, 60_000);

  test('when the same records are loaded by the normal loader instead, then the database holds exactly what the bulk import wrote', async () => {
    await resetDatabase(driver!, DB);
    await writeDataset(driver!, DB, cited);
    await writeDataset(driver!, DB, generated, { synthetic: true });
    const loaded = await snapshot(driver!);
    expect(loaded).toEqual(bulkLoaded);
    // Both paths store no sourceIds property (not an empty list) for a record citing no source (schema/model.md).
    const dept = loaded.find((r) => (r as { props: { id?: string } }).props.id === 'bulkgen-dept-001') as { props: Record<string, unknown> };
    expect(dept.props).not.toHaveProperty('sourceIds');
  }, 60_000);

  test('when a bulk import is asked for a database that exists, then it refuses, says to use the normal loader, and the data stays', async () => {
    await driver!.close();
    driver = undefined;
    await server!.stop();
    server = undefined;
    await expect(bulkImport({ neo4jHome: home, database: DB }, [{ dataset: cited, synthetic: false }]))
      .rejects.toThrow(BulkImportError);
    await expect(bulkImport({ neo4jHome: home, database: DB }, [{ dataset: cited, synthetic: false }]))
      .rejects.toThrow(/already exists .* use the normal loader \(without --bulk\)/);
    driver = await start();
    expect(await snapshot(driver)).toEqual(bulkLoaded);
    // An engine stop and a start: on a fresh checkout the stop also writes and tries the engine's class
    // archive (db/class-data-sharing.ts), and in a full parallel run the two took over 60 s.
  }, 180_000);

  test('when `npm run seed -- --bulk` is run on a new data folder, then it prints the summary, and a normal run after it finds every record unchanged', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-bulk-cli-'));
    try {
      const env = { NEO4J_URI: '', NEO4J_DATA_DIR: dir, NEO4J_BOLT_PORT: '0' };
      const bulk = await runCli([path.join(FIXTURES, 'good'), '--bulk'], env);
      expect({ code: bulk.code, stderr: bulk.stderr }).toEqual({ code: 0, stderr: expect.stringContaining('Bulk import') });
      expect(bulk.stdout).toMatch(/^units\s+4\s+0\s+0$/m);
      const again = await runCli([path.join(FIXTURES, 'good')], env);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/^units\s+0\s+0\s+4$/m);
      const refused = await runCli([path.join(FIXTURES, 'good'), '--bulk'], env);
      expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 1, stderr: expect.stringContaining('use the normal loader (without --bulk)') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  test('when `npm run seed:generate -- --bulk` is run on a new data folder, then the cited dataset and the structure are imported, and loading both again the normal way changes nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-generate-bulk-'));
    try {
      const env = { NEO4J_URI: '', NEO4J_DATA_DIR: dir, NEO4J_BOLT_PORT: '0' };
      const gen = ['--units', '300', '--seed', '4'];
      const both = await runCli([...gen, '--bulk', '--load'], env, 'generate.ts');
      expect({ code: both.code, stderr: both.stderr }).toEqual({ code: 2, stderr: 'give one of --out DIR, --load or --bulk; run with --help to see the options\n' });
      const bulk = await runCli([...gen, '--bulk'], env, 'generate.ts');
      expect({ code: bulk.code, stderr: bulk.stderr }).toEqual({ code: 0, stderr: expect.stringContaining('Bulk import') });
      const cited = (await validateDataset([path.resolve(__dirname, '..', '..', 'seed', 'data')])).dataset;
      const units = cited.units.length + generateAll({ units: 300, seed: 4 }).units.length;
      expect(bulk.stdout).toMatch(new RegExp(`^units\\s+${units}\\s+0\\s+0$`, 'm'));
      const core = await runCli([], env);
      expect(core.code).toBe(0);
      expect(core.stdout).toMatch(new RegExp(`^units\\s+0\\s+0\\s+${cited.units.length}$`, 'm'));
      const again = await runCli([...gen, '--load'], env, 'generate.ts');
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/^total\s+0\s+0\s+[1-9]\d*$/m);
      expect(again.stdout).toMatch(new RegExp(`^units\\s+0\\s+0\\s+${units - cited.units.length}$`, 'm'));
      const refused = await runCli([...gen, '--bulk'], env, 'generate.ts');
      expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 1, stderr: expect.stringContaining('use the normal loader (without --bulk)') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

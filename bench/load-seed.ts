/**
 * `npx tsx bench/load-seed.ts [--units 1000000] [--naive-units 10000] [--batch-size 5000] [--bulk]`: how fast
 * the loader loads a generated structure into the project's own Neo4j (started here on a free port
 * with a temporary data folder, schema applied, the cited dataset loaded as the core).
 *
 * Prints a markdown table (records, seconds, records/second) for (a) the first load (writeDataset,
 * or with --bulk the loader's bulk mode), (b) the same load again (nothing to change), (c) a NAIVE
 * loader, one record per transaction, over a smaller structure, for comparison (stopped after
 * --naive-seconds); and appends it to the end of bench/results/load-seed.md.
 */
import { appendFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { applySchema } from '../api/src/db/apply-schema';
import { startEmbeddedNeo4j } from '../db/neo4j';
import { loadDataset, type LoadSummary } from '../seed/loader';
import { finishBulkImport, type BulkImportResult } from '../seed/loader/bulk-import';
import { writeRowsQuery } from '../seed/loader/cypher';
import { toWriteGroups } from '../seed/loader/to-rows';
import { chunkToDataset, generateChunks, loadGenerated, type GenerateOptions } from '../seed/generator';
import { bulkImportGenerated } from '../seed/generator/bulk-generated';
import { MAX_UNITS, MIN_UNITS } from '../seed/generator/plan';

const DB = 'neo4j';
const RESULTS = path.join(__dirname, 'results', 'load-seed.md');

const USAGE = `Usage: npx tsx bench/load-seed.ts [options]
  --units N          generated units to load, ${MIN_UNITS} to ${MAX_UNITS} (default 1000000)
  --batch-size N     records per write transaction of writeDataset (default 5000)
  --naive-units N    units for the naive one-record-per-transaction loader, ${MIN_UNITS} at least (default 10000)
  --naive-seconds S  stop the naive loader after S seconds (default 120)
  --seed N           generator seed (default 1)
  --bulk             first load through the loader's bulk mode (neo4j-admin import)
  --csv-workers N    worker threads writing the bulk mode's CSV files (default 2)
  --keep-data        keep the temporary data folder
See bench/README.md.
`;

interface Row { label: string; records: number; ms: number }

async function main(): Promise<void> {
  const { values: v } = parseArgs({ options: {
    units: { type: 'string', default: '1000000' }, 'naive-units': { type: 'string', default: '10000' },
    'batch-size': { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' }, 'keep-data': { type: 'boolean', default: false },
    'naive-seconds': { type: 'string', default: '120' },
    bulk: { type: 'boolean', default: false }, 'csv-workers': { type: 'string', default: '2' },
    help: { type: 'boolean', short: 'h', default: false },
  } });
  if (v.help) { process.stdout.write(USAGE); return; }
  const units = Number(v.units);
  const naiveUnits = Number(v['naive-units']);
  const batchSize = Number(v['batch-size']);
  const seed = Number(v.seed);
  // Checked now rather than by the generator, which meets --naive-units only after the long loads.
  for (const [flag, n] of [['--units', units], ['--naive-units', naiveUnits]] as const) {
    if (!Number.isInteger(n) || n < MIN_UNITS || n > MAX_UNITS) throw new RangeError(`${flag} must be a whole number from ${MIN_UNITS} to ${MAX_UNITS} (got ${n})`);
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'command-graph-bench-'));
  const password = 'bench-password';
  const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
  const rows: Row[] = [];
  const loadBefore = os.loadavg();
  const bulkStarted = Date.now();
  const workers = Number(v['csv-workers']);
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`--csv-workers must be a whole number from 1 (got ${v['csv-workers']})`);
  const bulk = v.bulk ? await bulkLoad(dataDir, units, seed, workers, log) : undefined;
  log(`Starting Neo4j (data in ${dataDir})...`);
  const server = await startEmbeddedNeo4j({ dataDir, host: '127.0.0.1', port: 0, user: 'neo4j', password, logFile: path.join(dataDir, 'neo4j-output.log') });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
  try {
    if (bulk) {
      const t = Date.now();
      await finishBulkImport(driver, DB, dataDir, log);
      const ms = Date.now() - bulkStarted;
      log(`(a) bulk: finished (constraints, indexes online) in ${((Date.now() - t) / 1000).toFixed(1)} s; ${bulk.summary.rows} records in ${(ms / 1000).toFixed(1)} s`);
      rows.push({ label: `(a) first load, BULK mode into an empty database (bulk-import.ts: CSV ${(bulk.csvMs / 1000).toFixed(0)} s, ` +
        `neo4j-admin import ${(bulk.importMs / 1000).toFixed(0)} s, engine start + constraints/indexes ${((ms - bulk.summary.ms) / 1000).toFixed(0)} s; ` +
        `cited core included)`, records: bulk.summary.rows, ms });
    } else {
      await applySchema(driver, DB);
    }
    const root = bulk ? {} : await loadCore(driver, log);
    if (bulk) {
      const core = await loadDataset(driver, DB, [path.join(__dirname, '..', 'seed', 'data')]);
      log(`Cited core after the bulk import: ${describe(core)}`);
    }
    const gen: GenerateOptions = { units, seed, ...root };
    for (const label of bulk ? ['(b) re-run, nothing to change'] : ['(a) first load', '(b) re-run, nothing to change']) {
      log(`${label}: ${units} units, batch size ${batchSize}...`);
      const s = await loadGenerated(driver, DB, gen, { batchSize, onProgress: progress(log) });
      rows.push({ label: `${label}, writeDataset (hashes compared in the database, CREATE new / MERGE changed, 2 sessions, batches of ${batchSize})`, records: s.rows, ms: s.ms });
      log(`${label}: ${s.rows} records in ${(s.ms / 1000).toFixed(1)} s; ${describe(s)}`);
    }
    log(`(c) naive: ${naiveUnits} units, one record per transaction (at most ${v['naive-seconds']} s)...`);
    rows.push(await naiveLoad(driver, { units: naiveUnits, seed, idPrefix: 'gen-naive-', ...root, ...(root.includeRoot ? { rootId: 'gen-naive-mps' } : {}) }, Number(v['naive-seconds']) * 1000));
    const count = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes', {}, { database: DB });
    log(`Database holds ${count.records[0]?.get('nodes')} nodes.`);
  } finally {
    await driver.close();
    await server.stop();
    if (!v['keep-data']) rmSync(dataDir, { recursive: true, force: true });
  }
  const table = formatTable(rows);
  const text = `## bench/load-seed.ts: ${units} units\n\n` +
    `\`npx tsx bench/load-seed.ts${v.bulk ? ` --bulk --csv-workers ${v['csv-workers']}` : ''} --units ${units} --naive-units ${naiveUnits} --naive-seconds ${v['naive-seconds']} --batch-size ${batchSize}\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, Neo4j 5.26 embedded (-Xmx2g), ${new Date().toISOString().slice(0, 10)}. ` +
    'Records: units, posts (with their POST_OF line), persons, holdings, REPORTS_TO lines; seconds include generating them. ' +
    `Machine load average (1, 5, 15 min) at the start ${loadAverage(loadBefore)}, at the end ${loadAverage(os.loadavg())}.\n\n` + table + '\n';
  process.stdout.write(`\n${text}`);
  // Appended: the file keeps every run (its newest-first sections are curated by hand from these).
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  appendFileSync(RESULTS, `\n${text}`);
}

/**
 * (a) in bulk mode: the cited dataset and the generated structure imported together by the loader's
 * bulk mode (seed/loader/bulk-import.ts) into the empty data folder, before the engine starts. The
 * generated structure's CSV files are written by `workers` worker threads (seed/generator/
 * write-csv-parts.ts), the cited core's on the main thread.
 */
async function bulkLoad(dataDir: string, units: number, seed: number, workers: number, log: (s: string) => void): Promise<BulkImportResult> {
  log(`(a) bulk: ${units} units and the cited core through neo4j-admin database import (CSV from ${workers} worker threads)...`);
  return bulkImportGenerated({ neo4jHome: dataDir, database: DB, log, gen: { units, seed }, workers });
}

/** Loads the cited dataset (the core the structure hangs under); without it, a synthetic stand-in root. */
async function loadCore(driver: Driver, log: (s: string) => void): Promise<Pick<GenerateOptions, 'rootId' | 'includeRoot'>> {
  try {
    const s = await loadDataset(driver, DB, [path.join(__dirname, '..', 'seed', 'data')]);
    log(`Cited core loaded: ${s.rows} records.`);
    return {};
  } catch (err) {
    log(`The cited dataset did not load (${(err as Error).message.split('\n')[0]}); using a synthetic stand-in root 'gen-mps'.`);
    return { rootId: 'gen-mps', includeRoot: true };
  }
}

const loadAverage = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');

function describe(s: LoadSummary): string {
  const t = { created: 0, updated: 0, unchanged: 0 };
  for (const c of Object.values(s.counts)) { t.created += c.created; t.updated += c.updated; t.unchanged += c.unchanged; }
  return `${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`;
}

function progress(log: (s: string) => void) {
  let last = Date.now();
  return (done: number) => { if (Date.now() - last > 15_000) { last = Date.now(); log(`  ${done} records...`); } };
}

/**
 * NAIVE LOADER, for comparison only: every record in its own write transaction, with the loader's
 * own MERGE statement for a batch of one (no hash check). This is what the batched writer avoids.
 */
async function naiveLoad(driver: Driver, gen: GenerateOptions, maxMs: number): Promise<Row> {
  const started = Date.now();
  let records = 0;
  let stopped = false;
  const session = driver.session({ database: DB });
  try {
    for (const chunk of generateChunks(gen)) {
      for (const group of toWriteGroups(chunkToDataset(chunk), true)) {
        const query = writeRowsQuery(group.target);
        for (const r of group.rows) {
          if (Date.now() - started > maxMs) { stopped = true; break; }
          const row = { id: r.id, props: r.props, from: r.from ?? null, to: r.to ?? null, link: r.link ?? null };
          await session.executeWrite((tx) => tx.run(query, { rows: [row] }));
          records++;
        }
      }
    }
  } finally {
    await session.close();
  }
  const upTo = stopped ? `, stopped after ${Math.round(maxMs / 1000)} s` : '';
  return { label: `(c) NAIVE one record per transaction, ${gen.units} units${upTo} (for comparison)`, records, ms: Date.now() - started };
}

function formatTable(rows: Row[]): string {
  const lines = ['| load | records | seconds | records/second |', '|---|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.label} | ${r.records.toLocaleString('en')} | ${(r.ms / 1000).toFixed(1)} | ${Math.round(r.records / Math.max(r.ms, 1) * 1000).toLocaleString('en')} |`);
  return lines.join('\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});

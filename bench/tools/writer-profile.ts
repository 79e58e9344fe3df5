/**
 * `npx tsx bench/tools/writer-profile.ts [--units 30000] [--batch-size 5000] [--variant loader|merge|lean]`: where the loader's writer
 * (seed/loader/write-dataset.ts) spends its time. Loads a generated structure kind by kind with the
 * loader's own Cypher (cypher.ts), timing each batch, then PROFILEs one batch of each kind and
 * prints its operators and db hits; then times the variant queries of this file on a fresh set of
 * ids, so a change to the loader can be judged before it is made. An experiment, not the loader.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { applySchema } from '../../api/src/db/apply-schema';
import { startEmbeddedNeo4j } from '../../db/neo4j';
import { createRowsQuery, planRowsQuery, writeRowsQuery } from '../../seed/loader/cypher';
import { toWriteGroups, type WriteGroup } from '../../seed/loader/to-rows';
import { chunkToDataset, generateAll } from '../../seed/generator';

const DB = 'neo4j';

async function main(): Promise<void> {
  const { values: v } = parseArgs({ options: { units: { type: 'string', default: '30000' }, 'batch-size': { type: 'string', default: '5000' }, variant: { type: 'string', default: 'loader' } } });
  const units = Number(v.units);
  const batchSize = Number(v['batch-size']);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'command-graph-profile-'));
  const server = await startEmbeddedNeo4j({ dataDir, host: '127.0.0.1', port: 0, user: 'neo4j', password: 'bench-password' });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'bench-password'), { disableLosslessIntegers: true });
  try {
    await applySchema(driver, DB);
    const groups = toWriteGroups(chunkToDataset(generateAll({ units, seed: 1, idPrefix: 'gen-', rootId: 'gen-mps', includeRoot: true })), true);
    for (const g of groups) await timeGroup(driver, g, batchSize, v.variant!);
  } finally {
    await driver.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The query a variant writes a group with. `loader`: the loader's own for rows read as absent (a
 * first load: CREATE); `merge`: its statement for changed rows (MERGE), the one it used for all rows before.
 */
function queryOf(g: WriteGroup, variant: string): string {
  if (variant === 'loader') return createRowsQuery(g.target);
  const q = writeRowsQuery(g.target);
  if (variant === 'merge') return q;
  if (variant === 'lean' && 'rel' in g.target) {
    // No search for the same id between other nodes (only needed when a line's ends change, which
    // the hash check can tell): a plain MATCH of both ends and a MERGE.
    return [
      'UNWIND $rows AS row',
      `MATCH (a:${g.target.from} {id: row.from})`,
      `MATCH (b:${g.target.to} {id: row.to})`,
      `MERGE (a)-[r:${g.target.rel} {id: row.id}]->(b)`,
      'SET r += row.props',
      'RETURN count(r) AS written',
    ].join('\n');
  }
  return q;
}

async function timeGroup(driver: Driver, g: WriteGroup, batchSize: number, variant: string): Promise<void> {
  const session = driver.session({ database: DB });
  const query = queryOf(g, variant);
  let readMs = 0;
  let writeMs = 0;
  let profiled = '';
  try {
    for (let i = 0; i < g.rows.length; i += batchSize) {
      const rows = g.rows.slice(i, i + batchSize).map((r) => ({ id: r.id, props: r.props, from: r.from ?? null, to: r.to ?? null, link: r.link ?? null }));
      const profile = i === batchSize; // the second batch: warm, representative
      await session.executeWrite(async (tx) => {
        let t = Date.now();
        const keys = { ids: rows.map((r) => r.id), hashes: g.rows.slice(i, i + batchSize).map((r) => r.hash) };
        const read = await tx.run(profile ? `PROFILE ${planRowsQuery(g.target)}` : planRowsQuery(g.target), keys);
        readMs += Date.now() - t;
        if (profile) profiled += `hash comparison:\n${describePlan(read.summary.profile)}`;
        t = Date.now();
        const res = await tx.run(profile ? `PROFILE ${query}` : query, { rows });
        writeMs += Date.now() - t;
        if (profile) profiled += `write:\n${describePlan(res.summary.profile)}`;
      });
    }
  } finally {
    await session.close();
  }
  const label = 'node' in g.target ? g.target.node : g.target.rel;
  const rate = Math.round((g.rows.length / Math.max(1, readMs + writeMs)) * 1000);
  process.stdout.write(`\n### ${label} (${variant}): ${g.rows.length} rows, hash comparison ${readMs} ms, write ${writeMs} ms, ${rate} rows/s\n${profiled}`);
}

interface Plan { operatorType: string; dbHits: number; rows: number; children: Plan[]; arguments: Record<string, unknown> }

function describePlan(p: unknown, depth = 0): string {
  if (!p || typeof p !== 'object') return '';
  const plan = p as Plan;
  const details = String(plan.arguments?.['Details'] ?? '').slice(0, 90);
  let out = `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits} ${details}\n`;
  for (const c of plan.children ?? []) out += describePlan(c, depth + 1);
  return out;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});

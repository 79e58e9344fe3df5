/**
 * PROTOTYPE, for the load figures only: a writer of the loader's rows (seed/loader/to-rows.ts) that
 * does in ONE statement per batch what seed/loader/write-dataset.ts does in two (hash read, then
 * write), and leaves out the steps that make the planner add Eager operators on a first load (the
 * OPTIONAL MATCH + DELETE of a relationship whose ends changed, the FOREACH over old POST_OF lines).
 * A row whose stored hash equals its own is still left alone, so a re-run writes nothing. Not for
 * real data: it does not move a relationship whose ends changed (the loader must keep that, e.g. as
 * a second statement over the changed rows only).
 */
import type { Driver } from 'neo4j-driver';
import { toWriteGroups, type Target } from '../seed/loader/to-rows';
import type { Dataset } from '../seed/loader';
import { WRITTEN_REL_TYPES } from '../seed/loader/kinds';

const LABELS = new Set(['Source', 'Unit', 'Event', 'Person', 'Post']);
const TYPES = new Set<string>(WRITTEN_REL_TYPES);
const ok = (name: string, allowed: Set<string>) => { if (!allowed.has(name)) throw new Error(`'${name}' not allowed`); return name; };

/** The one statement that writes a batch of `target`; returns `{ written, created }`. */
export function fastQuery(target: Target): string {
  if ('rel' in target) {
    return [
      'UNWIND $rows AS row',
      `MATCH (a:${ok(target.from, LABELS)} {id: row.from})`,
      `MATCH (b:${ok(target.to, LABELS)} {id: row.to})`,
      `MERGE (a)-[r:${ok(target.rel, TYPES)} {id: row.id}]->(b)`,
      'WITH r, row, r.hash AS old WHERE old IS NULL OR old <> row.hash',
      'SET r += row.props',
      'RETURN count(*) AS written, sum(CASE WHEN old IS NULL THEN 1 ELSE 0 END) AS created',
    ].join('\n');
  }
  const lines = [
    'UNWIND $rows AS row',
    `MERGE (n:${ok(target.node, LABELS)} {id: row.id})`,
    'WITH n, row, n.hash AS old WHERE old IS NULL OR old <> row.hash',
    'SET n += row.props',
  ];
  if (target.postOf) lines.push('WITH n, row, old', 'MATCH (u:Unit {id: row.to})', 'MERGE (n)-[l:POST_OF]->(u)', 'SET l += row.link');
  lines.push('RETURN count(*) AS written, sum(CASE WHEN old IS NULL THEN 1 ELSE 0 END) AS created');
  return lines.join('\n');
}

/** Writes `dataset` with fastQuery in batches of `batchSize`; resolves with the rows handled and written. */
export async function fastWrite(driver: Driver, database: string, dataset: Dataset, batchSize: number): Promise<{ rows: number; written: number }> {
  let rows = 0;
  let written = 0;
  const session = driver.session({ database });
  try {
    for (const g of toWriteGroups(dataset, true)) {
      const query = fastQuery(g.target);
      for (let i = 0; i < g.rows.length; i += batchSize) {
        const batch = g.rows.slice(i, i + batchSize).map((r) => ({ id: r.id, hash: r.hash, props: r.props, from: r.from ?? null, to: r.to ?? null, link: r.link ?? null }));
        const res = await session.executeWrite((tx) => tx.run(query, { rows: batch }));
        written += Number(res.records[0]?.get('written') ?? 0);
        rows += batch.length;
      }
    }
  } finally {
    await session.close();
  }
  return { rows, written };
}

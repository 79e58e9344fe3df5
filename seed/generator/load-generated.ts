/**
 * Writes a generated structure to Neo4j through the loader's writeDataset, one chunk at a time, all
 * marked synthetic. Idempotent like the loader: loading the same options again changes nothing.
 */
import type { Driver } from 'neo4j-driver';
import { writeDataset, type LoadSummary, type WriteOptions } from '../loader';
import { zeroCounts } from '../loader/write-dataset';
import { generateChunks, resolveOptions, type GenerateOptions } from './generate-structure';
import { chunkToDataset } from './to-dataset';

/** Thrown when the unit the structure hangs under is not in the database. */
export class MissingRootError extends Error {}

/**
 * Generates the structure for `gen` and writes it chunk by chunk (each chunk through writeDataset,
 * with `write` options and `synthetic: true`). Unless `gen.includeRoot`, the root unit must exist.
 * Returns the summary of all chunks added up (`ms` is the whole wall time, generation included).
 * @throws MissingRootError when the root unit is missing; the driver's error when a write fails.
 */
export async function loadGenerated(driver: Driver, database: string, gen: GenerateOptions, write: WriteOptions = {}): Promise<LoadSummary> {
  const o = resolveOptions(gen);
  const started = Date.now();
  if (!o.includeRoot && !write.dryRun) {
    const res = await driver.executeQuery('MATCH (u:Unit {id: $id}) RETURN count(u) AS n', { id: o.rootId }, { database });
    if (Number(res.records[0]?.get('n') ?? 0) === 0) {
      throw new MissingRootError(`unit '${o.rootId}' is not in the database: load the cited dataset first (npm run seed), or name another root`);
    }
  }
  const total: LoadSummary = { counts: zeroCounts(), rows: 0, ms: 0, dryRun: write.dryRun ?? false, reset: write.reset ?? false };
  let first = true;
  for (const chunk of generateChunks(o)) {
    const s = await writeDataset(driver, database, chunkToDataset(chunk), { ...write, reset: first && write.reset, synthetic: true,
      onProgress: write.onProgress && ((done) => write.onProgress!(total.rows + done, total.rows + done)) });
    first = false;
    total.rows += s.rows;
    for (const k of Object.keys(s.counts) as (keyof typeof s.counts)[]) {
      total.counts[k].created += s.counts[k].created;
      total.counts[k].updated += s.counts[k].updated;
      total.counts[k].unchanged += s.counts[k].unchanged;
    }
  }
  total.ms = Date.now() - started;
  return total;
}

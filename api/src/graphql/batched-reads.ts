/**
 * Reads shared by all requests of the process (unlike the per-request DataLoaders of loaders.ts):
 * concurrent requests asking the same kind of question are answered by one transaction
 * (db/coalesce.ts). Created once by server.ts and handed to every request's context.
 */
import type { Config } from '../config';
import { Coalescer } from '../db/coalesce';
import { cypherDate, type CypherDate, type Db } from '../db/driver';
import { cypher, cypherByBasis } from '../db/queries';
import type { RawPath } from '../domain/chain-paths';
import type { Basis } from '../model/generated/schema-types';
import type { UnitModel } from '../model/models';

const findUnits = cypher<{ ids: string[] }, { unit: UnitModel }>('units/find-units-by-ids');
const findChains = cypherByBasis<{ requests: { unitId: string; types: string[]; asOf: CypherDate }[]; limit: number },
  { i: number; start: UnitModel | null; paths: RawPath[] }>('chain/find-chains-of-responsibility');

/** One chain question. */
export interface ChainRequest {
  unitId: string;
  /** Relationship types to follow upwards. */
  types: string[];
  /** YYYY-MM-DD. */
  asOf: string;
  /** Only units and lines at least this strong on asOf (ASSUMED: all that hold). */
  minBasis: Basis;
  /** Logged with the transaction (Neo4j's query log, SHOW TRANSACTIONS). */
  requestId: string;
}

/** Its answer: the start unit (null when no unit has the id) and up to `limit` paths. */
export interface ChainAnswer {
  start: UnitModel | null;
  paths: RawPath[];
}

/** One request's unit lookup: the ids its DataLoader collected (loaders.ts). */
export interface UnitsRequest {
  ids: readonly string[];
  requestId: string;
}

export interface BatchedReads {
  chain: Coalescer<ChainRequest, ChainAnswer>;
  /** Units by id; each request gets a map holding (at least) the units of its ids that exist. */
  units: Coalescer<UnitsRequest, ReadonlyMap<string, UnitModel>>;
}

/**
 * The process's batched reads over `db`; each chain answers at most `limit` paths. Units by id are
 * batched here too (behind each request's own DataLoader): `unit(id)` and every field resolving a
 * unit by id was one transaction per request.
 */
export function createBatchedReads(db: Db, config: Pick<Config, 'readBatchSize' | 'readBatchesInFlight'>, limit: number): BatchedReads {
  const options = { maxBatch: config.readBatchSize, maxInFlight: config.readBatchesInFlight };
  return {
    // One statement per minimum basis in the batch (each is a static text: cypherByBasis).
    chain: new Coalescer<ChainRequest, ChainAnswer>(async (keys) => {
      const answers: ChainAnswer[] = keys.map(() => ({ start: null, paths: [] }));
      for (const min of new Set(keys.map((k) => k.minBasis))) {
        const group = keys.flatMap((k, i) => (k.minBasis === min ? [i] : []));
        const rows = await db.withMetadata({ requestId: requestIds(group.map((i) => keys[i]!)) }).read(findChains(min), {
          requests: group.map((i) => ({ unitId: keys[i]!.unitId, types: keys[i]!.types, asOf: cypherDate(keys[i]!.asOf) })),
          limit,
        });
        for (const r of rows) answers[group[r.i]!] = { start: r.start, paths: r.paths };
      }
      return answers;
    }, options),
    // Every request of the batch shares one map of the units found (read only).
    units: new Coalescer<UnitsRequest, ReadonlyMap<string, UnitModel>>(async (keys) => {
      const ids = [...new Set(keys.flatMap((k) => k.ids))];
      const rows = await db.withMetadata({ requestId: requestIds(keys) }).read(findUnits, { ids });
      const found = new Map(rows.map((r) => [r.unit.id, r.unit]));
      return keys.map(() => found);
    }, options),
  };
}

// The ids of a batch's requests, so a slow transaction can be traced to them.
function requestIds(keys: { requestId: string }[]): string {
  const ids = [...new Set(keys.map((k) => k.requestId))].join(',');
  return ids.length > 500 ? `${ids.slice(0, 497)}...` : ids;
}

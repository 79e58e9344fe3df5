/**
 * A small generated structure loaded into the real Neo4j through the loader's writeDataset: the
 * reporting chain of a commune follows the districts before 2025-03-01 and the new provinces after
 * 2025-07-01. The file owns its data (a unique id prefix, with a synthetic stand-in ministry) and
 * removes only that.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadGenerated, type GenerateOptions } from '../../seed/generator';
import { uniquePrefix } from './harness';

const database = process.env.NEO4J_DATABASE || 'neo4j';
const prefix = `gen-${uniquePrefix('generator')}-`;
const gen: GenerateOptions = { units: 2000, seed: 3, idPrefix: prefix, rootId: `${prefix}mps`, includeRoot: true, chunkUnits: 800 };
let driver: Driver;

const CHAIN = `
WITH date($day) AS day
MATCH p = (c:Unit {id: $id})
  (()-[r:REPORTS_TO]->() WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR day < r.validTo)){1,6}
  (top:Unit)
WHERE NOT EXISTS { (top)-[t:REPORTS_TO]->() WHERE (t.validFrom IS NULL OR t.validFrom <= day) AND (t.validTo IS NULL OR day < t.validTo) }
RETURN [n IN nodes(p) | n.kind] AS kinds, [n IN nodes(p) | n.id] AS ids`;

async function chain(id: string, day: string): Promise<{ kinds: string[]; ids: string[] }[]> {
  const res = await driver.executeQuery(CHAIN, { id, day }, { database });
  return res.records.map((r) => ({ kinds: r.get('kinds') as string[], ids: r.get('ids') as string[] }));
}

beforeAll(async () => {
  driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!));
  await loadGenerated(driver, database, gen, { batchSize: 1000 });
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }, { database });
  await driver.close();
});

describe('generated structure in Neo4j', () => {
  it('when asked on 2024-06-01, then a commune reports to its district, the district to its province, the province to the ministry', async () => {
    const [path, ...more] = await chain(`${prefix}commune-0000001`, '2024-06-01');
    expect(more).toHaveLength(0);
    expect(path!.kinds).toEqual(['COMMUNE_POLICE', 'DISTRICT_POLICE', 'PROVINCIAL_POLICE', 'MINISTRY']);
    expect(path!.ids[2]).toMatch(new RegExp(`^${prefix}old-`));
    expect(path!.ids[3]).toBe(`${prefix}mps`);
  });

  it('when asked on 2025-04-01, then the district is gone and the commune reports straight to its old province', async () => {
    const [path] = await chain(`${prefix}commune-0000001`, '2025-04-01');
    expect(path!.kinds).toEqual(['COMMUNE_POLICE', 'PROVINCIAL_POLICE', 'MINISTRY']);
  });

  it('when asked on 2026-06-01, then a new commune reports to a new province, which reports to the ministry', async () => {
    const [path, ...more] = await chain(`${prefix}commune-new-0000001`, '2026-06-01');
    expect(more).toHaveLength(0);
    expect(path!.kinds).toEqual(['COMMUNE_POLICE', 'PROVINCIAL_POLICE', 'MINISTRY']);
    expect(path!.ids[1]).not.toMatch(new RegExp(`^${prefix}old-`));
    // The old commune ended on 2025-07-01: on 2026-06-01 it reports to no one.
    expect(await chain(`${prefix}commune-0000001`, '2026-06-01')).toEqual([]);
  });

  it('when counted, then 63 provincial forces hold on 2024-06-01 and 34 on 2026-06-01, and everything is marked synthetic', async () => {
    const res = await driver.executeQuery(`
      MATCH (u:Unit {kind: 'PROVINCIAL_POLICE'}) WHERE u.id STARTS WITH $prefix
      RETURN sum(CASE WHEN u.validTo IS NOT NULL AND date('2024-06-01') < u.validTo THEN 1 ELSE 0 END) AS before,
             sum(CASE WHEN u.validFrom IS NOT NULL AND u.validFrom <= date('2026-06-01') THEN 1 ELSE 0 END) AS after`, { prefix }, { database });
    expect(Number(res.records[0]!.get('before'))).toBe(63);
    expect(Number(res.records[0]!.get('after'))).toBe(34);
    const cited = await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix AND n.synthetic <> true RETURN count(n) AS n', { prefix }, { database });
    expect(Number(cited.records[0]!.get('n'))).toBe(0);
  });

  it('when loaded again, then nothing changes', async () => {
    const s = await loadGenerated(driver, database, gen, { batchSize: 1000 });
    const changed = Object.values(s.counts).reduce((n, c) => n + c.created + c.updated, 0);
    expect(changed).toBe(0);
    expect(s.counts.units.unchanged).toBe(2001);
  });
});

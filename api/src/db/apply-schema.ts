/**
 * Applies schema/constraints.cypher (constraints and indexes, all IF NOT EXISTS) and waits for the
 * indexes to come online. Safe to run at every start.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

const FILE = path.resolve(__dirname, '..', '..', '..', 'schema', 'constraints.cypher');

/** The statements of schema/constraints.cypher, comments removed. */
export function schemaStatements(text = readFileSync(FILE, 'utf8')): string[] {
  return text
    .replace(/^\s*\/\/.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Runs every schema statement, `concurrency` at a time (default 1: in file order), then waits (up to
 * `timeoutSec`) for indexes to be online. With more than one, the plain indexes are created first:
 * they populate in the background while the constraints populate and check theirs (each constraint
 * statement returns only then). Worth it over a big store (seed/loader/bulk-import.ts;
 * bench/README.md); on an empty one, file order is as fast.
 */
export async function applySchema(driver: Driver, database: string, timeoutSec = 120, concurrency = 1): Promise<void> {
  const all = schemaStatements();
  const isConstraint = (s: string) => s.startsWith('CREATE CONSTRAINT');
  const queue = concurrency > 1 ? [...all.filter((s) => !isConstraint(s)), ...all.filter(isConstraint)] : all;
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, async () => {
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) await driver.executeQuery(s, {}, { database });
  }));
  await driver.executeQuery(`CALL db.awaitIndexes(${Math.floor(timeoutSec)})`, {}, { database });
}

/**
 * True when every constraint and index of schema/constraints.cypher exists and is ONLINE (a
 * constraint's backing index has the constraint's name).
 */
export async function isSchemaApplied(driver: Driver, database: string): Promise<boolean> {
  const wanted = schemaStatements().map((s) => /^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+)/.exec(s)?.[1]).filter(Boolean);
  const res = await driver.executeQuery("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names", {}, { database });
  const online = new Set<string>(res.records[0]?.get('names') ?? []);
  return wanted.every((name) => online.has(name!));
}

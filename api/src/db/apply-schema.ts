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

/** Runs every schema statement, then waits (up to `timeoutSec`) for indexes to be online. */
export async function applySchema(driver: Driver, database: string, timeoutSec = 120): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery(`CALL db.awaitIndexes(${Math.floor(timeoutSec)})`, {}, { database });
}

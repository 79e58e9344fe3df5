/**
 * The registry of static Cypher: every `<area>/<verb-noun>.cypher` file under this folder, read once
 * when this module is first imported. A query is declared with its parameter and row types where it is
 * used: `const findUnit = cypher<{ id: string }, { unit: UnitRow }>('units/find-unit')`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A static query with its declared parameter and row types. */
export interface CypherQuery<P, R> {
  readonly name: string;
  readonly text: string;
  /** Phantom fields carrying the declared types; never set at run time. */
  readonly __params?: P;
  readonly __row?: R;
}

function readAll(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      for (const [k, v] of readAll(full, `${prefix}${entry}/`)) out.set(k, v);
    } else if (entry.endsWith('.cypher')) {
      out.set(`${prefix}${entry.slice(0, -'.cypher'.length)}`, compact(readFileSync(full, 'utf8')));
    }
  }
  return out;
}

/**
 * The text as sent: without whole-line `//` comments and indentation, since every RUN message
 * carries the text and a longer one can cost an extra socket write. Only whole comment lines and
 * leading blanks go, so string literals are untouched.
 */
export function compact(text: string): string {
  return text.split('\n').map((line) => line.trimStart()).filter((line) => line && !line.startsWith('//')).join('\n');
}

const registry = readAll(__dirname);

/**
 * The query `name` (its path under api/src/db/queries without `.cypher`), typed.
 * @throws Error at import time of the caller when the file does not exist, so a typo fails at start.
 */
export function cypher<P, R>(name: string): CypherQuery<P, R> {
  const text = registry.get(name);
  if (text === undefined) throw new Error(`No Cypher file api/src/db/queries/${name}.cypher`);
  return { name, text };
}

/**
 * A query from its text, not from the registry: for tests and tools that set up or inspect data.
 * The API's own queries are files here, so they are read once and named.
 */
export function statement<P = Record<string, unknown>, R = Record<string, unknown>>(text: string): CypherQuery<P, R> {
  return { name: 'statement', text };
}

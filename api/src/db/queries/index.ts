/**
 * The registry of static Cypher: every `<area>/<verb-noun>.cypher` file under this folder, read once
 * when this module is first imported. A query is declared with its parameter and row types where it is
 * used: `const findUnit = cypher<{ id: string }, { unit: UnitRow }>('units/find-unit')`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Basis as BasisValues, type Basis } from '../../model/generated/schema-types';

const BASES = Object.values(BasisValues);

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

function fileText(name: string): string {
  const text = registry.get(name);
  if (text === undefined) throw new Error(`No Cypher file api/src/db/queries/${name}.cypher`);
  return text;
}

/**
 * The query `name` (its path under api/src/db/queries without `.cypher`), typed. A file read at a
 * minimum basis (cypherByBasis) comes as its ASSUMED text: every fact that holds.
 * @throws Error at import time of the caller when the file does not exist, so a typo fails at start.
 */
export function cypher<P, R>(name: string): CypherQuery<P, R> {
  return { name, text: atBasis(fileText(name), 'ASSUMED') };
}

/**
 * A query from its text, not from the registry: for tests and tools that set up or inspect data.
 * The API's own queries are files here, so they are read once and named.
 */
export function statement<P = Record<string, unknown>, R = Record<string, unknown>>(text: string): CypherQuery<P, R> {
  return { name: 'statement', text };
}

// The latest day a fact's stated start allows (schema/model.md; api/src/domain/basis.ts
// statedWindow's startLatest) from what is stored; null when no stated start makes it certain.
const startLatest = (x: string) => `CASE WHEN ${x}.validFromBound IN ['NOT_BEFORE', 'UNKNOWN'] THEN null WHEN ${x}.validFromText IS NULL THEN ${x}.validFrom
WHEN size(${x}.validFromText) = 10 THEN date(${x}.validFromText)
WHEN size(${x}.validFromText) = 7 THEN date(${x}.validFromText + '-01') + duration('P1M') - duration('P1D')
ELSE date(${x}.validFromText + '-12-31') END`;
// The earliest first day no longer so its stated end allows (endEarliest); null when none does.
const endEarliest = (x: string) => `CASE WHEN ${x}.validToBound IN ['NOT_AFTER', 'UNKNOWN'] THEN null WHEN ${x}.validToText IS NULL THEN ${x}.validTo
WHEN size(${x}.validToText) = 10 THEN date(${x}.validToText)
ELSE date(left(${x}.validToText + '-01-01', 10)) + duration('P1D') END`;

/**
 * The Cypher condition "`x` (a unit, relation or holding that holds on `day`) is at least `min`
 * strong on `day`" (domain/basis.ts basisOn, atLeast), to follow `AND`; empty for ASSUMED, which
 * every fact that holds has. A null inside reads as false in a WHERE: use it only un-negated.
 */
export function basisCondition(x: string, day: string, min: Basis): string {
  if (min === 'ASSUMED') return '';
  const started = `(${day} >= ${startLatest(x)} OR ${day} >= ${x}.firstAttested)`;
  const notEnded = `(${day} < ${endEarliest(x)} OR ${day} <= ${x}.lastAttested)`;
  const stated = min === 'STATED' ? `\nAND (${day} >= ${startLatest(x)} OR ${day} < ${endEarliest(x)})` : '';
  return `AND ${started}\nAND ${notEnded}${stated}`;
}

const AT_LEAST = /\s*AND atLeast\((\w+), ([\w.$]+)\)/g;
const atBasis = (text: string, min: Basis) => text.replace(AT_LEAST, (_, x: string, day: string) => (min === 'ASSUMED' ? '' : `\n${basisCondition(x, day, min)}`));

/**
 * A query read at a minimum basis: the file marks each fact whose basis counts with
 * `AND atLeast(<variable>, <day>)`, which becomes basisCondition's text, one static text per basis
 * (nothing of a request is spliced in). At ASSUMED the marks go: the text is the plain query's.
 * @throws Error at import time of the caller when the file does not exist.
 */
export function cypherByBasis<P, R>(name: string): (min: Basis) => CypherQuery<P, R> {
  const text = fileText(name);
  const byBasis = new Map(BASES.map((b) => [b, { name: b === 'ASSUMED' ? name : `${name}@${b}`, text: atBasis(text, b) }]));
  return (min) => byBasis.get(min)!;
}

/**
 * The loader's Cypher. Labels, relationship types and property names are spliced into the text only
 * after they are checked against the allowlists of kinds.ts (property names: plain identifiers
 * named by to-rows.ts); every value travels as a parameter.
 *
 * The write statement sets each property by name rather than `SET n += map`: a map may hold `id`,
 * which MERGE reads, so the planner would add an Eager operator (materialising the whole batch)
 * between the two; named properties keep the plan streaming.
 */
import { NODE_LABELS, WRITTEN_REL_TYPES } from './kinds';
import type { Target } from './to-rows';

const LABELS: readonly string[] = Object.values(NODE_LABELS);
const TYPES: readonly string[] = WRITTEN_REL_TYPES;

function label(name: string): string {
  if (!LABELS.includes(name)) throw new Error(`'${name}' is not a label the loader writes`);
  return name;
}

function relType(name: string): string {
  if (!TYPES.includes(name)) throw new Error(`'${name}' is not a relationship type the loader writes`);
  return name;
}

/** `SET v.a = src.a, v.b = src.b` for the property names `props`. */
function setAll(v: string, props: readonly string[], src: string): string[] {
  for (const p of props) if (!/^[A-Za-z][A-Za-z0-9]*$/.test(p)) throw new Error(`'${p}' is not a property the loader sets`);
  return props.length ? [`SET ${props.map((p) => `${v}.${p} = ${src}.${p}`).join(', ')}`] : [];
}

/**
 * Compares the batch `$ids` / `$hashes` (parallel lists) with what is stored, in the database, so
 * only the rows to write come back: one row `{ fresh, changed }`, the positions in `$ids` of the ids
 * that are absent and of those stored with another hash. A re-run with nothing to change receives
 * two empty lists per batch, not a record per row.
 */
export function planRowsQuery(target: Target): string {
  const match = 'node' in target ? `(n:${label(target.node)} {id: id})` : `()-[n:${relType(target.rel)} {id: id}]->()`;
  return [
    'UNWIND range(0, size($ids) - 1) AS i',
    'WITH i, $ids[i] AS id',
    `OPTIONAL MATCH ${match}`,
    'WITH i, n WHERE n IS NULL OR n.hash IS NULL OR n.hash <> $hashes[i]',
    'RETURN collect(CASE WHEN n IS NULL THEN i END) AS fresh, collect(CASE WHEN n IS NOT NULL THEN i END) AS changed',
  ].join('\n');
}

/**
 * Writes `$rows` (see to-rows.ts) idempotently: MERGE on id, then every property. Returns
 * `{ written }`, the rows written (fewer than given means an end node was missing).
 */
export function writeRowsQuery(target: Target): string {
  if ('rel' in target) {
    return [
      'UNWIND $rows AS row',
      `MATCH (a:${label(target.from)} {id: row.from})`,
      `MATCH (b:${label(target.to)} {id: row.to})`,
      `MERGE (a)-[r:${relType(target.rel)} {id: row.id}]->(b)`,
      ...setAll('r', target.props, 'row.props'),
      'RETURN count(*) AS written',
    ].join('\n');
  }
  const lines = ['UNWIND $rows AS row', `MERGE (n:${label(target.node)} {id: row.id})`, ...setAll('n', target.props, 'row.props')];
  if (target.postOf) {
    lines.push('WITH n, row', 'MATCH (u:Unit {id: row.to})', 'MERGE (n)-[r:POST_OF]->(u)', ...setAll('r', target.link ?? [], 'row.link'));
  }
  lines.push('RETURN count(*) AS written');
  return lines.join('\n');
}

/**
 * Writes `$rows` known to be new (their ids were read as absent in the same transaction): CREATE,
 * not MERGE, so no per-row lock-and-look-up. The end nodes are MATCHed before anything is created,
 * so the plan has no Eager operator and a row whose end is missing creates nothing. Returns
 * `{ written }` like writeRowsQuery; a clash with an id created meanwhile by another writer fails on
 * the id constraint (the caller then writes the batch with writeRowsQuery).
 */
export function createRowsQuery(target: Target): string {
  if ('rel' in target) {
    return [
      'UNWIND $rows AS row',
      `MATCH (a:${label(target.from)} {id: row.from})`,
      `MATCH (b:${label(target.to)} {id: row.to})`,
      `CREATE (a)-[r:${relType(target.rel)} ${mapOf(['id', ...target.props], 'row.props')}]->(b)`,
      'RETURN count(*) AS written',
    ].join('\n');
  }
  const node = `(n:${label(target.node)} ${mapOf(['id', ...target.props], 'row.props')})`;
  // One CREATE for a post and its POST_OF line: a SET of the node before a read of row.link would
  // look to the planner like a read/set conflict and add an Eager operator.
  if (target.postOf) {
    return ['UNWIND $rows AS row', 'MATCH (u:Unit {id: row.to})', `CREATE ${node}-[r:POST_OF ${mapOf(target.link ?? [], 'row.link')}]->(u)`,
      'RETURN count(*) AS written'].join('\n');
  }
  return ['UNWIND $rows AS row', `CREATE ${node}`, 'RETURN count(*) AS written'].join('\n');
}

/** `{a: src.a, b: src.b}` for the property names `props` (a null value creates no property, as SET to null). */
function mapOf(props: readonly string[], src: string): string {
  for (const p of props) if (!/^[A-Za-z][A-Za-z0-9]*$/.test(p)) throw new Error(`'${p}' is not a property the loader sets`);
  return `{${props.map((p) => `${p}: ${src}.${p}`).join(', ')}}`;
}

/**
 * For rows that already exist: removes the relationship with the row's id when its ends are no
 * longer the row's (a line re-pointed, or a post moved to another unit), so the write MERGEs it
 * afresh. Undefined for nodes, which have no ends.
 */
export function moveRowsQuery(target: Target): string | undefined {
  if ('rel' in target) {
    return [
      'UNWIND $rows AS row',
      `MATCH (a)-[old:${relType(target.rel)} {id: row.id}]->(b) WHERE a.id <> row.from OR b.id <> row.to`,
      'DELETE old',
    ].join('\n');
  }
  if (!target.postOf) return undefined;
  return [
    'UNWIND $rows AS row',
    `MATCH (:${label(target.node)} {id: row.id})-[old:POST_OF]->(u) WHERE u.id <> row.to`,
    'DELETE old',
  ].join('\n');
}

/** Deletes every node and relationship of the database, in batches (run outside a transaction). */
export const DELETE_EVERYTHING = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

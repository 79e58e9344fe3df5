/**
 * Reads the graph (or the part of it whose ids start with a prefix) from Neo4j back into the
 * loader's records (graph-records.ts), so every export starts from the same lossless snapshot.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { plain } from '../../api/src/db/driver';
import { RELATION_TYPES } from '../loader/kinds';
import type { Citation } from '../loader/record-schemas';
import { compact, emptyRecordSet, type GraphRecords } from './graph-records';

const query = (name: string) => readFileSync(path.join(__dirname, 'queries', `${name}.cypher`), 'utf8');
const READ_NODES = query('read-nodes');
const READ_RELATIONSHIPS = query('read-relationships');
const READ_SOURCES = query('read-sources');

/** Options of readGraph. */
export interface ReadOptions {
  /** Only nodes whose id starts with this (relationships between two of them; the sources they cite). */
  idPrefix?: string;
}

/** The snapshot, and the stored properties no format carries (reported, so nothing is lost silently). */
export interface ReadResult extends GraphRecords {
  /** `Unit 'x'.foo` for every property the loader's model does not know. */
  unmapped: string[];
}

// What the loader derives or stamps on every row; not part of a record (the stated texts are read
// back into validFrom / validTo below).
const DERIVED = ['id', 'hash', 'citations', 'sourceIds', 'synthetic', 'searchText', 'firstAttested', 'lastAttested', 'validFromText', 'validToText'];
// No format carries a date's bound or a claim's status and rank yet (issue 16): reported when they
// say more than the default, so an export never drops them silently.
const DEFAULTS: Record<string, unknown> = { status: 'ACCEPTED', claimRank: 'NORMAL' };
const FIELDS: Record<string, string[]> = {
  Unit: ['name', 'nameVi', 'abbreviation', 'kind', 'jurisdiction', 'validFrom', 'validTo'],
  Post: ['title', 'titleVi', 'leads', 'collective'],
  Person: ['name', 'nameVi', 'rank'],
  Event: ['name', 'nameVi', 'kind', 'startDate', 'endDate'],
  Source: ['file', 'title', 'date', 'dateNote', 'publisher', 'url'],
  HOLDS: ['rank', 'validFrom', 'validTo', 'note'],
  RELATION: ['validFrom', 'validTo', 'note'],
};

type Props = Record<string, unknown>;

function pick(props: Props, fields: string[]): Props {
  const picked = compact(Object.fromEntries(fields.map((f) => [f, props[f]])));
  // An imprecise or bounded date is stored as the days it allows plus the date as written.
  if (typeof props.validFromText === 'string') picked.validFrom = props.validFromText;
  if (typeof props.validToText === 'string') picked.validTo = props.validToText;
  return picked;
}

function citationsOf(props: Props): Citation[] {
  return typeof props.citations === 'string' ? (JSON.parse(props.citations) as Citation[]) : [];
}

/**
 * Reads every Unit, Post, Person, Event, Source, HOLDS and unit relationship in scope, in id order.
 * Throws the driver's error when the database fails.
 */
export async function readGraph(driver: Driver, database: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const prefix = opts.idPrefix ?? '';
  const records = emptyRecordSet();
  const synthetic = new Set<string>();
  const unmapped: string[] = [];
  const take = (what: string, props: Props, fields: string[]): Props => {
    for (const k of Object.keys(props)) {
      if (!fields.includes(k) && !DERIVED.includes(k) && DEFAULTS[k] !== props[k]) unmapped.push(`${what} '${String(props.id)}'.${k}`);
    }
    if (props.synthetic === true) synthetic.add(String(props.id));
    return { id: props.id, ...pick(props, fields), citations: citationsOf(props) };
  };
  const run = async (text: string, params: Props) =>
    (await driver.executeQuery(text, params, { database })).records.map((r) => plain(r.toObject()) as Props);

  for (const row of await run(READ_NODES, { prefix })) {
    const props = row.props as Props;
    const label = (row.labels as string[]).find((l) => l in FIELDS) ?? '';
    const rec = take(label, props, FIELDS[label] ?? []);
    if (label === 'Unit') records.units.push(rec as never);
    else if (label === 'Event') records.events.push(rec as never);
    else if (label === 'Person') records.persons.push(rec as never);
    else if (label === 'Post') records.posts.push({ ...rec, unit: row.unit } as never);
  }
  for (const row of await run(READ_RELATIONSHIPS, { prefix, types: ['HOLDS', ...RELATION_TYPES] })) {
    const props = row.props as Props;
    if (row.type === 'HOLDS') {
      records.holdings.push({ ...take('HOLDS', props, FIELDS.HOLDS!), person: row.from, post: row.to } as never);
    } else {
      const rec = take(String(row.type), props, FIELDS.RELATION!);
      records.relations.push({ id: rec.id, type: row.type, from: row.from, to: row.to, ...rec } as never);
    }
  }
  const cited = new Set<string>();
  for (const list of [records.units, records.events, records.persons, records.posts, records.holdings, records.relations]) {
    for (const r of list) for (const c of r.citations) if (c.source) cited.add(c.source);
  }
  for (const row of await run(READ_SOURCES, { prefix, referenced: [...cited] })) {
    const props = row.props as Props;
    const { citations: _none, ...source } = take('Source', props, FIELDS.Source!);
    records.sources.push(source as never);
  }
  return { records, synthetic, unmapped };
}

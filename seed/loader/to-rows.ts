/**
 * Turns validated records into the rows written to Neo4j: properties as schema/model.md stores them
 * (dates as DATE, citations as one JSON string, sourceIds, synthetic, a Unit's searchText) and a
 * content hash, so a record that has not changed is recognised and not rewritten.
 */
import { createHash } from 'node:crypto';
import { Date as Neo4jDate } from 'neo4j-driver';
import { unitSearchText } from '../../api/src/domain/fold-diacritics';
import type { Dataset } from './dataset';
import { NODE_LABELS, RELATION_TYPES, type Kind, type WrittenRelType } from './kinds';
import type { Citation } from './record-schemas';

type Label = (typeof NODE_LABELS)[keyof typeof NODE_LABELS];

/**
 * What a group of rows is written as: nodes of a label, or relationships of a type. `props` names
 * the properties every row sets (besides `id`); a post's `link` names those of its POST_OF line.
 */
export type Target = NodeTarget | RelTarget;
type NodeTarget = { node: Label; props: readonly string[]; postOf?: boolean; link?: readonly string[] };
type RelTarget = { rel: WrittenRelType; from: Label; to: Label; props: readonly string[] };
// A group before its property names are known; its rows are made on demand (see RowSource).
type Unnamed = { kind: Kind; target: Omit<NodeTarget, 'props' | 'link'> | Omit<RelTarget, 'props'>; source: RowSource };

/** One node or relationship to write. */
export interface Row {
  id: string;
  /** Hash of everything written for this row; equal hashes mean nothing to write. */
  hash: string;
  props: Record<string, unknown>;
  /** Relationships: the ids of the end nodes. Posts: `to` is the unit (POST_OF). */
  from?: string;
  to?: string;
  /** Posts: the properties of their POST_OF relationship. */
  link?: Record<string, unknown>;
}

/** Rows of one kind written the same way. */
export interface WriteGroup {
  kind: Kind;
  target: Target;
  rows: Row[];
}

/**
 * A write group whose rows are made on demand, a slice at a time: the writer turns one batch into
 * rows while the database writes the one before (hashing a million records takes a core for a while).
 */
export interface LazyWriteGroup {
  kind: Kind;
  target: Target;
  /** How many rows the group has. */
  size: number;
  /** Rows `start` (inclusive) to `end` (exclusive), in the order toWriteGroups gives them. */
  rowsAt(start: number, end: number): Row[];
}

interface RowSource {
  size: number;
  rowsAt(start: number, end: number): Row[];
}

function source<T>(records: { value: T }[], toRow: (value: T) => Row): RowSource {
  return { size: records.length, rowsAt: (start, end) => records.slice(start, end).map((r) => toRow(r.value)) };
}

// Bump when the mapping below changes, so every record is rewritten once under the new mapping.
const MAPPING_VERSION = 1;

function toDate(s: string | null | undefined): Neo4jDate<number> | null {
  if (!s) return null;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Neo4jDate(y, m, d);
}

function cited(citations: Citation[], synthetic: boolean): Record<string, unknown> {
  const json = citations.map((c) => (c.note !== undefined ? { note: c.note } : { source: c.source, quote: c.quote }));
  const sourceIds = [...new Set(citations.flatMap((c) => (c.source ? [c.source] : [])))];
  return { citations: JSON.stringify(json), sourceIds, synthetic };
}

/** A row from plain properties: `dates` are the names of the date properties. */
function row(id: string, plain: Record<string, unknown>, dates: string[], extra: Partial<Row> = {}): Row {
  const hash = createHash('sha256')
    .update(JSON.stringify([MAPPING_VERSION, plain, extra.from ?? null, extra.to ?? null, extra.link ?? null]))
    .digest('hex')
    .slice(0, 32);
  const props: Record<string, unknown> = { ...plain, id, hash };
  for (const k of dates) props[k] = toDate(plain[k] as string | null | undefined);
  return { id, hash, props, ...extra };
}

const n = <T>(v: T | undefined): T | null => v ?? null;

/** The property names rows of a group set: those of its first row (all are built alike), but `id`. */
function named({ kind, target, source: src }: Unnamed): LazyWriteGroup {
  const [first] = src.rowsAt(0, 1);
  const props = Object.keys(first?.props ?? {}).filter((k) => k !== 'id');
  const base = { kind, size: src.size, rowsAt: src.rowsAt };
  if ('rel' in target) return { ...base, target: { ...target, props } };
  const link = first?.link;
  return { ...base, target: { ...target, props, ...(link ? { link: Object.keys(link) } : {}) } };
}

/**
 * The write groups of a dataset, in write order (nodes before the relationships that join them).
 * `synthetic` marks every node and relationship as generated data.
 */
export function toWriteGroups(d: Dataset, synthetic = false): WriteGroup[] {
  return toLazyWriteGroups(d, synthetic).map(({ kind, target, size, rowsAt }) => ({ kind, target, rows: rowsAt(0, size) }));
}

/** toWriteGroups, with each group's rows made on demand (LazyWriteGroup). */
export function toLazyWriteGroups(d: Dataset, synthetic = false): LazyWriteGroup[] {
  const groups: Unnamed[] = [
    { kind: 'sources', target: { node: 'Source' }, source: source(d.sources, (s) =>
      row(s.id, { file: s.file, title: s.title, date: s.date, dateNote: n(s.dateNote), publisher: n(s.publisher), url: n(s.url) }, ['date'])) },
    { kind: 'units', target: { node: 'Unit' }, source: source(d.units, (u) =>
      row(u.id, { name: u.name, nameVi: n(u.nameVi), abbreviation: n(u.abbreviation), kind: u.kind, jurisdiction: n(u.jurisdiction),
        validFrom: n(u.validFrom), validTo: n(u.validTo), searchText: unitSearchText(u), ...cited(u.citations, synthetic) }, ['validFrom', 'validTo'])) },
    { kind: 'events', target: { node: 'Event' }, source: source(d.events, (e) =>
      row(e.id, { name: e.name, nameVi: n(e.nameVi), kind: e.kind, startDate: n(e.startDate), endDate: n(e.endDate), ...cited(e.citations, synthetic) }, ['startDate', 'endDate'])) },
    { kind: 'persons', target: { node: 'Person' }, source: source(d.persons, (p) =>
      row(p.id, { name: p.name, nameVi: n(p.nameVi), rank: n(p.rank), ...cited(p.citations, synthetic) }, [])) },
    { kind: 'posts', target: { node: 'Post', postOf: true }, source: source(d.posts, (p) =>
      row(p.id, { title: p.title, titleVi: n(p.titleVi), leads: p.leads ?? false, collective: p.collective ?? false, ...cited(p.citations, synthetic) }, [],
        { to: p.unit, link: { id: `post-of:${p.id}`, ...cited(p.citations, synthetic) } })) },
    { kind: 'holdings', target: { rel: 'HOLDS', from: 'Person', to: 'Post' }, source: source(d.holdings, (h) =>
      row(h.id, { rank: n(h.rank), validFrom: n(h.validFrom), validTo: n(h.validTo), note: n(h.note), ...cited(h.citations, synthetic) }, ['validFrom', 'validTo'],
        { from: h.person, to: h.post })) },
  ];
  for (const type of RELATION_TYPES) {
    const rels = d.relations.filter((r) => r.value.type === type);
    if (!rels.length) continue;
    groups.push({ kind: 'relations', target: { rel: type, from: 'Unit', to: type === 'SET_UP_FOR' ? 'Event' : 'Unit' }, source: source(rels, (r) =>
      row(r.id, { validFrom: n(r.validFrom), validTo: n(r.validTo), note: n(r.note), ...cited(r.citations, synthetic) }, ['validFrom', 'validTo'],
        { from: r.from, to: r.to })) });
  }
  return groups.map(named);
}

/**
 * Turns validated records into the rows written to Neo4j: properties as schema/model.md stores them
 * (dates as DATE, citations as one JSON string, sourceIds, synthetic, a Unit's searchText) and a
 * content hash, so a record that has not changed is recognised and not rewritten.
 *
 * The hash is taken of the record's fields (with the kind, the `synthetic` flag and MAPPING_VERSION),
 * not of the properties made from them: the properties follow from those alone, and a re-run then
 * decides that nothing changed without making any property (bench/README.md, "Seed load": making
 * them was most of the client's time).
 */
import { createHash, hash as oneShotHash } from 'node:crypto';
import type { AttestationBounds } from '../../api/src/domain/basis';
import { unitSearchText } from '../../api/src/domain/fold-diacritics';
import type { Dataset } from './dataset';
import { NODE_LABELS, RELATION_TYPES, type Kind, type WrittenRelType } from './kinds';
import type { Citation } from './record-schemas';
import { attestedOf, claimOf, statedFields, statedProps, toDate, type SourceDates } from './stated-props';

type Label = (typeof NODE_LABELS)[keyof typeof NODE_LABELS];

/**
 * What a group of rows is written as: nodes of a label, or relationships of a type. `props` names
 * the properties every row sets (besides `id`); a post's `link` names those of its POST_OF line.
 */
export type Target = NodeTarget | RelTarget;
type NodeTarget = { node: Label; props: readonly string[]; postOf?: boolean; link?: readonly string[] };
type RelTarget = { rel: WrittenRelType; from: Label; to: Label; props: readonly string[] };

/** One node or relationship to write. */
export interface Row {
  id: string;
  /** Hash of the record this row is made from; equal hashes mean nothing to write. */
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
 * A write group whose rows are made on demand: the writer first asks the database which of a
 * batch's ids are absent or hold another hash (`keysAt`), then makes only those rows (`rowAt`).
 */
export interface LazyWriteGroup {
  kind: Kind;
  target: Target;
  /** How many rows the group has. */
  size: number;
  /** The ids and hashes of rows `start` (inclusive) to `end` (exclusive), without making the rows. */
  keysAt(start: number, end: number): { ids: string[]; hashes: string[] };
  /** Row `index`; `hash`, when given, is its hash from keysAt (saves hashing it again). */
  rowAt(index: number, hash?: string): Row;
  /** Rows `start` (inclusive) to `end` (exclusive), in the order toWriteGroups gives them. */
  rowsAt(start: number, end: number): Row[];
}

// Bump when the mapping below changes, so every record is rewritten once under the new mapping.
// 2: the hash is taken of the record's fields, not of the properties made from them.
// 3: a record citing no source has no `sourceIds` property instead of an empty list (schema/model.md).
// 4: the fields are hashed as length-prefixed text, not as JSON (half the hash's time in a bulk load).
// 5: imprecise and bounded dates, attestations, claim status and rank (schema/model.md, "Dates, ...").
const MAPPING_VERSION = 5;

// crypto.hash (Node 20.12+) hashes a string without making a Hash object per call.
const sha256 = typeof oneShotHash === 'function'
  ? (s: string) => oneShotHash('sha256', s, 'hex')
  : (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The hash of one record of `kind` (32 hex digits) from its `fields` (kind-specific, in a fixed order,
 * absent as null; strings, booleans or null): equal for records that are written alike, however
 * their files spell them. The text hashed is unambiguous without JSON: every string is prefixed by
 * its length and a colon, null is `~`, a boolean is `true` or `false`.
 */
export function recordHash(kind: Kind, fields: readonly (string | boolean | null)[], synthetic: boolean): string {
  let text = `${MAPPING_VERSION}|${kind}|${synthetic}`;
  for (const f of fields) text += typeof f === 'string' ? `|${f.length}:${f}` : f === null ? '|~' : `|${f}`;
  return sha256(text).slice(0, 32);
}


/** A record's citations as stored: one JSON text, and the cited sources' ids (null, no property, when none: schema/model.md). */
export interface Cited { citations: string; sourceIds: string[] | null }
const citedCache = new WeakMap<Citation[], Cited>();
/** The stored citations of a list, made once per list (generated records share one). */
export function citedOf(citations: Citation[]): Cited {
  let c = citedCache.get(citations);
  if (!c) {
    const json = citations.map((x) => {
      const asOf = x.asOf === undefined ? {} : { asOf: x.asOf };
      return x.note !== undefined ? { note: x.note, ...(x.publicKnowledge ? { publicKnowledge: true } : {}), ...asOf } : { source: x.source, quote: x.quote, ...asOf };
    });
    const sourceIds = [...new Set(citations.flatMap((x) => (x.source ? [x.source] : [])))];
    c = { citations: JSON.stringify(json), sourceIds: sourceIds.length ? sourceIds : null };
    citedCache.set(citations, c);
  }
  return c;
}

const n = <T>(v: T | undefined): T | null => v ?? null;


// Generated units repeat their names (a commune's names come from short lists, as the same strings):
// fold each once, looked up by name, then Vietnamese name, then abbreviation (no key text per unit).
const searchTexts = new Map<string, Map<string, Map<string, string>>>();
let searchTextCount = 0;
/** A unit's `searchText` property (unitSearchText), folded once per distinct set of names. */
export function searchTextOf(u: { name: string; nameVi?: string | null; abbreviation?: string | null }): string {
  const vi = u.nameVi ?? '';
  const abbreviation = u.abbreviation ?? '';
  let byVi = searchTexts.get(u.name);
  if (!byVi) searchTexts.set(u.name, (byVi = new Map()));
  let byAbbreviation = byVi.get(vi);
  if (!byAbbreviation) byVi.set(vi, (byAbbreviation = new Map()));
  let t = byAbbreviation.get(abbreviation);
  if (t === undefined) {
    t = unitSearchText(u);
    if (++searchTextCount > 100_000) { searchTexts.clear(); searchTextCount = 0; }
    byAbbreviation.set(abbreviation, t);
  }
  return t;
}

// Sources cite nothing: an empty list stands in for group()'s citations.
const NO_CITATIONS: Citation[] = [];
const uncited = <T>(r: { value: T }) => ({ value: { ...r.value, citations: NO_CITATIONS } });

/** How each kind becomes a row: `props` are the stored properties but id and hash. */
type Maker<T> = (v: T, synthetic: boolean, a: AttestationBounds) => { props: Record<string, unknown>; from?: string; to?: string; link?: Record<string, unknown> };

function group<T extends { id: string; citations: Citation[] }>(kind: Kind, target: Omit<NodeTarget, 'props' | 'link'> | Omit<RelTarget, 'props'>,
  records: { value: T }[], synthetic: boolean, dates: SourceDates, fields: (v: T, a: AttestationBounds) => (string | boolean | null)[], make: Maker<T>): LazyWriteGroup {
  const hashOf = (v: T) => recordHash(kind, [v.id, ...fields(v, attestedOf(v.citations, dates)), citedOf(v.citations).citations], synthetic);
  const rowAt = (i: number, hash?: string): Row => {
    const v = records[i]!.value;
    const h = hash ?? hashOf(v);
    const r = make(v, synthetic, attestedOf(v.citations, dates));
    // The maker's own objects are the row (no copies: this runs for every record of a bulk load).
    const props = r.props;
    props.id = v.id;
    props.hash = h;
    const row: Row = { id: v.id, hash: h, props };
    if (r.from !== undefined) row.from = r.from;
    if (r.to !== undefined) row.to = r.to;
    if (r.link) row.link = r.link;
    return row;
  };
  // Property names come from the first row: every row of a kind sets the same ones.
  const first = records.length ? rowAt(0) : undefined;
  const props = first ? ['hash', ...Object.keys(first.props).filter((k) => k !== 'id' && k !== 'hash')] : [];
  const named: Target = 'rel' in target ? { ...target, props } : { ...target, props, ...(first?.link ? { link: Object.keys(first.link) } : {}) };
  return {
    kind, target: named, size: records.length, rowAt,
    keysAt(start, end) {
      const slice = records.slice(start, end);
      return { ids: slice.map((r) => r.value.id), hashes: slice.map((r) => hashOf(r.value)) };
    },
    rowsAt(start, end) {
      const rows: Row[] = [];
      for (let i = start; i < Math.min(end, records.length); i++) rows.push(rowAt(i));
      return rows;
    },
  };
}

/**
 * The write groups of a dataset, in write order (nodes before the relationships that join them).
 * `synthetic` marks every node and relationship as generated data; `outsideSources` as for
 * toLazyWriteGroups.
 */
export function toWriteGroups(d: Dataset, synthetic = false, outsideSources?: SourceDates): WriteGroup[] {
  return toLazyWriteGroups(d, synthetic, outsideSources).map(({ kind, target, size, rowsAt }) => ({ kind, target, rows: rowsAt(0, size) }));
}

/**
 * toWriteGroups, with each group's rows made on demand (LazyWriteGroup). `outsideSources` gives the
 * dates of cited sources that are not in `d` (a dataset written in parts), for the attestations.
 */
export function toLazyWriteGroups(d: Dataset, synthetic = false, outsideSources?: SourceDates): LazyWriteGroup[] {
  const dates: SourceDates = new Map([...(outsideSources ?? []), ...d.sources.map((s) => [s.value.id, s.value.date] as const)]);
  const groups: LazyWriteGroup[] = [
    group('sources', { node: 'Source' }, d.sources.map(uncited), synthetic, dates, (s) => [s.file, s.title, s.date, n(s.dateNote), n(s.publisher), n(s.url)], (s) =>
      ({ props: { file: s.file, title: s.title, date: toDate(s.date), dateNote: n(s.dateNote), publisher: n(s.publisher), url: n(s.url) } })),
    group('units', { node: 'Unit' }, d.units, synthetic, dates,
      (u, a) => [u.name, n(u.nameVi), n(u.abbreviation), u.kind, n(u.jurisdiction), ...statedFields(u, a)], (u, syn, a) => {
      const c = citedOf(u.citations);
      return { props: { name: u.name, nameVi: n(u.nameVi), abbreviation: n(u.abbreviation), kind: u.kind, jurisdiction: n(u.jurisdiction),
        ...statedProps(u, a), searchText: searchTextOf(u), citations: c.citations, sourceIds: c.sourceIds, synthetic: syn } };
    }),
    group('events', { node: 'Event' }, d.events, synthetic, dates, (e) => [e.name, n(e.nameVi), e.kind, n(e.startDate), n(e.endDate)], (e, syn) => {
      const c = citedOf(e.citations);
      return { props: { name: e.name, nameVi: n(e.nameVi), kind: e.kind, startDate: toDate(e.startDate), endDate: toDate(e.endDate),
        citations: c.citations, sourceIds: c.sourceIds, synthetic: syn } };
    }),
    group('persons', { node: 'Person' }, d.persons, synthetic, dates, (p) => [p.name, n(p.nameVi), n(p.rank)], (p, syn) => {
      const c = citedOf(p.citations);
      return { props: { name: p.name, nameVi: n(p.nameVi), rank: n(p.rank), citations: c.citations, sourceIds: c.sourceIds, synthetic: syn } };
    }),
    group('posts', { node: 'Post', postOf: true }, d.posts, synthetic, dates,
      (p) => [p.title, n(p.titleVi), p.leads ?? false, p.collective ?? false, p.unit], (p, syn) => {
      const c = citedOf(p.citations);
      return { props: { title: p.title, titleVi: n(p.titleVi), leads: p.leads ?? false, collective: p.collective ?? false,
        citations: c.citations, sourceIds: c.sourceIds, synthetic: syn },
      to: p.unit, link: { id: `post-of:${p.id}`, citations: c.citations, sourceIds: c.sourceIds, synthetic: syn } };
    }),
    group('holdings', { rel: 'HOLDS', from: 'Person', to: 'Post' }, d.holdings, synthetic, dates,
      (h, a) => [n(h.rank), ...statedFields(h, a), ...Object.values(claimOf(h)), n(h.note), h.person, h.post], (h, syn, a) => {
      const c = citedOf(h.citations);
      return { props: { rank: n(h.rank), ...statedProps(h, a), ...claimOf(h), note: n(h.note),
        citations: c.citations, sourceIds: c.sourceIds, synthetic: syn }, from: h.person, to: h.post };
    }),
  ];
  for (const type of RELATION_TYPES) {
    const rels = d.relations.filter((r) => r.value.type === type);
    if (!rels.length) continue;
    groups.push(group('relations', { rel: type, from: 'Unit', to: type === 'SET_UP_FOR' ? 'Event' : 'Unit' }, rels, synthetic, dates,
      (r, a) => [...statedFields(r, a), ...Object.values(claimOf(r)), n(r.note), r.from, r.to], (r, syn, a) => {
      const c = citedOf(r.citations);
      return { props: { ...statedProps(r, a), ...claimOf(r), note: n(r.note),
        citations: c.citations, sourceIds: c.sourceIds, synthetic: syn }, from: r.from, to: r.to };
    }));
  }
  return groups;
}

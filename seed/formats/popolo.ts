/**
 * Popolo JSON (https://www.popoloproject.com/specs/): organizations, posts, persons, memberships and
 * events, each with Popolo `sources`. What Popolo has no field for travels losslessly beside it:
 *
 * - a unit is an organization (`classification` = kind, `founding_date` / `dissolution_date` = its
 *   dates, `parent_id` = its current REPORTS_TO parent); its other fields go in `extras`;
 * - every relation, REPORTS_TO included with its dates, is in the top-level `relations` array
 *   (Popolo's single `parent_id` cannot say that a unit changed parents), which is what import reads;
 * - a holding is a membership (`person_id`, `post_id`, `organization_id`, `start_date`, `end_date`);
 * - a citation is a Popolo source: `{ url, note }` for any Popolo reader, plus `source_id` and
 *   `quote` (ours, read back on import); a maintainer's note is `{ note }` alone;
 * - the articles themselves are in the top-level `source_documents` array.
 *
 * toPopolo is one object literal per Popolo array, longer than ~40 lines so the mapping reads as a table.
 */
import type { Kind } from '../loader';
import type { Citation } from '../loader/record-schemas';
import { compact, type GraphRecords, type ImportItem } from './graph-records';

/** A Popolo source: a citation. `source_id` and `quote` are ours. */
export interface PopoloSource {
  url?: string;
  note?: string;
  source_id?: string;
  quote?: string;
  /** The day the citation shows its record on, when not its source's date (seed/README.md). */
  as_of?: string;
  /** A note that records public knowledge. */
  public_knowledge?: true;
}

/** The document written by toPopolo. Objects carry Popolo fields plus `extras`. */
export interface PopoloDocument {
  meta: { format: 'popolo'; generator: string; idPrefix: string | null };
  source_documents: Record<string, unknown>[];
  organizations: Record<string, unknown>[];
  posts: Record<string, unknown>[];
  persons: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  events: Record<string, unknown>[];
  relations: Record<string, unknown>[];
}

/** The URL a citation points at: the article's own, or a URN naming the source id. */
function sourceUrl(id: string, urls: Map<string, string>): string {
  return urls.get(id) ?? `urn:command-graph:source:${id}`;
}

function toSources(citations: Citation[], urls: Map<string, string>, titles: Map<string, string>): PopoloSource[] {
  return citations.map((c) => {
    const asOf = c.asOf === undefined ? {} : { as_of: c.asOf };
    return c.note !== undefined
      ? { note: c.note, ...(c.publicKnowledge ? { public_knowledge: true as const } : {}), ...asOf }
      : { url: sourceUrl(c.source!, urls), note: `"${c.quote}" (${titles.get(c.source!) ?? c.source})`, source_id: c.source, quote: c.quote, ...asOf };
  });
}

/** The REPORTS_TO parent of each unit today: the line with no end (the latest start when several). */
function currentParents(g: GraphRecords): Map<string, string> {
  const best = new Map<string, { to: string; from: string }>();
  for (const r of g.records.relations) {
    if (r.type !== 'REPORTS_TO' || r.validTo) continue;
    const seen = best.get(r.from);
    if (!seen || (r.validFrom ?? '') > seen.from) best.set(r.from, { to: r.to, from: r.validFrom ?? '' });
  }
  return new Map([...best].map(([k, v]) => [k, v.to]));
}

/** Converts the records to a Popolo document (pure; `idPrefix` is only noted in `meta`). */
export function toPopolo(g: GraphRecords, idPrefix?: string): PopoloDocument {
  const { records: r } = g;
  const urls = new Map(r.sources.flatMap((s) => (s.url ? [[s.id, s.url] as const] : [])));
  const titles = new Map(r.sources.map((s) => [s.id, s.title]));
  const sources = (c: Citation[]) => toSources(c, urls, titles);
  const extras = (id: string, fields: Record<string, unknown>) => compact({ ...fields, synthetic: g.synthetic.has(id) || undefined });
  const parents = currentParents(g);
  const unitOfPost = new Map(r.posts.map((p) => [p.id, p.unit]));
  return {
    meta: { format: 'popolo', generator: 'command-graph seed/formats', idPrefix: idPrefix ?? null },
    source_documents: r.sources.map((s) => ({ ...s })),
    organizations: r.units.map((u) => compact({
      id: u.id, name: u.name, classification: u.kind, parent_id: parents.get(u.id),
      other_names: [
        ...(u.nameVi ? [{ name: u.nameVi, note: 'Vietnamese name' }] : []),
        ...(u.abbreviation ? [{ name: u.abbreviation, note: 'abbreviation' }] : []),
      ],
      area: u.jurisdiction ? { name: u.jurisdiction } : undefined,
      founding_date: u.validFrom, dissolution_date: u.validTo, sources: sources(u.citations),
      extras: extras(u.id, { nameVi: u.nameVi, abbreviation: u.abbreviation, jurisdiction: u.jurisdiction }),
    })),
    posts: r.posts.map((p) => compact({
      id: p.id, label: p.title, other_label: p.titleVi ? [p.titleVi] : undefined, role: p.title, organization_id: p.unit,
      sources: sources(p.citations), extras: extras(p.id, { titleVi: p.titleVi, leads: p.leads, collective: p.collective }),
    })),
    persons: r.persons.map((p) => compact({
      id: p.id, name: p.name, other_names: p.nameVi ? [{ name: p.nameVi, note: 'Vietnamese name' }] : undefined,
      sources: sources(p.citations), extras: extras(p.id, { nameVi: p.nameVi, rank: p.rank }),
    })),
    memberships: r.holdings.map((h) => compact({
      id: h.id, person_id: h.person, post_id: h.post, organization_id: unitOfPost.get(h.post),
      start_date: h.validFrom, end_date: h.validTo, sources: sources(h.citations),
      extras: extras(h.id, { rank: h.rank, note: h.note }),
    })),
    events: r.events.map((e) => compact({
      id: e.id, name: e.name, classification: e.kind, start_date: e.startDate, end_date: e.endDate,
      sources: sources(e.citations), extras: extras(e.id, { nameVi: e.nameVi }),
    })),
    relations: r.relations.map((x) => compact({
      id: x.id, type: x.type, from_id: x.from, to_id: x.to, start_date: x.validFrom, end_date: x.validTo,
      sources: sources(x.citations), extras: extras(x.id, { note: x.note }),
    })),
  };
}

/** Thrown when a file is not a Popolo document this tool can read; the message says what is wrong. */
export class PopoloFormatError extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fromSources(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return v.map((s: unknown) => {
    if (!isObj(s)) return s;
    const asOf = s.as_of === undefined ? {} : { asOf: s.as_of };
    if (s.source_id !== undefined || s.quote !== undefined) return { source: s.source_id, quote: s.quote, ...asOf };
    return { note: s.note, ...(s.public_knowledge === undefined ? {} : { publicKnowledge: s.public_knowledge }), ...asOf };
  });
}

function extrasOf(o: Obj): Obj {
  return isObj(o.extras) ? o.extras : {};
}

/**
 * How each Popolo array maps back to a loader kind. Fields the loader does not know are passed on as
 * they are, so its schema check reports them ("unknown field ...") instead of dropping them.
 */
const READERS: { key: keyof PopoloDocument; kind: Kind; read: (o: Obj) => Obj }[] = [
  { key: 'source_documents', kind: 'sources', read: (o) => o },
  { key: 'organizations', kind: 'units', read: ({ id, name, classification, founding_date, dissolution_date, sources, extras, parent_id: _p, other_names: _n, area: _a, ...rest }) =>
    ({ id, name, kind: classification, validFrom: founding_date, validTo: dissolution_date, citations: fromSources(sources), ...stripSynthetic(extras), ...rest }) },
  { key: 'events', kind: 'events', read: ({ id, name, classification, start_date, end_date, sources, extras, ...rest }) =>
    ({ id, name, kind: classification, startDate: start_date, endDate: end_date, citations: fromSources(sources), ...stripSynthetic(extras), ...rest }) },
  { key: 'persons', kind: 'persons', read: ({ id, name, sources, extras, other_names: _n, ...rest }) =>
    ({ id, name, citations: fromSources(sources), ...stripSynthetic(extras), ...rest }) },
  { key: 'posts', kind: 'posts', read: ({ id, label, organization_id, sources, extras, role: _r, other_label: _o, ...rest }) =>
    ({ id, title: label, unit: organization_id, citations: fromSources(sources), ...stripSynthetic(extras), ...rest }) },
  { key: 'memberships', kind: 'holdings', read: ({ id, person_id, post_id, start_date, end_date, sources, extras, organization_id: _o, ...rest }) =>
    ({ id, person: person_id, post: post_id, validFrom: start_date, validTo: end_date, citations: fromSources(sources), ...stripSynthetic(extras), ...rest }) },
  { key: 'relations', kind: 'relations', read: ({ id, type, from_id, to_id, start_date, end_date, sources, extras, ...rest }) =>
    ({ id, type, from: from_id, to: to_id, validFrom: start_date, validTo: end_date, citations: fromSources(sources), ...stripSynthetic(extras), ...rest }) },
];

function stripSynthetic(extras: unknown): Obj {
  if (!isObj(extras)) return {};
  const { synthetic: _s, ...rest } = extras;
  return rest;
}

/**
 * Parses a Popolo document (as written by toPopolo) into import items for the loader's checks.
 * Absent arrays are empty. `file` is where it was read from, for problem locations.
 * @throws PopoloFormatError when the text is not JSON or not an object of arrays.
 */
export function fromPopolo(text: string, file: string): ImportItem[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new PopoloFormatError(`${file}: not valid JSON (${(err as Error).message}); export it again or fix the syntax`);
  }
  if (!isObj(doc)) throw new PopoloFormatError(`${file}: a Popolo document is a JSON object with organizations, posts, persons, memberships...`);
  const items: ImportItem[] = [];
  for (const { key, kind, read } of READERS) {
    const list = doc[key] ?? [];
    if (!Array.isArray(list)) throw new PopoloFormatError(`${file}: '${key}' must be an array`);
    list.forEach((o: unknown, index) => {
      const data = isObj(o) ? dropUndefined(read(o)) : (o as Obj);
      const synthetic = isObj(o) && extrasOf(o).synthetic === true;
      // `file#key` names the array in messages; its folder is still where a text/ folder is looked for.
      items.push({ kind, data, file: `${file}#${key}`, index, line: 0, synthetic });
    });
  }
  return items;
}

function dropUndefined(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

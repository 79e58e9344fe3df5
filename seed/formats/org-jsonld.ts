/**
 * The W3C Organization Ontology (https://www.w3.org/TR/vocab-org/) as JSON-LD, export only:
 *
 * - a unit is an `org:OrganizationalUnit` (an `org:Organization` when it never reports to another),
 *   `org:subOrganizationOf` its REPORTS_TO parents, `org:reportsTo` the units it is ANSWERABLE_TO,
 *   `org:linkedTo` the units of its other relations; `org:classification` is its kind;
 * - every relation is also a `cg:Relation` resource with its type, ends and `time:Interval`, because
 *   a triple cannot carry the dates of a reporting line;
 * - a unit with `validFrom` `org:resultedFrom` an `org:ChangeEvent` (associated with the unit that
 *   ESTABLISHED it), one with `validTo` `org:changedBy` one;
 * - a post is an `org:Post` `org:postIn` its unit with an `org:role`; a leading post `org:reportsTo`
 *   the leading post of its unit's current parent;
 * - a holding is an `org:Membership` (`org:member`, `org:organization`, `org:role`, `cg:post`,
 *   `org:memberDuring` a `time:Interval`);
 * - every resource is `prov:wasDerivedFrom` the sources it cites, with `prov:qualifiedDerivation`
 *   keeping each quote; a maintainer's note is `cg:citationNote`.
 *
 * toOrgJsonLd is longer than ~40 lines on purpose: one loop per kind, read top to bottom against the
 * list above, is easier to check than the same mapping spread over helpers.
 */
import type { Citation } from '../loader/record-schemas';
import { compact, type GraphRecords } from './graph-records';

/** The default base of the IRIs minted for records: `<base>unit/<id>`. */
export const DEFAULT_BASE_IRI = 'urn:command-graph:';

/** The JSON-LD @context of the export: prefixes only, so it expands with no network access. */
export function orgContext(base: string): Record<string, string> {
  return {
    org: 'http://www.w3.org/ns/org#',
    time: 'http://www.w3.org/2006/time#',
    prov: 'http://www.w3.org/ns/prov#',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    foaf: 'http://xmlns.com/foaf/0.1/',
    dct: 'http://purl.org/dc/terms/',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    cg: `${base}vocab#`,
  };
}

type Node = Record<string, unknown>;
const ref = (id: string) => ({ '@id': id });
const xsdDate = (d: string) => ({ '@type': 'xsd:date', '@value': d });

/** A time:Interval from optional dates, or undefined when both are unknown. */
function interval(from?: string | null, to?: string | null): Node | undefined {
  if (!from && !to) return undefined;
  const instant = (d: string) => ({ '@type': 'time:Instant', 'time:inXSDDate': xsdDate(d) });
  return compact({ '@type': 'time:Interval', 'time:hasBeginning': from ? instant(from) : undefined, 'time:hasEnd': to ? instant(to) : undefined });
}

/** Converts the records to one JSON-LD document: `@context` and a `@graph` of every resource. */
export function toOrgJsonLd(g: GraphRecords, base = DEFAULT_BASE_IRI): { '@context': Record<string, string>; '@graph': Node[] } {
  const { records: r } = g;
  const iri = (kind: string, id: string) => `${base}${kind}/${encodeURIComponent(id)}`;
  const provenance = (citations: Citation[]) => {
    const sources = citations.filter((c) => c.source);
    const notes = citations.filter((c) => c.note !== undefined).map((c) => c.note);
    return compact({
      'prov:wasDerivedFrom': sources.length ? [...new Set(sources.map((c) => c.source!))].map((s) => ref(iri('source', s))) : undefined,
      'prov:qualifiedDerivation': sources.length
        ? sources.map((c) => ({ '@type': 'prov:Derivation', 'prov:entity': ref(iri('source', c.source!)), 'cg:quote': c.quote }))
        : undefined,
      'cg:citationNote': notes.length ? notes : undefined,
    });
  };
  const synthetic = (id: string) => (g.synthetic.has(id) ? { 'cg:synthetic': true } : {});
  const rels = (from: string, type: string) => r.relations.filter((x) => x.from === from && x.type === type);
  const hasParent = new Set(r.relations.filter((x) => x.type === 'REPORTS_TO').map((x) => x.from));
  const leader = new Map(r.posts.filter((p) => p.leads).map((p) => [p.unit, p.id]));
  const currentParent = new Map(r.relations.filter((x) => x.type === 'REPORTS_TO' && !x.validTo).map((x) => [x.from, x.to]));
  const graph: Node[] = [];

  for (const s of r.sources) {
    graph.push(compact({
      '@id': iri('source', s.id), '@type': 'prov:Entity', 'dct:identifier': s.id, 'dct:title': s.title, 'dct:date': xsdDate(s.date),
      'cg:file': s.file, 'cg:dateNote': s.dateNote, 'dct:publisher': s.publisher, 'foaf:page': s.url ? ref(s.url) : undefined,
    }));
  }
  for (const kind of new Set(r.units.map((u) => u.kind))) {
    graph.push({ '@id': iri('kind', kind), '@type': 'skos:Concept', 'skos:notation': kind, 'skos:inScheme': ref(iri('scheme', 'unit-kinds')) });
  }
  for (const u of r.units) {
    const unit = iri('unit', u.id);
    const established = rels(u.id, 'ESTABLISHED_BY').map((x) => ref(iri('unit', x.to)));
    const founding = u.validFrom ? iri('change', `${u.id}-from-${u.validFrom}`) : undefined;
    const ending = u.validTo ? iri('change', `${u.id}-to-${u.validTo}`) : undefined;
    if (founding) graph.push(compact({ '@id': founding, '@type': 'org:ChangeEvent', 'dct:date': xsdDate(u.validFrom!), 'org:resultingOrganization': ref(unit), 'prov:wasAssociatedWith': established.length ? established : undefined }));
    if (ending) graph.push({ '@id': ending, '@type': 'org:ChangeEvent', 'dct:date': xsdDate(u.validTo!), 'org:originalOrganization': ref(unit) });
    const others = r.relations.filter((x) => x.from === u.id && !['REPORTS_TO', 'ANSWERABLE_TO'].includes(x.type) && x.type !== 'SET_UP_FOR');
    graph.push(compact({
      '@id': unit, '@type': hasParent.has(u.id) ? ['org:Organization', 'org:OrganizationalUnit'] : ['org:Organization', 'org:FormalOrganization'],
      'dct:identifier': u.id, 'skos:prefLabel': u.name,
      'skos:altLabel': u.nameVi ? { '@value': u.nameVi, '@language': 'vi' } : undefined,
      'org:identifier': u.abbreviation ?? undefined, 'cg:jurisdiction': u.jurisdiction,
      'org:classification': ref(iri('kind', u.kind)),
      'org:subOrganizationOf': orNone(rels(u.id, 'REPORTS_TO').map((x) => ref(iri('unit', x.to)))),
      'org:reportsTo': orNone(rels(u.id, 'ANSWERABLE_TO').map((x) => ref(iri('unit', x.to)))),
      'org:linkedTo': orNone(others.map((x) => ref(iri('unit', x.to)))),
      'org:hasPost': orNone(r.posts.filter((p) => p.unit === u.id).map((p) => ref(iri('post', p.id)))),
      'org:resultedFrom': founding ? ref(founding) : undefined, 'org:changedBy': ending ? ref(ending) : undefined,
      ...synthetic(u.id), ...provenance(u.citations),
    }));
  }
  for (const x of r.relations) {
    const to = x.type === 'SET_UP_FOR' ? iri('event', x.to) : iri('unit', x.to);
    graph.push(compact({
      '@id': iri('relation', x.id), '@type': 'cg:Relation', 'dct:identifier': x.id, 'cg:relationType': x.type,
      'cg:from': ref(iri('unit', x.from)), 'cg:to': ref(to), 'cg:during': interval(x.validFrom, x.validTo), 'cg:note': x.note,
      ...synthetic(x.id), ...provenance(x.citations),
    }));
  }
  for (const p of r.posts) {
    const parentLeader = leader.get(currentParent.get(p.unit) ?? '');
    graph.push({ '@id': iri('role', p.id), '@type': 'org:Role', 'skos:prefLabel': p.title });
    graph.push(compact({
      '@id': iri('post', p.id), '@type': 'org:Post', 'dct:identifier': p.id, 'skos:prefLabel': p.title,
      'skos:altLabel': p.titleVi ? { '@value': p.titleVi, '@language': 'vi' } : undefined,
      'org:postIn': ref(iri('unit', p.unit)), 'org:role': ref(iri('role', p.id)),
      'org:reportsTo': p.leads && parentLeader ? ref(iri('post', parentLeader)) : undefined,
      'cg:leads': p.leads ?? false, 'cg:collective': p.collective ?? false,
      ...synthetic(p.id), ...provenance(p.citations),
    }));
  }
  for (const p of r.persons) {
    graph.push(compact({
      '@id': iri('person', p.id), '@type': 'foaf:Person', 'dct:identifier': p.id, 'foaf:name': p.name,
      'skos:altLabel': p.nameVi ? { '@value': p.nameVi, '@language': 'vi' } : undefined, 'cg:rank': p.rank,
      ...synthetic(p.id), ...provenance(p.citations),
    }));
  }
  const unitOfPost = new Map(r.posts.map((p) => [p.id, p.unit]));
  for (const h of r.holdings) {
    const unit = unitOfPost.get(h.post);
    graph.push(compact({
      '@id': iri('membership', h.id), '@type': 'org:Membership', 'dct:identifier': h.id,
      'org:member': ref(iri('person', h.person)), 'org:organization': unit ? ref(iri('unit', unit)) : undefined,
      'org:role': ref(iri('role', h.post)), 'cg:post': ref(iri('post', h.post)),
      'org:memberDuring': interval(h.validFrom, h.validTo), 'cg:rank': h.rank, 'cg:note': h.note,
      ...synthetic(h.id), ...provenance(h.citations),
    }));
  }
  for (const e of r.events) {
    graph.push(compact({
      '@id': iri('event', e.id), '@type': 'prov:Activity', 'dct:identifier': e.id, 'skos:prefLabel': e.name,
      'skos:altLabel': e.nameVi ? { '@value': e.nameVi, '@language': 'vi' } : undefined, 'cg:eventKind': e.kind,
      'cg:during': interval(e.startDate, e.endDate), ...synthetic(e.id), ...provenance(e.citations),
    }));
  }
  return { '@context': orgContext(base), '@graph': graph };
}

function orNone<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

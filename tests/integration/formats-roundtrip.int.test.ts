/**
 * Export then import gives back the same graph: a small cited, dated graph under a unique id prefix is
 * exported (Popolo, CSV), deleted, imported through the loader's checks and writer, and compared with
 * the original property by property. Also: the JSON-LD export's classes and links, and bad input.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../api/src/config';
import { createDb, plain, type Db } from '../../api/src/db/driver';
import { writeDataset, type Dataset } from '../../seed/loader';
import { emptyDataset } from '../../seed/loader/dataset';
import { exportGraph, importGraph, ImportInvalidError, type RecordSet } from '../../seed/formats';
import { uniquePrefix } from './harness';

const ARTICLE = 'Bộ Công an, "the MPS", said on Monday:\nthe city police report to it; commas, "quotes" and ’apostrophes’ too.';
const QUOTE = 'said on Monday:\nthe city police report to it; commas, "quotes"';

/** The sample records: every kind, optional fields set and unset, dated lines, a quote with a newline. */
function sample(p: string): RecordSet {
  const note = [{ note: `entered by the test ${p}` }];
  const cite = [{ source: `${p}-src`, quote: QUOTE }, { note: 'and a maintainer note, with a comma' }];
  return {
    sources: [{ id: `${p}-src`, file: `${p}-article.txt`, title: `Article, "${p}"`, date: '2021-09-30', dateNote: 'estimated', publisher: 'Nhân Dân', url: 'https://example.org/a?b=1&c=2' }],
    units: [
      { id: `${p}-ministry`, name: `Ministry ${p}`, nameVi: 'Bộ Công an', abbreviation: 'MPS', kind: 'MINISTRY', jurisdiction: 'Viet Nam', citations: cite },
      { id: `${p}-city`, name: `City Police ${p}`, kind: 'PROVINCIAL_POLICE', citations: note },
      { id: `${p}-district`, name: `District ${p}`, kind: 'DISTRICT_POLICE', validTo: '2025-03-01', citations: note },
      { id: `${p}-commune`, name: `Commune ${p}`, kind: 'COMMUNE_POLICE', citations: note },
      { id: `${p}-command`, name: `Election Command ${p}`, kind: 'TEMPORARY_COMMAND', validFrom: '2026-01-01', citations: note },
      { id: `${p}-gen`, name: `Generated ${p}`, kind: 'OTHER', citations: note },
    ],
    events: [{ id: `${p}-election`, name: `Election ${p}`, nameVi: 'Bầu cử', kind: 'ELECTION', startDate: '2026-03-15', citations: note }],
    persons: [
      { id: `${p}-person-a`, name: `Person A ${p}`, nameVi: 'Tô Lâm', rank: 'General', citations: cite },
      { id: `${p}-person-b`, name: `Person B ${p}`, citations: note },
    ],
    posts: [
      { id: `${p}-minister`, title: `Minister ${p}`, titleVi: 'Bộ trưởng', unit: `${p}-ministry`, leads: true, citations: cite },
      { id: `${p}-director`, title: `Director ${p}`, unit: `${p}-city`, leads: true, citations: note },
      { id: `${p}-board-member`, title: `Board member ${p}`, unit: `${p}-city`, collective: true, citations: note },
    ],
    holdings: [
      { id: `${p}-holding-a`, person: `${p}-person-a`, post: `${p}-minister`, rank: 'General', validFrom: '2016-04-09', validTo: '2024-06-06', note: 'first term', citations: cite },
      { id: `${p}-holding-b`, person: `${p}-person-b`, post: `${p}-minister`, validFrom: '2024-06-06', citations: note },
    ],
    relations: [
      { id: `${p}-r1`, type: 'REPORTS_TO', from: `${p}-city`, to: `${p}-ministry`, note: 'the primary line', citations: cite },
      { id: `${p}-r2`, type: 'REPORTS_TO', from: `${p}-district`, to: `${p}-city`, validTo: '2025-03-01', citations: note },
      { id: `${p}-r3`, type: 'REPORTS_TO', from: `${p}-commune`, to: `${p}-district`, validTo: '2025-03-01', citations: note },
      { id: `${p}-r4`, type: 'REPORTS_TO', from: `${p}-commune`, to: `${p}-city`, validFrom: '2025-03-01', citations: note },
      { id: `${p}-r5`, type: 'REPORTS_TO', from: `${p}-command`, to: `${p}-city`, validFrom: '2026-01-01', citations: note },
      { id: `${p}-r6`, type: 'ANSWERABLE_TO', from: `${p}-commune`, to: `${p}-command`, validFrom: '2026-01-01', citations: note },
      { id: `${p}-r7`, type: 'ESTABLISHED_BY', from: `${p}-command`, to: `${p}-city`, citations: note },
      { id: `${p}-r8`, type: 'SET_UP_FOR', from: `${p}-command`, to: `${p}-election`, citations: note },
      { id: `${p}-r9`, type: 'COORDINATES_WITH', from: `${p}-city`, to: `${p}-gen`, citations: note },
    ],
  };
}

const SYNTHETIC = (p: string) => new Set([`${p}-gen`, `${p}-r9`]);

function toDataset(records: RecordSet, keep: (id: string) => boolean): Dataset {
  const d = emptyDataset();
  for (const [kind, list] of Object.entries(records) as [keyof RecordSet, { id: string }[]][]) {
    (d[kind] as unknown[]) = list.filter((r) => keep(r.id)).map((value, index) =>
      ({ value, raw: { kind, file: 'sample', index, data: value, lineOf: () => 0 } }));
  }
  return d;
}

/** Everything stored under the prefix: nodes with labels and every property, relationships with ends. */
async function snapshot(db: Db, p: string): Promise<unknown[]> {
  const res = await db.driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $p
     OPTIONAL MATCH (n)-[r]->(m)
     RETURN labels(n) AS labels, properties(n) AS props,
            collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: m.id, props: properties(r)} END) AS out
     ORDER BY props.id`, { p }, { database: db.database });
  return res.records.map((r) => {
    const o = plain(r.toObject()) as { out: { to: string; props: { id: string } }[] };
    o.out.sort((a, b) => a.props.id.localeCompare(b.props.id));
    return o;
  });
}

async function remove(db: Db, p: string): Promise<void> {
  await db.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p }, { database: db.database });
}

let db: Db;
let p: string;
let original: unknown[];
let dir: string;

beforeAll(async () => {
  db = createDb(loadConfig(process.env, { nodeEnv: 'test' }));
  p = uniquePrefix('formats');
  dir = mkdtempSync(path.join(os.tmpdir(), 'formats-'));
  const records = sample(p);
  const synthetic = SYNTHETIC(p);
  await writeDataset(db.driver, db.database, toDataset(records, (id) => !synthetic.has(id)));
  await writeDataset(db.driver, db.database, toDataset(records, (id) => synthetic.has(id)), { synthetic: true });
  original = await snapshot(db, p);
});

afterAll(async () => {
  await remove(db, p);
  await db.close();
});

/** The article beside an export, where the loader's quote check looks first (`text/`). */
function withArticle(folder: string): void {
  mkdirSync(path.join(folder, 'text'), { recursive: true });
  writeFileSync(path.join(folder, 'text', `${p}-article.txt`), ARTICLE);
}

describe('round trips', () => {
  test('when the sample is written, then the snapshot holds all of it', () => {
    expect(original).toHaveLength(1 + 6 + 1 + 2 + 3);
    const rels = (original as { out: { props: { synthetic?: boolean } }[] }[]).flatMap((n) => n.out);
    expect(rels).toHaveLength(9 + 2 + 3); // relations, holdings, POST_OF
    expect(rels.filter((r) => r.props.synthetic)).toHaveLength(1);
  });

  test.each(['popolo', 'csv'] as const)('when exported as %s, deleted and imported, then the graph is the same', async (format) => {
    const folder = path.join(dir, format);
    const out = format === 'csv' ? folder : path.join(folder, 'graph.json');
    const exported = await exportGraph(db.driver, db.database, format, out, { idPrefix: p });
    expect(exported.records).toBe(1 + 6 + 1 + 2 + 3 + 2 + 9);
    expect(exported.unmapped).toEqual([]);
    withArticle(folder);
    await remove(db, p);
    expect(await snapshot(db, p)).toEqual([]);

    const summary = await importGraph(db.driver, db.database, format, out);
    expect(summary.counts.units.created).toBe(6);
    expect(await snapshot(db, p)).toEqual(original);

    const again = await importGraph(db.driver, db.database, format, out, { dryRun: true });
    expect(again.counts.relations).toEqual({ created: 0, updated: 0, unchanged: 9 });
  });
});

describe('bad input', () => {
  test('when a Popolo file has a bad kind and an unknown parent, then every problem is reported and nothing is written', async () => {
    const folder = path.join(dir, 'bad');
    const out = path.join(folder, 'graph.json');
    await exportGraph(db.driver, db.database, 'popolo', out, { idPrefix: p });
    withArticle(folder);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    doc.organizations[0].classification = 'NOPE';
    doc.relations[0].to_id = `${p}-nowhere`;
    writeFileSync(out, JSON.stringify(doc));
    await remove(db, p);
    try {
      const err = await importGraph(db.driver, db.database, 'popolo', out).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(ImportInvalidError);
      const messages = (err as ImportInvalidError).problems.map((x) => `${x.file} ${x.path} ${x.message}`).join('\n');
      expect(messages).toMatch(/graph\.json#organizations \[\d+\]\.kind "NOPE" is not allowed here/);
      expect(messages).toContain(`${p}-nowhere`);
      expect(await snapshot(db, p)).toEqual([]);
    } finally {
      // Put the sample back for the other tests of this file.
      await importGraph(db.driver, db.database, 'popolo', path.join(dir, 'popolo', 'graph.json')).catch(() => undefined);
    }
  });
});

describe('W3C Organization Ontology', () => {
  test('when exported as org-jsonld, then a known unit has its classes, parents, posts, memberships and provenance', async () => {
    const out = path.join(dir, 'org.jsonld');
    await exportGraph(db.driver, db.database, 'org-jsonld', out, { idPrefix: p });
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc['@context'].org).toBe('http://www.w3.org/ns/org#');
    const byId = new Map<string, Record<string, any>>(doc['@graph'].map((n: Record<string, any>) => [n['@id'], n]));
    const iri = (kind: string, id: string) => `urn:command-graph:${kind}/${p}-${id}`;
    const commune = byId.get(iri('unit', 'commune'))!;
    expect(commune['@type']).toContain('org:OrganizationalUnit');
    expect(commune['org:subOrganizationOf']).toEqual([{ '@id': iri('unit', 'district') }, { '@id': iri('unit', 'city') }]);
    expect(commune['org:reportsTo']).toEqual([{ '@id': iri('unit', 'command') }]);
    expect(byId.get(iri('unit', 'ministry'))!['@type']).toContain('org:FormalOrganization');

    const command = byId.get(iri('unit', 'command'))!;
    const founded = byId.get(command['org:resultedFrom']['@id'])!;
    expect(founded).toMatchObject({ '@type': 'org:ChangeEvent', 'dct:date': { '@value': '2026-01-01', '@type': 'xsd:date' }, 'prov:wasAssociatedWith': [{ '@id': iri('unit', 'city') }] });
    expect(byId.get(byId.get(iri('unit', 'district'))!['org:changedBy']['@id'])!['org:originalOrganization']).toEqual({ '@id': iri('unit', 'district') });

    expect(byId.get(iri('post', 'minister'))).toMatchObject({ '@type': 'org:Post', 'org:postIn': { '@id': iri('unit', 'ministry') } });
    expect(byId.get(iri('post', 'director'))!['org:reportsTo']).toEqual({ '@id': iri('post', 'minister') });
    expect(byId.get(iri('membership', 'holding-a'))).toMatchObject({
      '@type': 'org:Membership', 'org:member': { '@id': iri('person', 'person-a') }, 'org:organization': { '@id': iri('unit', 'ministry') },
      'org:role': { '@id': iri('role', 'minister') },
      'org:memberDuring': { '@type': 'time:Interval', 'time:hasBeginning': { 'time:inXSDDate': { '@value': '2016-04-09' } }, 'time:hasEnd': { 'time:inXSDDate': { '@value': '2024-06-06' } } },
      'prov:wasDerivedFrom': [{ '@id': iri('source', 'src') }],
    });
    expect(byId.get(iri('source', 'src'))!['@type']).toBe('prov:Entity');
    const r3 = byId.get(iri('relation', 'r3'))!;
    expect(r3).toMatchObject({ 'cg:relationType': 'REPORTS_TO', 'cg:during': { 'time:hasEnd': { 'time:inXSDDate': { '@value': '2025-03-01' } } } });
    // Every link names a resource of the document (the kinds' scheme is the one left undescribed).
    const links = [...JSON.stringify(doc['@graph']).matchAll(/"@id":"(urn:command-graph:[^"]+)"/g)].map((m) => m[1]!);
    expect([...new Set(links.filter((l) => !byId.has(l)))]).toEqual(['urn:command-graph:scheme/unit-kinds']);
  });
});

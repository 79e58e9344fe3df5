import { describe, expect, test } from '@jest/globals';
import { toOrgJsonLd, type GraphRecords } from '../../seed/formats';
import { emptyRecordSet } from '../../seed/formats/graph-records';

function sample(): GraphRecords {
  const records = emptyRecordSet();
  records.units.push(
    { id: 'mps', name: 'Ministry', kind: 'MINISTRY', citations: [{ note: 'n' }] },
    { id: 'dept', name: 'Department', kind: 'MINISTRY_DEPARTMENT', validFrom: '2018-08-01', citations: [{ note: 'n' }] },
  );
  records.relations.push({ id: 'r', type: 'REPORTS_TO', from: 'dept', to: 'mps', validFrom: '2018-08-01', citations: [{ note: 'n' }] });
  return { records, synthetic: new Set() };
}

describe('toOrgJsonLd', () => {
  test('when every compact IRI is checked, then its prefix is declared in the @context', () => {
    const doc = toOrgJsonLd(sample());
    const prefixes = new Set([...JSON.stringify(doc['@graph']).matchAll(/"([a-z]+):[A-Za-z]+"\s*:/g)].map((m) => m[1]));
    for (const prefix of prefixes) expect(Object.keys(doc['@context'])).toContain(prefix);
  });

  test('when a unit reports to another from a date, then it is a sub-organization with a dated relation and a change event', () => {
    const doc = toOrgJsonLd(sample(), 'https://example.org/');
    const dept = doc['@graph'].find((n) => n['@id'] === 'https://example.org/unit/dept')!;
    expect(dept['@type']).toEqual(['org:Organization', 'org:OrganizationalUnit']);
    expect(dept['org:subOrganizationOf']).toEqual([{ '@id': 'https://example.org/unit/mps' }]);
    expect(dept['org:resultedFrom']).toEqual({ '@id': 'https://example.org/change/dept-from-2018-08-01' });
    const rel = doc['@graph'].find((n) => n['@id'] === 'https://example.org/relation/r')!;
    expect(rel['cg:during']).toEqual({ '@type': 'time:Interval', 'time:hasBeginning': { '@type': 'time:Instant', 'time:inXSDDate': { '@type': 'xsd:date', '@value': '2018-08-01' } } });
  });
});

import { describe, expect, test } from '@jest/globals';
import { fromPopolo, PopoloFormatError, toPopolo, validateItems, type GraphRecords } from '../../seed/formats';
import { emptyRecordSet } from '../../seed/formats/graph-records';

function sample(): GraphRecords {
  const records = emptyRecordSet();
  records.sources.push({ id: 's1', file: 's1.txt', title: 'An article', date: '2021-09-30', url: 'https://example.org/s1' });
  records.units.push(
    { id: 'mps', name: 'Ministry', nameVi: 'Bộ Công an', abbreviation: 'MPS', kind: 'MINISTRY', citations: [{ source: 's1', quote: 'the words' }] },
    { id: 'old', name: 'Old parent', kind: 'OTHER', validTo: '2020-01-01', citations: [{ note: 'n' }] },
    { id: 'city', name: 'City', kind: 'PROVINCIAL_POLICE', jurisdiction: 'Ha Noi', citations: [{ note: 'n' }] },
  );
  records.relations.push(
    { id: 'r-old', type: 'REPORTS_TO', from: 'city', to: 'old', validTo: '2020-01-01', citations: [{ note: 'n' }] },
    { id: 'r-new', type: 'REPORTS_TO', from: 'city', to: 'mps', validFrom: '2020-01-01', citations: [{ note: 'n' }] },
  );
  records.posts.push({ id: 'minister', title: 'Minister', unit: 'mps', leads: true, citations: [{ note: 'n' }] });
  records.persons.push({ id: 'a', name: 'A', rank: 'General', citations: [{ note: 'n' }] });
  records.holdings.push({ id: 'h', person: 'a', post: 'minister', validFrom: '2016-04-09', citations: [{ note: 'n' }] });
  return { records, synthetic: new Set(['city']) };
}

describe('toPopolo', () => {
  test('when a unit changed parents, then parent_id is the current one and both dated lines are in relations', () => {
    const doc = toPopolo(sample());
    const city = doc.organizations.find((o) => o.id === 'city')!;
    expect(city).toMatchObject({ classification: 'PROVINCIAL_POLICE', parent_id: 'mps', extras: { jurisdiction: 'Ha Noi', synthetic: true } });
    expect(doc.relations.map((r) => [r.id, r.start_date, r.end_date])).toEqual([['r-old', undefined, '2020-01-01'], ['r-new', '2020-01-01', undefined]]);
  });

  test('when a record cites an article, then its Popolo source has the url, a note and our quote', () => {
    const doc = toPopolo(sample());
    expect(doc.organizations[0]!.sources).toEqual([{ url: 'https://example.org/s1', note: '"the words" (An article)', source_id: 's1', quote: 'the words' }]);
    expect(doc.memberships[0]).toMatchObject({ person_id: 'a', post_id: 'minister', organization_id: 'mps', start_date: '2016-04-09' });
  });
});

describe('fromPopolo', () => {
  test('when a document written by toPopolo is read back, then every record comes back unchanged', () => {
    const g = sample();
    const items = fromPopolo(JSON.stringify(toPopolo(g)), '/x/graph.json');
    for (const [kind, list] of Object.entries(g.records)) {
      expect(items.filter((i) => i.kind === kind).map((i) => i.data)).toEqual(list);
    }
    expect(items.filter((i) => i.synthetic).map((i) => i.data.id)).toEqual(['city']);
  });

  test('when the text is not JSON, then the error names the file', () => {
    expect(() => fromPopolo('{', '/x/graph.json')).toThrow(PopoloFormatError);
    expect(() => fromPopolo('{', '/x/graph.json')).toThrow(/\/x\/graph\.json: not valid JSON/);
  });

  test('when an organization has an unknown field, then the loader reports it and where', async () => {
    const doc = toPopolo(sample());
    (doc.organizations[1] as Record<string, unknown>).colour = 'red';
    const { problems } = await validateItems(fromPopolo(JSON.stringify(doc), '/x/graph.json'), ['/nonexistent']);
    expect(problems).toContainEqual(expect.objectContaining({ file: '/x/graph.json#organizations', path: '[1].colour', message: expect.stringMatching(/unknown field 'colour'/) }));
  });
});

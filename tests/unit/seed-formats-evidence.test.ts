import { describe, expect, test } from '@jest/globals';
import { fromPopolo, toPopolo, type GraphRecords } from '../../seed/formats';
import { emptyRecordSet } from '../../seed/formats/graph-records';

function sample(): GraphRecords {
  const records = emptyRecordSet();
  records.sources.push({ id: 's1', file: 's1.txt', title: 'An article', date: '2021-05-11' });
  records.units.push({
    id: 'sub', name: 'Subcommittee', kind: 'COMMITTEE', validTo: '2021-06',
    citations: [{ source: 's1', quote: 'the words', asOf: '2020-07-30' }, { note: 'public reporting', publicKnowledge: true, asOf: '2021-04' }],
  });
  return { records, synthetic: new Set() };
}

describe('evidence through the Popolo format', () => {
  test('when citations carry asOf and publicKnowledge, then they come back from the Popolo document as they went in', () => {
    const doc = toPopolo(sample());
    const items = fromPopolo(JSON.stringify(doc), 'graph.json');
    const unit = items.find((i) => (i.data as { id?: string }).id === 'sub')!.data as { citations: unknown[]; validTo: string };
    expect(unit.citations).toEqual(sample().records.units[0]!.citations);
    expect(unit.validTo).toBe('2021-06');
  });
});

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromCsv, toCsv, validateItems, type GraphRecords } from '../../seed/formats';
import { emptyRecordSet } from '../../seed/formats/graph-records';

const QUOTE = 'commas, "double quotes"\nand a new line: Công an';

function sample(): GraphRecords {
  const records = emptyRecordSet();
  records.sources.push({ id: 's1', file: 's1.txt', title: 'Title, with "quotes"', date: '2021-09-30' });
  records.units.push({ id: 'mps', name: 'Ministry', nameVi: 'Bộ Công an', kind: 'MINISTRY', validFrom: '2000-01-01', citations: [{ source: 's1', quote: QUOTE }, { note: 'n' }] });
  records.posts.push({ id: 'minister', title: 'Minister', unit: 'mps', leads: true, collective: false, citations: [{ note: 'n' }] });
  records.relations.push({ id: 'r', type: 'ADVISES', from: 'mps', to: 'mps', note: 'odd, but CSV does not care', citations: [{ note: 'n' }] });
  return { records, synthetic: new Set(['minister']) };
}

function writeAll(g: GraphRecords): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'formats-csv-'));
  for (const [name, text] of toCsv(g)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('CSV', () => {
  test('when records with commas, quotes and new lines are written and read, then they come back unchanged', async () => {
    const g = sample();
    const items = await fromCsv(writeAll(g));
    for (const [kind, list] of Object.entries(g.records)) {
      expect(items.filter((i) => i.kind === kind).map((i) => i.data)).toEqual(list);
    }
    expect(items.filter((i) => i.synthetic).map((i) => i.data.id)).toEqual(['minister']);
  });

  test('when written, then every file has its header and edges.csv holds the relations', () => {
    const files = toCsv(sample());
    expect([...files.keys()].sort()).toEqual(['edges.csv', 'events.csv', 'holdings.csv', 'persons.csv', 'posts.csv', 'sources.csv', 'units.csv']);
    expect(files.get('edges.csv')!.split('\n')[0]).toBe('id,type,from,to,validFrom,validTo,note,synthetic,citations');
  });

  test('when a cell is wrong, then the loader reports the file and line', async () => {
    const dir = writeAll(sample());
    writeFileSync(path.join(dir, 'posts.csv'), 'id,title,unit,leads,citations\nminister,Minister,mps,maybe,"[{""note"":""n""}]"\n');
    const { problems } = await validateItems(await fromCsv(dir), ['/nonexistent']);
    expect(problems).toContainEqual(expect.objectContaining({ file: path.join(dir, 'posts.csv'), line: 2, path: '[0].leads' }));
  });
});

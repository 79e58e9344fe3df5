import { describe, expect, test } from '@jest/globals';
import type { Dataset } from '../../seed/loader';
import { emptyDataset } from '../../seed/loader/dataset';
import type { RawRecord } from '../../seed/loader/read-dataset';
import { toLazyWriteGroups, toWriteGroups } from '../../seed/loader/to-rows';

const raw = {} as RawRecord;
const cite = [{ note: 'a maintainer note' }];
const unitsOf = (...units: Record<string, unknown>[]): Dataset => ({ ...emptyDataset(), units: units.map((value) => ({ value, raw })) as Dataset['units'] });
const hashOf = (d: Dataset, synthetic = false) => toLazyWriteGroups(d, synthetic).find((g) => g.kind === 'units')!.keysAt(0, 1).hashes[0];

describe('the rows the loader writes', () => {
  test('when a record leaves a field out or writes it as null, then its hash is the same (the same properties are written)', () => {
    const a = unitsOf({ id: 'u', name: 'Unit', kind: 'OTHER', citations: cite });
    const b = unitsOf({ id: 'u', name: 'Unit', nameVi: null, abbreviation: null, kind: 'OTHER', validTo: null, citations: [{ note: 'a maintainer note' }] });
    expect(hashOf(a)).toBe(hashOf(b));
  });

  test('when a written field, the citations or the synthetic mark change, then the hash changes', () => {
    const base = hashOf(unitsOf({ id: 'u', name: 'Unit', kind: 'OTHER', citations: cite }));
    expect(hashOf(unitsOf({ id: 'u', name: 'Unit 2', kind: 'OTHER', citations: cite }))).not.toBe(base);
    expect(hashOf(unitsOf({ id: 'u', name: 'Unit', kind: 'OTHER', citations: [{ note: 'another note' }] }))).not.toBe(base);
    expect(hashOf(unitsOf({ id: 'u', name: 'Unit', kind: 'OTHER', citations: cite }), true)).not.toBe(base);
  });

  test('when rows are made, then they carry the hash keysAt gives and the properties schema/model.md stores', () => {
    const d = unitsOf({ id: 'u', name: 'Bộ Công an', kind: 'MINISTRY', validFrom: '2020-01-02', citations: [{ source: 's', quote: 'q' }] });
    const [row] = toWriteGroups(d).find((g) => g.kind === 'units')!.rows;
    expect(row!.hash).toBe(hashOf(d));
    expect({ ...row!.props, validFrom: String(row!.props.validFrom) }).toEqual({
      id: 'u', hash: row!.hash, name: 'Bộ Công an', nameVi: null, abbreviation: null, kind: 'MINISTRY', jurisdiction: null,
      validFrom: '2020-01-02', validTo: null, searchText: 'bo cong an', citations: '[{"source":"s","quote":"q"}]', sourceIds: ['s'], synthetic: false,
    });
  });
});

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
      validFrom: '2020-01-02', validTo: null, validFromText: null, validToText: null, validFromBound: null, validToBound: null,
      firstAttested: null, lastAttested: null, searchText: 'bo cong an', citations: '[{"source":"s","quote":"q"}]', sourceIds: ['s'], synthetic: false,
    });
  });
});

describe('the rows of dates, attestations and claims', () => {
  const source = { value: { id: 's', file: 's.txt', title: 'S', date: '2021-09-30' }, raw };
  const withSource = (d: Dataset): Dataset => ({ ...d, sources: [source] as Dataset['sources'] });
  const unitRow = (d: Dataset) => toWriteGroups(withSource(d)).find((g) => g.kind === 'units')!.rows[0]!.props;
  const text = (v: unknown) => (v === null ? null : String(v));

  test('when a unit has an imprecise or bounded date, then validFrom/validTo hold the days it may hold on and the date as written is kept', () => {
    const props = unitRow(unitsOf({ id: 'u', name: 'U', kind: 'COMMITTEE', validFrom: '2021-05', validTo: '2021', validToBound: 'NOT_AFTER', citations: cite }));
    expect([text(props.validFrom), text(props.validTo), props.validFromText, props.validToText, props.validFromBound, props.validToBound])
      .toEqual(['2021-05-01', '2022-01-01', '2021-05', '2021', null, 'NOT_AFTER']);
  });

  test('when a unit is cited by a dated source and by an asOf, then its first and last attestation are stored', () => {
    const props = unitRow(unitsOf({ id: 'u', name: 'U', kind: 'COMMITTEE', citations: [{ source: 's', quote: 'q' }, { source: 's', quote: 'r', asOf: '2020-07-30' }, { note: 'n' }] }));
    expect([text(props.firstAttested), text(props.lastAttested)]).toEqual(['2020-07-30', '2021-09-30']);
    expect(JSON.parse(props.citations as string)[1]).toEqual({ source: 's', quote: 'r', asOf: '2020-07-30' });
  });

  test('when a note is marked public knowledge, then the stored citation says so', () => {
    const props = unitRow(unitsOf({ id: 'u', name: 'U', kind: 'COMMITTEE', citations: [{ note: 'n', publicKnowledge: true }] }));
    expect(JSON.parse(props.citations as string)).toEqual([{ note: 'n', publicKnowledge: true }]);
  });

  test('when a relation says no status or rank, then ACCEPTED and NORMAL are stored; a source date moving changes its hash', () => {
    const rel = { id: 'r', type: 'REPORTS_TO', from: 'a', to: 'b', citations: [{ source: 's', quote: 'q' }] };
    const d: Dataset = { ...emptyDataset(), relations: [{ value: rel, raw }] as Dataset['relations'] };
    const group = (date: string) => toLazyWriteGroups({ ...d, sources: [{ ...source, value: { ...source.value, date } }] as Dataset['sources'] }).find((g) => g.kind === 'relations')!;
    const row = group('2021-09-30').rowAt(0);
    expect([row.props.status, row.props.claimRank, text(row.props.lastAttested)]).toEqual(['ACCEPTED', 'NORMAL', '2021-09-30']);
    expect(group('2021-10-01').keysAt(0, 1).hashes[0]).not.toBe(group('2021-09-30').keysAt(0, 1).hashes[0]);
  });
});

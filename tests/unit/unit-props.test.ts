import { describe, expect, test } from '@jest/globals';
import { citedProps, type Change } from '../../api/src/domain/change-input';
import { newUnitProps, unitUpdate } from '../../api/src/domain/unit-props';

const change: Change = { iso: '2025-07-01', citation: { note: 'test' }, cited: citedProps([{ note: 'test' }]) };

describe('what a unit change writes onto the unit', () => {
  test('when a unit is created, then it starts on the change day with its citation and a folded search text', () => {
    expect(newUnitProps({ id: 'ward', name: ' Ward Police ', nameVi: 'Công an phường', kind: 'COMMUNE_POLICE' }, change)).toEqual({
      id: 'ward', name: 'Ward Police', nameVi: 'Công an phường', abbreviation: null, kind: 'COMMUNE_POLICE', jurisdiction: null,
      searchText: 'ward police | cong an phuong', validFrom: '2025-07-01', validTo: null, citations: '[{"note":"test"}]', sourceIds: [], synthetic: false });
  });

  test('when a unit is renamed, then only the name changes, the old name is kept for the audit and the citation is added', () => {
    const { props, before } = unitUpdate({ id: 'u', name: 'Old', kind: 'OTHER', citations: '[{"note":"first"}]' }, { name: 'New' }, change);
    expect(before).toEqual({ name: 'Old' });
    expect(props).toEqual({ name: 'New', searchText: 'new', citations: '[{"note":"first"},{"note":"test"}]', sourceIds: [], synthetic: false });
  });

  test('when kind is cleared, then BAD_USER_INPUT on input.kind', () => {
    expect(() => unitUpdate({ id: 'u', name: 'Old', kind: 'OTHER' }, { kind: null }, change)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', extra: { argument: 'input.kind' } }));
  });
});

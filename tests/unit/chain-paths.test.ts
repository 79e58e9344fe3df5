import { describe, expect, test } from '@jest/globals';
import { toChainPaths, type RawPath } from '../../api/src/domain/chain-paths';
import type { RelationModel, UnitModel } from '../../api/src/model/models';

const unit = (id: string): UnitModel => ({ id, name: id, kind: 'OTHER' });
const line = (from: string, to: string, extra: Partial<RelationModel> = {}): RelationModel =>
  ({ id: `${from}-${to}`, type: 'REPORTS_TO', from, to, ...extra });
const path = (...relations: RelationModel[]): RawPath =>
  ({ units: [unit(relations[0]!.from), ...relations.map((r) => unit(r.to))], relations });
const ids = (chain: ReturnType<typeof toChainPaths>) => chain.paths.map((p) => p.steps.map((s) => s.unit.id));

describe('toChainPaths', () => {
  test('when a unit has a PREFERRED and a NORMAL claim of one line, then the chain follows the PREFERRED one and reports it as disputed', () => {
    const preferred = line('a', 'b', { status: 'DISPUTED', claimRank: 'PREFERRED' });
    const rival = line('a', 'c', { status: 'DISPUTED', claimRank: 'NORMAL' });
    const chain = toChainPaths([path(preferred, line('b', 'top')), path(rival, line('c', 'top'))], '2025-01-01', 'ASSUMED');
    expect(ids(chain)).toEqual([['a', 'b', 'top']]);
    expect(chain.disputes.map((r) => r.id)).toEqual(['a-b']);
    expect(chain.paths[0]!.steps.map((s) => s.disputed)).toEqual([true, false, false]);
  });

  test('when two REPORTS_TO claims disagree and neither is PREFERRED, then both paths stay and both lines are reported', () => {
    const chain = toChainPaths([path(line('a', 'b')), path(line('a', 'c'))], '2025-01-01', 'ASSUMED');
    expect(ids(chain)).toEqual([['a', 'b'], ['a', 'c']]);
    expect(chain.disputes.map((r) => r.id)).toEqual(['a-b', 'a-c']);
  });

  test('when a unit answers to two bodies (dual lines, not disputed), then no dispute is reported', () => {
    const chain = toChainPaths([path(line('a', 'b', { type: 'ANSWERABLE_TO' })), path(line('a', 'c', { type: 'ANSWERABLE_TO' }))], '2025-01-01', 'ASSUMED');
    expect(ids(chain)).toEqual([['a', 'b'], ['a', 'c']]);
    expect(chain.disputes).toEqual([]);
  });

  test('when the chain is shaped, then its units and lines carry its date and each step its minimum basis', () => {
    const chain = toChainPaths([path(line('a', 'b'))], '2021-05-01', 'ATTESTED');
    const [first, top] = chain.paths[0]!.steps;
    expect([first!.unit.asOf, first!.up!.asOf, first!.minBasis, top!.up]).toEqual(['2021-05-01', '2021-05-01', 'ATTESTED', null]);
  });
});

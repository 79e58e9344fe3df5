import { describe, expect, test } from '@jest/globals';
import { startApi, type GqlResult } from './harness';
import { useFixtureGraph } from './fixture-graph';

const CHAIN = `query ($id: ID!, $lines: [ChainLine!], $asOf: Date, $minBasis: Basis) {
  chainOfResponsibility(unitId: $id, lines: $lines, asOf: $asOf, minBasis: $minBasis) {
    asOf lines truncated disputes { id }
    paths { top { id } steps { depth basis disputed unit { id } up { type validFrom validTo basis citations { note } } leadPost { id } leaders { person { id } } } }
  }
}`;

const { api, p } = useFixtureGraph('chain');
const ids = (path: { steps: { unit: { id: string } }[] }) => path.steps.map((s) => s.unit.id.slice(p.length + 1));

describe('chainOfResponsibility', () => {
  test('when a commune answers to two bodies on the date, then each line comes back as its own branch up to the ministry', async () => {
    const res = await api.gql(CHAIN, { id: `${p}-commune`, asOf: '2026-06-01' });
    expect(res.errors).toBeUndefined();
    const chain = res.data!.chainOfResponsibility;
    expect(chain.paths.map(ids)).toEqual([
      ['commune', 'city', 'ministry'],
      ['commune', 'board', 'city', 'ministry'],
      ['commune', 'command', 'city', 'ministry'],
    ]);
    const viaBoard = chain.paths[1];
    expect(viaBoard.steps[0].up.type).toBe('ANSWERABLE_TO');
    expect(viaBoard.steps[0].up.validFrom).toBe('2026-01-01');
    expect(viaBoard.steps[1].up.type).toBe('REPORTS_TO');
    expect(viaBoard.steps[3].up).toBeNull();
    expect(viaBoard.steps[3].leadPost.id).toBe(`${p}-minister`);
    expect(viaBoard.steps[3].leaders.map((h: any) => h.person.id)).toEqual([`${p}-person-b`]);
    expect(viaBoard.steps[0].up.citations).toEqual([{ note: 'test fixture' }]);
    expect(chain.truncated).toBe(false);
    // The fixture's facts are stated from a day but never attested: assumed since, with no dispute.
    expect(viaBoard.steps.map((s: any) => [s.basis, s.disputed])).toEqual([['ASSUMED', false], ['ASSUMED', false], ['ASSUMED', false], ['ASSUMED', false]]);
    expect(chain.disputes).toEqual([]);
  });

  test('when asked as of a date before the 2025 change, then the chain goes through the district and the minister of that time', async () => {
    const res = await api.gql(CHAIN, { id: `${p}-commune`, asOf: '2024-01-15' });
    const chain = res.data!.chainOfResponsibility;
    expect(chain.paths.map(ids)).toEqual([['commune', 'district', 'city', 'ministry']]);
    expect(chain.paths[0].steps[0].up.validTo).toBe('2025-03-01');
    expect(chain.paths[0].steps[3].leaders.map((h: any) => h.person.id)).toEqual([`${p}-person-a`]);
  });

  test('when only the responsibility line is asked, then the branches stop at the bodies answered to', async () => {
    const res = await api.gql(CHAIN, { id: `${p}-commune`, lines: ['RESPONSIBILITY'], asOf: '2026-06-01' });
    const chain = res.data!.chainOfResponsibility;
    expect(chain.lines).toEqual(['RESPONSIBILITY']);
    expect(chain.paths.map(ids)).toEqual([['commune', 'board'], ['commune', 'command']]);
  });

  test('when the unit has no parent, then the chain is the unit alone, at its own top', async () => {
    const res = await api.gql(CHAIN, { id: `${p}-orphan` });
    const chain = res.data!.chainOfResponsibility;
    expect(chain.paths).toHaveLength(1);
    expect(chain.paths[0].top.id).toBe(`${p}-orphan`);
    expect(chain.paths[0].steps).toEqual([{ depth: 0, basis: 'ASSUMED', disputed: false, unit: { id: `${p}-orphan` }, up: null, leadPost: null, leaders: [] }]);
  });

  test('when asOf is left out, then the chain is read on today', async () => {
    const res = await api.gql(CHAIN, { id: `${p}-commune` });
    expect(res.data!.chainOfResponsibility.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  test('when many chains are asked at once (different units, dates and lines, one unknown unit), then each gets the answer it gets alone', async () => {
    // One batch at a time, so concurrent requests queue up and are read together in one transaction.
    const batching = await startApi({ readBatchesInFlight: 1 });
    try {
      const asks = [
        { id: `${p}-commune`, asOf: '2026-06-01' }, { id: `${p}-commune`, asOf: '2024-01-15' },
        { id: `${p}-commune`, lines: ['RESPONSIBILITY'], asOf: '2026-06-01' }, { id: `${p}-orphan` },
        { id: `${p}-city`, asOf: '2026-06-01' }, { id: `${p}-no-such-unit` }, { id: `${p}-board`, lines: ['REPORTING'] },
        { id: `${p}-commune`, asOf: '2026-06-01', minBasis: 'ATTESTED' },
      ];
      const alone: GqlResult[] = [];
      for (const v of asks) alone.push(await api.gql(CHAIN, v));
      const together = await Promise.all([...asks, ...asks, ...asks].map((v) => batching.gql(CHAIN, v)));
      together.forEach((res, i) => expect(res).toEqual(alone[i % asks.length]));
      expect(alone[5]!.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(alone[5]!.errors?.[0]?.message).toContain('searchUnits');
      expect(alone[1]!.data!.chainOfResponsibility.paths.map(ids)).toEqual([['commune', 'district', 'city', 'ministry']]);
      // Nothing above the commune is attested: at ATTESTED its chain is the commune alone.
      expect(alone[7]!.data!.chainOfResponsibility.paths.map(ids)).toEqual([['commune']]);
    } finally {
      await batching.close();
    }
  });
});

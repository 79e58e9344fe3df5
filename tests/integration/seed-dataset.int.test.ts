import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { basisOn, type DatedFact } from '../../api/src/domain/basis';
import { startApi, type Api } from './harness';
import { statement } from '../../api/src/db/queries';

// The cited dataset (seed/data) is loaded once by tests/setup/global-setup.ts; these tests only read it.
let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api.close(); });

const COMMUNE = 'hanoi-commune-ward-police';
const CHAIN = `query ($asOf: Date) { chainOfResponsibility(unitId: "${COMMUNE}", asOf: $asOf) {
  paths { top { id } steps { unit { id } up { id type citations { quote source { id title date } note } } } } } }`;

describe('the cited seed dataset', () => {
  test('when the reporting line is read on every date it changes, then no unit reaches itself and none has two parents', async () => {
    // As the model's rule reads it: a DEPRECATED claim, or the NORMAL rival of a PREFERRED one, is no parent.
    const rows = await api.db.read(statement<Record<string, never>, { day: string; twoParents: string[]; cycles: string[] }>(`
      MATCH ()-[r:REPORTS_TO]->() UNWIND [r.validFrom, r.validTo] AS d WITH DISTINCT d WHERE d IS NOT NULL
      WITH collect(d) + [date('1900-01-01')] AS days UNWIND days AS day
      CALL (day) {
        MATCH (u:Unit)-[r:REPORTS_TO]->() WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR day < r.validTo)
          AND coalesce(r.claimRank, 'NORMAL') <> 'DEPRECATED' AND NOT (r.status = 'DISPUTED' AND r.claimRank = 'NORMAL')
        WITH u, count(r) AS parents WHERE parents > 1 RETURN collect(u.id) AS twoParents
      }
      CALL (day) {
        OPTIONAL MATCH p = (u:Unit)(()-[r:REPORTS_TO WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR day < r.validTo)]->()){1,30}(u)
        RETURN collect(DISTINCT u.id) AS cycles
      }
      RETURN toString(day) AS day, twoParents, cycles`), {});
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect({ day: row.day, twoParents: row.twoParents, cycles: row.cycles }).toEqual({ day: row.day, twoParents: [], cycles: [] });
  });

  test('when the commune police chain is read during the 2026 election, then every line out of the commune reaches the ministry, each step cited', async () => {
    const res = await api.gql(CHAIN, { asOf: '2026-03-10' });
    expect(res.errors).toBeUndefined();
    const paths: any[] = res.data!.chainOfResponsibility.paths;
    const firstLines = new Set(paths.map((p) => p.steps[0].up.id));
    expect(firstLines.size).toBeGreaterThanOrEqual(3); // its reporting line and the two bodies its head answers to
    for (const line of firstLines) {
      const reachesMinistry = paths.some((p) => p.steps[0].up.id === line && p.top.id === 'mps');
      expect({ line, reachesMinistry }).toEqual({ line, reachesMinistry: true });
    }
    const kinds = new Set(paths.map((p) => p.steps[0].up.type));
    expect([...kinds].sort()).toEqual(['ANSWERABLE_TO', 'REPORTS_TO']);
    for (const step of paths.flatMap((p) => p.steps).filter((s) => s.up)) expect(step.up.citations.length).toBeGreaterThan(0);
    const answerable = paths.find((p) => p.steps[0].up.type === 'ANSWERABLE_TO')!.steps[0].up;
    expect(answerable.citations.some((c: any) => c.source?.id === '001_9db5e0ee3a380058' && /fully responsible/.test(c.quote))).toBe(true);
  });

  test('when the chain is read before the March 2025 reform, then the commune reports through the district police', async () => {
    const res = await api.gql(CHAIN, { asOf: '2024-06-01' });
    const reporting = res.data!.chainOfResponsibility.paths.filter((p: any) => p.steps.every((s: any) => !s.up || s.up.type === 'REPORTS_TO'));
    expect(reporting.map((p: any) => p.steps.map((s: any) => s.unit.id))).toEqual([[COMMUNE, 'hanoi-district-police', 'hanoi-police', 'mps']]);
  });

  test('when the minister is asked for on two dates, then the holder of that date comes back', async () => {
    const q = '{ a: post(id: "mps-minister") { holders(asOf: "2021-09-30") { person { name } } } b: post(id: "mps-minister") { holders(asOf: "2025-01-01") { person { name } } } }';
    const res = await api.gql(q);
    expect(res.data!.a.holders.map((h: any) => h.person.name)).toEqual(['To Lam']);
    expect(res.data!.b.holders.map((h: any) => h.person.name)).toEqual(['Luong Tam Quang']);
  });

  test('when searching "Bo Cong an" without diacritics, then the ministry comes first', async () => {
    const res = await api.gql('{ searchUnits(query: "Bo Cong an") { edges { node { id nameVi } } } }');
    expect(res.data!.searchUnits.edges[0].node).toEqual({ id: 'mps', nameVi: 'Bộ Công an' });
  });

  test('when the commune chain is read in May 2021, then no path runs through the 2026 election command', async () => {
    const res = await api.gql(CHAIN, { asOf: '2021-05-01' });
    expect(res.errors).toBeUndefined();
    const units = res.data!.chainOfResponsibility.paths.flatMap((p: any) => p.steps.map((s: any) => s.unit.id));
    expect(units).not.toContain('hanoi-election-security-command');
    expect(units).toContain('mps');
  });

  test('when the temporary bodies are read back, then they are bounded and attested as the articles show, and their basis follows', async () => {
    const rows = await api.db.read(statement<{ ids: string[] }, Record<string, string | null>>(`
      MATCH (u:Unit) WHERE u.id IN $ids
      RETURN u.id AS id, toString(u.validFrom) AS validFrom, toString(u.validTo) AS validTo, u.validFromText AS validFromText,
        u.validToText AS validToText, u.validFromBound AS validFromBound, u.validToBound AS validToBound,
        toString(u.firstAttested) AS firstAttested, toString(u.lastAttested) AS lastAttested ORDER BY id`),
    { ids: ['hanoi-election-security-command', 'mps-election-security-subcommittee'] });
    expect(rows).toEqual([
      { id: 'hanoi-election-security-command', validFrom: '2026-01-01', validTo: null, validFromText: '2026', validToText: null,
        validFromBound: 'NOT_BEFORE', validToBound: null, firstAttested: '2026-03-07', lastAttested: '2026-03-07' },
      { id: 'mps-election-security-subcommittee', validFrom: null, validTo: '2021-07-01', validFromText: null, validToText: '2021-06',
        validFromBound: null, validToBound: 'NOT_AFTER', firstAttested: '2021-04-01', lastAttested: '2021-05-11' },
    ]);
    // The stored text and bound, not the widened DATE, are what the basis reads.
    const fact = (r: Record<string, string | null>): DatedFact => ({
      validFrom: r.validFromText ?? r.validFrom, validTo: r.validToText ?? r.validTo, validFromBound: r.validFromBound as DatedFact['validFromBound'],
      validToBound: r.validToBound as DatedFact['validToBound'], firstAttested: r.firstAttested, lastAttested: r.lastAttested,
    });
    const [command, subcommittee] = rows.map(fact);
    expect([basisOn(command!, '2021-05-01'), basisOn(command!, '2026-03-07'), basisOn(command!, '2030-01-01')]).toEqual([null, 'ATTESTED', 'ASSUMED']);
    expect([basisOn(subcommittee!, '2021-05-01'), basisOn(subcommittee!, '2021-06-20'), basisOn(subcommittee!, '2030-01-01')]).toEqual(['ATTESTED', 'ASSUMED', null]);
  });

  test('when the claims are read back, then the six lines whose quote does not carry them await review and every other line is accepted', async () => {
    // Only what the loader wrote (it stores a hash): other test files own claims of every status.
    const rows = await api.db.read(statement<Record<string, never>, { status: string; claimRank: string; ids: string[] }>(`
      MATCH (:Unit)-[r]->() WHERE r.status IS NOT NULL AND r.hash IS NOT NULL RETURN r.status AS status, r.claimRank AS claimRank, collect(r.id) AS ids ORDER BY status`), {});
    const review = rows.find((r) => r.status === 'NEEDS_REVIEW')!;
    expect(review.ids).toEqual(expect.arrayContaining([
      'mps-election-security-subcommittee-reports-to-mps', 'party-congress-security-subcommittee-reports-to-mps',
      'party-congress-security-subcommittee-guides-hanoi-police', 'party-congress-security-subcommittee-guides-guard-high-command',
      'interim-front-command-reports-to-mps', 'hanoi-election-security-command-reports-to-hanoi-police',
    ]));
    expect(rows.map((r) => [r.status, r.claimRank])).toEqual([['ACCEPTED', 'NORMAL'], ['NEEDS_REVIEW', 'NORMAL']]);
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
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
    const rows = await api.db.read(statement<Record<string, never>, { day: string; twoParents: string[]; cycles: string[] }>(`
      MATCH ()-[r:REPORTS_TO]->() UNWIND [r.validFrom, r.validTo] AS d WITH DISTINCT d WHERE d IS NOT NULL
      WITH collect(d) + [date('1900-01-01')] AS days UNWIND days AS day
      CALL (day) {
        MATCH (u:Unit)-[r:REPORTS_TO]->() WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR day < r.validTo)
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
});

/**
 * The shape of the generated structure, counted on the generated records: 63 provinces become 34 on
 * 2025-07-01, ~700 districts end on 2025-03-01, ~10,000 communes before and ~3,300 after, one
 * leading post and holder per unit, and the REPORTS_TO lines dated so that every unit has one parent
 * at a time.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateAll, planShape, type GeneratedChunk } from '../../seed/generator';
import type { RelationRecord, UnitRecord } from '../../seed/loader/record-schemas';

const holds = (r: { validFrom?: string | null; validTo?: string | null }, day: string) =>
  (!r.validFrom || r.validFrom <= day) && (!r.validTo || day < r.validTo);

let g: GeneratedChunk;
beforeAll(() => { g = generateAll({ units: planShape(14_153).total, seed: 1 }); });

function unitsOn(day: string, kind: UnitRecord['kind']): UnitRecord[] {
  return g.units.filter((u) => u.kind === kind && holds(u, day));
}
function parentOn(id: string, day: string): RelationRecord[] {
  return g.relations.filter((r) => r.from === id && holds(r, day));
}

describe('generated structure shape (natural size)', () => {
  it('when asked on 2024-06-01, then there are 63 provincial forces, ~700 districts and ~10,000 communes', () => {
    expect(unitsOn('2024-06-01', 'PROVINCIAL_POLICE')).toHaveLength(63);
    expect(unitsOn('2024-06-01', 'DISTRICT_POLICE').length).toBeGreaterThanOrEqual(690);
    expect(unitsOn('2024-06-01', 'DISTRICT_POLICE').length).toBeLessThanOrEqual(720);
    expect(Math.abs(unitsOn('2024-06-01', 'COMMUNE_POLICE').length - 10_000)).toBeLessThan(300);
  });

  it('when asked on 2025-04-01, then districts are gone and communes report straight to the 63 old provinces', () => {
    expect(unitsOn('2025-04-01', 'DISTRICT_POLICE')).toHaveLength(0);
    expect(unitsOn('2025-04-01', 'PROVINCIAL_POLICE')).toHaveLength(63);
    const provinces = new Set(unitsOn('2025-04-01', 'PROVINCIAL_POLICE').map((u) => u.id));
    const communes = unitsOn('2025-04-01', 'COMMUNE_POLICE');
    expect(communes.every((c) => { const p = parentOn(c.id, '2025-04-01'); return p.length === 1 && provinces.has(p[0]!.to); })).toBe(true);
  });

  it('when asked on 2026-06-01, then there are 34 provincial forces and ~3,300 communes under them', () => {
    const provinces = unitsOn('2026-06-01', 'PROVINCIAL_POLICE');
    expect(provinces).toHaveLength(34);
    const communes = unitsOn('2026-06-01', 'COMMUNE_POLICE');
    expect(Math.abs(communes.length - 3_300)).toBeLessThan(100);
    const ids = new Set(provinces.map((p) => p.id));
    expect(communes.every((c) => ids.has(parentOn(c.id, '2026-06-01')[0]!.to))).toBe(true);
  });

  it('when the old forces end, then each new force names in its line the old forces it was formed from', () => {
    const lines = g.relations.filter((r) => r.validFrom === '2025-07-01' && r.to === 'mps');
    expect(lines).toHaveLength(34);
    const named = lines.flatMap((r) => [...(r.note ?? '').matchAll(/\((gen-old-[a-z0-9-]+)\)/g)].map((m) => m[1]));
    expect(new Set(named).size).toBe(63);
  });

  it('when counted, then every unit has one leading post with one holder, and ~30 ministry departments', () => {
    expect(g.posts).toHaveLength(g.units.length);
    expect(g.holdings).toHaveLength(g.units.length);
    expect(new Set(g.posts.map((p) => p.unit)).size).toBe(g.units.length);
    expect(g.units.filter((u) => u.kind === 'MINISTRY_DEPARTMENT' || u.kind === 'HIGH_COMMAND')).toHaveLength(30);
  });

  it('when any day is asked, then no unit has two REPORTS_TO parents', () => {
    for (const day of ['2024-06-01', '2025-03-01', '2025-06-30', '2025-07-01', '2026-06-01']) {
      const seen = new Set<string>();
      for (const r of g.relations.filter((x) => holds(x, day))) {
        expect(seen.has(r.from)).toBe(false);
        seen.add(r.from);
      }
    }
  });

  it('when scaled to 1,000,000 units, then the plan has about that many and communes carry the growth', () => {
    const p = planShape(1_000_000);
    expect(Math.abs(p.total - 1_000_000)).toBeLessThan(100);
    expect(p.oldProvinces).toBe(63);
    expect(p.newProvinces).toBe(34);
    expect(p.oldCommunes + p.newCommunes).toBeGreaterThan(900_000);
  });
});

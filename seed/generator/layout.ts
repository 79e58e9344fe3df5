/**
 * The skeleton of a generated structure, drawn once per run before any unit is written: the old and
 * new provinces with their ids, how many districts each old province has, how many communes each
 * district and each new province has. Small (a few hundred entries) whatever the target size.
 */
import { asciiName, placeName, slug } from './names';
import type { ShapePlan } from './plan';
import { apportion, streamFor } from './prng';
import { NEW_PROVINCES } from './provinces';

/** A province force of after 2025-07-01. */
export interface NewProvinceLayout {
  id: string;
  nameVi: string;
  from: OldProvinceLayout[];
  communes: number;
}

/** A province force of before 2025-07-01. */
export interface OldProvinceLayout {
  id: string;
  nameVi: string;
  into: NewProvinceLayout;
  districts: DistrictLayout[];
}

/** A district police force (until 2025-03-01) and how many communes it has. */
export interface DistrictLayout {
  id: string;
  nameVi: string;
  province: OldProvinceLayout;
  communes: number;
}

/** The skeleton of the whole run. */
export interface Layout {
  newProvinces: NewProvinceLayout[];
  oldProvinces: OldProvinceLayout[];
  districts: DistrictLayout[];
}

/** Stream numbers of the PRNG (prng.ts streamFor), one per family of draws. */
export const STREAM = { layout: 1, unit: 2, district: 3 } as const;

/** Draws the skeleton for `plan` with `seed`; ids start with `prefix`. */
export function layOut(plan: ShapePlan, seed: number, prefix: string): Layout {
  const rand = streamFor(seed, STREAM.layout, 0);
  const newProvinces: NewProvinceLayout[] = NEW_PROVINCES.map((p) => ({ id: `${prefix}${slug(p.nameVi)}-police`, nameVi: p.nameVi, from: [], communes: 0 }));
  const oldProvinces: OldProvinceLayout[] = [];
  const oldWeights: number[] = [];
  NEW_PROVINCES.forEach((p, i) => {
    const into = newProvinces[i]!;
    for (const nameVi of p.from) {
      const old: OldProvinceLayout = { id: `${prefix}old-${slug(nameVi)}-police`, nameVi, into, districts: [] };
      into.from.push(old);
      oldProvinces.push(old);
      oldWeights.push((p.weight / p.from.length) * (0.8 + 0.4 * rand()));
    }
  });
  apportion(plan.newCommunes, NEW_PROVINCES.map((p) => p.weight), 1).forEach((n, i) => { newProvinces[i]!.communes = n; });
  const districts: DistrictLayout[] = [];
  const districtWeights: number[] = [];
  apportion(plan.districts, oldWeights, 1).forEach((count, i) => {
    const province = oldProvinces[i]!;
    for (let k = 1; k <= count; k++) {
      const name = placeName(streamFor(seed, STREAM.district, districts.length));
      const d: DistrictLayout = { id: `${province.id.replace(/-police$/, '')}-district-${String(k).padStart(2, '0')}`, nameVi: name, province, communes: 0 };
      province.districts.push(d);
      districts.push(d);
      districtWeights.push((oldWeights[i]! / count) * (0.6 + 0.8 * rand()));
    }
  });
  apportion(plan.oldCommunes, districtWeights, 1).forEach((n, i) => { districts[i]!.communes = n; });
  return { newProvinces, oldProvinces, districts };
}

const CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

/** "Police of Ha Giang Province" / "Công an tỉnh Hà Giang" (cities: "City" / "thành phố"). */
export function provinceNames(nameVi: string): { name: string; nameVi: string } {
  const city = CITIES.has(nameVi);
  return {
    name: `Police of ${asciiName(nameVi)} ${city ? 'City' : 'Province'}`,
    nameVi: `Công an ${city ? 'thành phố' : 'tỉnh'} ${nameVi}`,
  };
}

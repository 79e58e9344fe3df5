/**
 * How many units of each level a run generates for a target total: the provinces are fixed (63 old,
 * 34 new), the rest scales with the target. At the natural size (about 14,000 units) the shape is
 * the country's: about 30 ministry-level departments, 705 district police, 10,000 communes before
 * 2025-07-01 and 3,321 after.
 */
import { NEW_PROVINCES } from './provinces';

/** Unit counts of one generated structure. */
export interface ShapePlan {
  departments: number;
  oldProvinces: number;
  newProvinces: number;
  districts: number;
  oldCommunes: number;
  newCommunes: number;
  /** Sum of the above (the stand-in root, when generated, is not counted). */
  total: number;
}

const NATURAL = { departments: 30, districts: 705, oldCommunes: 10_000, newCommunes: 3_321 };
/** The total of the natural shape. */
export const NATURAL_UNITS = NATURAL.departments + 63 + NEW_PROVINCES.length + NATURAL.districts + NATURAL.oldCommunes + NATURAL.newCommunes;
/** The smallest target that still has a district under every old province and a commune under every new one. */
export const MIN_UNITS = 1 + 63 + 34 + 63 + 63 + 34;
/** The largest target accepted. */
export const MAX_UNITS = 2_000_000;

/**
 * The counts for about `units` generated units. Communes and departments scale with the target;
 * districts stay at 705 from the natural size up (below it they shrink, at least one per old province).
 * @throws RangeError when `units` is not a whole number from MIN_UNITS to MAX_UNITS.
 */
export function planShape(units: number): ShapePlan {
  if (!Number.isInteger(units) || units < MIN_UNITS || units > MAX_UNITS) {
    throw new RangeError(`--units must be a whole number from ${MIN_UNITS} to ${MAX_UNITS} (got ${units})`);
  }
  const s = units / NATURAL_UNITS;
  const oldProvinces = NEW_PROVINCES.reduce((n, p) => n + p.from.length, 0);
  const newProvinces = NEW_PROVINCES.length;
  const departments = Math.max(1, Math.round(NATURAL.departments * s));
  const districts = Math.max(oldProvinces, Math.min(NATURAL.districts, Math.round(NATURAL.districts * s)));
  const newCommunes = Math.max(newProvinces, Math.round(NATURAL.newCommunes * s));
  const oldCommunes = Math.max(districts, units - departments - oldProvinces - newProvinces - districts - newCommunes);
  const total = departments + oldProvinces + newProvinces + districts + oldCommunes + newCommunes;
  return { departments, oldProvinces, newProvinces, districts, oldCommunes, newCommunes, total };
}

/**
 * Shapes the paths the chain query returns into ordered steps: step i is the unit at depth i and the
 * relation leading up from it (none at the top).
 */
import type { ChainPathModel, RelationModel, UnitModel } from '../model/models';

/** One path as rows: its units in order and the relations between them. */
export interface RawPath {
  units: UnitModel[];
  relations: RelationModel[];
}

/** The steps of each path, for the date `asOf`. */
export function toChainPaths(raw: RawPath[], asOf: string): ChainPathModel[] {
  return raw.map((p) => ({
    steps: p.units.map((unit, depth) => ({ depth, unit, up: p.relations[depth] ?? null, asOf })),
  }));
}

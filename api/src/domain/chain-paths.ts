/**
 * Shapes the paths the chain query returns into ordered steps: step i is the unit at depth i and the
 * relation leading up from it (none at the top). Where claims of one line disagree (two claims of the
 * same type from the same unit on the chain's date), the chain follows the PREFERRED one: paths
 * through a rival of a PREFERRED claim are left out, and the lines with a competing claim reported.
 */
import type { Basis, RelationType } from '../model/generated/schema-types';
import type { ChainPathModel, RelationModel, UnitModel } from '../model/models';

/** One path as rows: its units in order and the relations between them. */
export interface RawPath {
  units: UnitModel[];
  relations: RelationModel[];
}

/** A chain's paths and the lines of it that have a competing claim. */
export interface ShapedChain {
  paths: ChainPathModel[];
  disputes: RelationModel[];
}

// Several REPORTS_TO lines at once are a dispute by the model's rule (one parent); several lines of
// another type are one only when a claim says it is disputed.
const SINGLE: RelationType = 'REPORTS_TO';

/**
 * The steps of each path for the date `asOf` (units and relations carry it, for their `basis`),
 * without the paths through a rival of a PREFERRED claim, and the relations of the kept paths that
 * have a competing claim. `minBasis` is what the chain was read at (its leaders are read so).
 */
export function toChainPaths(raw: RawPath[], asOf: string, minBasis: Basis): ShapedChain {
  const rivals = new Map<string, Map<string, RelationModel>>();
  for (const p of raw) {
    for (const r of p.relations) {
      const key = `${r.from}|${r.type}`;
      const group = rivals.get(key) ?? new Map<string, RelationModel>();
      group.set(r.id, r);
      rivals.set(key, group);
    }
  }
  const groupOf = (r: RelationModel) => [...rivals.get(`${r.from}|${r.type}`)!.values()];
  const outranked = (r: RelationModel) => r.claimRank !== 'PREFERRED' && groupOf(r).some((o) => o.claimRank === 'PREFERRED');
  const competing = (r: RelationModel) => {
    const group = groupOf(r);
    return group.length > 1 && (r.type === SINGLE || group.some((o) => o.status === 'DISPUTED'));
  };
  const kept = raw.filter((p) => !p.relations.some(outranked));
  const disputes = new Map<string, RelationModel>();
  const paths = kept.map((p) => ({
    steps: p.units.map((unit, depth) => {
      const r = p.relations[depth];
      const up = r ? { ...r, asOf } : null;
      const disputed = !!up && competing(up);
      if (up && disputed && !disputes.has(up.id)) disputes.set(up.id, up);
      return { depth, unit: { ...unit, asOf }, up, asOf, minBasis, disputed };
    }),
  }));
  return { paths, disputes: [...disputes.values()] };
}

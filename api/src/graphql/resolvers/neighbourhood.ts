/**
 * The neighbourhood of a unit, breadth first: one query per level collects the units around the
 * frontier (graph/expand-frontier.cypher), then one query returns them and the relations among them
 * in Cytoscape's shape (graph/find-elements.cypher). Stops at config.maxNeighbourhoodNodes units.
 */
import { cypherByBasis } from '../../db/queries';
import type { CypherDate } from '../../db/driver';
import type { Context } from '../context';
import { badInput } from '../../errors';
import type { Basis, GraphEdgeDataResolvers, GraphNodeDataResolvers, RelationType } from '../generated/resolvers-types';
import type { GraphEdgeDataModel, GraphNodeDataModel } from '../../model/models';
import { basisOn, statedOf } from '../../domain/basis';

const expandFrontier = cypherByBasis<{ ids: string[]; types: string[]; asOf: CypherDate; limit: number }, { unit: { id: string } }>('graph/expand-frontier');
type Elements = { nodes: { data: GraphNodeDataModel }[]; edges: { data: GraphEdgeDataModel }[] };
const findElements = cypherByBasis<{ ids: string[]; types: string[]; asOf: CypherDate }, Elements>('graph/find-elements');

/**
 * Nodes and edges within `depth` steps of `unitId` on `asOf`, over units and lines at least `minBasis` strong.
 * @throws BAD_USER_INPUT past maxNeighbourhoodNodes
 */
export async function buildNeighbourhood(ctx: Context, unitId: string, depth: number, types: RelationType[], asOf: CypherDate, minBasis: Basis): Promise<Elements> {
  const max = ctx.config.maxNeighbourhoodNodes;
  return ctx.db.readTx(async (tx) => {
    const seen = new Set([unitId]);
    let frontier = [unitId];
    for (let level = 0; level < depth && frontier.length; level++) {
      const rows = await tx.run(expandFrontier(minBasis), { ids: frontier, types, asOf, limit: max + 1 });
      frontier = rows.map((r) => r.unit.id).filter((id) => !seen.has(id));
      frontier.forEach((id) => seen.add(id));
      if (seen.size > max) {
        throw badInput(`the neighbourhood has more than ${max} units (MAX_NEIGHBOURHOOD_NODES): ask for a smaller depth or fewer lines.`, 'depth');
      }
    }
    const [row] = await tx.run(findElements(minBasis), { ids: [...seen], types, asOf });
    // Each element carries the date it was read on, for its basis.
    const day = asOf.toString();
    return {
      nodes: (row?.nodes ?? []).map((n) => ({ data: { ...n.data, asOf: day } })),
      edges: (row?.edges ?? []).map((e) => ({ data: { ...e.data, asOf: day } })),
    };
  });
}

/** A node's basis on the date the neighbourhood was read on. */
export const GraphNodeData: GraphNodeDataResolvers = {
  basis: (d, _, ctx) => basisOn(statedOf(d), d.asOf ?? ctx.today),
};

/** An edge's basis on the date the neighbourhood was read on. */
export const GraphEdgeData: GraphEdgeDataResolvers = {
  basis: (d, _, ctx) => basisOn(statedOf(d), d.asOf ?? ctx.today),
};

/**
 * The neighbourhood of a unit, breadth first: one query per level collects the units around the
 * frontier (graph/expand-frontier.cypher), then one query returns them and the relations among them
 * in Cytoscape's shape (graph/find-elements.cypher). Stops at config.maxNeighbourhoodNodes units.
 */
import { cypher } from '../../db/queries';
import { cypherParams, plain, type CypherDate } from '../../db/driver';
import type { Context } from '../context';
import { badInput } from '../../errors';
import type { GraphElements, RelationType } from '../generated/resolvers-types';

const expandFrontier = cypher<{ ids: string[]; types: string[]; asOf: CypherDate; limit: number }, { unit: { id: string } }>('graph/expand-frontier');
const findElements = cypher<{ ids: string[]; types: string[]; asOf: CypherDate }, GraphElements>('graph/find-elements');

/** Nodes and edges within `depth` steps of `unitId` on `asOf`. */
export async function buildNeighbourhood(ctx: Context, unitId: string, depth: number, types: RelationType[], asOf: CypherDate): Promise<GraphElements> {
  const max = ctx.config.maxNeighbourhoodNodes;
  return ctx.db.readTx(async (tx) => {
    const seen = new Set([unitId]);
    let frontier = [unitId];
    for (let level = 0; level < depth && frontier.length; level++) {
      const res = await tx.run(expandFrontier.text, cypherParams({ ids: frontier, types, asOf, limit: max + 1 }));
      frontier = res.records.map((r) => (r.get('unit').properties as { id: string }).id).filter((id) => !seen.has(id));
      frontier.forEach((id) => seen.add(id));
      if (seen.size > max) {
        throw badInput(`the neighbourhood has more than ${max} units (MAX_NEIGHBOURHOOD_NODES): ask for a smaller depth or fewer lines.`, 'depth');
      }
    }
    const res = await tx.run(findElements.text, { ids: [...seen], types, asOf });
    // plain(): edge dates arrive as driver Date values inside maps; Cytoscape wants text.
    const record = res.records[0];
    return plain({ nodes: record?.get('nodes') ?? [], edges: record?.get('edges') ?? [] }) as GraphElements;
  });
}

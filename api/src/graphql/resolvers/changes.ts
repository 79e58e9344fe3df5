/**
 * changesBetween and the Change type: the facts that began or ended in the window are read in one
 * read transaction (queries/changes/*.cypher) and grouped into changes by domain/changes.ts.
 */
import { cypherDate, type CypherDate } from '../../db/driver';
import { cypher } from '../../db/queries';
import { decodeChangeCursor, encodeChangeCursor, groupChanges, pageOfChanges, type FactRow, type HoldingFact, type LineFact, type SuccessionFact, type UnitRow } from '../../domain/changes';
import { badInput, notFound } from '../../errors';
import { parseCitations, type UnitModel } from '../../model/models';
import type { ChangeResolvers, QueryResolvers } from '../generated/resolvers-types';
import type { Context } from '../context';
import { checkPage, requireUnit } from './args';

// `asked`: the kinds listed change by change, never counted in another.
type Window = { from: CypherDate; to: CypherDate; under: string | null; asked: string[] };
const findUnitChanges = cypher<Window, UnitRow>('changes/find-unit-changes');
const findSuccessionChanges = cypher<Window, SuccessionFact>('changes/find-succession-changes');
const findLineChanges = cypher<Window, FactRow<LineFact>>('changes/find-line-changes');
const findHoldingChanges = cypher<Window, FactRow<HoldingFact>>('changes/find-holding-changes');

/** Query.changesBetween. */
export const ChangesQuery: Pick<QueryResolvers, 'changesBetween'> = {
  async changesBetween(_, { from, to, under, kinds, first, after }, ctx) {
    if (from > to) throw badInput(`from (${from}) must not be after to (${to}): changes are reported after from, up to to.`, 'from');
    const limit = first ?? 50;
    checkPage(ctx, limit);
    const key = after == null ? null : decodeChangeCursor(after);
    if (after != null && key === null) throw badInput('after is not a cursor of this list: pass the pageInfo.endCursor of its previous page.', 'after');
    if (under) await requireUnit(ctx, under, 'under');
    const asked = kinds?.length ? [...new Set(kinds)] : null;
    const window: Window = { from: cypherDate(from), to: cypherDate(to), under: under ?? null, asked: asked ?? [] };
    const facts = await ctx.db.readTx(async (tx) => {
      const [units, successions, lines, holdings] = [
        await tx.run(findUnitChanges, window), await tx.run(findSuccessionChanges, window),
        await tx.run(findLineChanges, window), await tx.run(findHoldingChanges, window),
      ];
      return { units, successions, lines, holdings };
    });
    const grouped = groupChanges(facts, asked);
    const { page, hasNextPage } = pageOfChanges(grouped.changes, key, limit);
    const edges = page.map((node) => ({ node, cursor: encodeChangeCursor(node) }));
    return {
      edges,
      pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: grouped.changes.length,
      summary: grouped.summary,
    };
  },
};

const unitOf = async (ctx: Context, id: string): Promise<UnitModel> => (await ctx.loaders.unit.load(id)) ?? Promise.reject(notFound(`unit '${id}' is missing`));

/** The Change fields that are not plain values. */
export const Change: ChangeResolvers = {
  units: (c, _, ctx) => Promise.all(c.unitIds.map((id) => unitOf(ctx, id))),
  successors: (c, _, ctx) => Promise.all(c.successorIds.map((id) => unitOf(ctx, id))),
  fromParent: (c, _, ctx) => (c.fromParentId ? unitOf(ctx, c.fromParentId) : null),
  toParent: (c, _, ctx) => (c.toParentId ? unitOf(ctx, c.toParentId) : null),
  citations: (c) => parseCitations(c),
};

/**
 * The root Query fields. Each reads through a `.cypher` file of api/src/db/queries/ (named beside it)
 * or a DataLoader; checks of arguments are in args.ts.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { cypher, cypherByBasis } from '../../db/queries';
import { cypherDate, type CypherDate } from '../../db/driver';
import { encodeCursor, encodeKeyCursor, type PageKey } from '../../domain/cursor';
import { luceneQuery, searchWords } from '../../domain/search-query';
import { toChainPaths, type RawPath } from '../../domain/chain-paths';
import { badInput } from '../../errors';
import type { QueryResolvers, ChainLine, RelationType } from '../generated/resolvers-types';
import { UNIT_FIELD_PROPERTIES, UNIT_PROPERTIES, type UnitModel, type UnitProperty } from '../../model/models';
import type { Basis } from '../../model/generated/schema-types';
import { UNIT_RELATION_TYPES } from '../../model/vocabulary';
import { checkDepth, checkKeyPage, checkPage, requireUnit, selectedFields, selects, unitNotFound } from './args';
import { buildNeighbourhood } from './neighbourhood';
import type { Context } from '../context';
import type { SubtreeQuestion, SubtreeRow } from '../subtree-snapshots';

const searchUnits = cypher<{ lucene: string; phrase: string; kinds: string[] | null; skip: number; limit: number }, { unit: UnitModel; score: number }>('search/search-units');
type SubordinatesParams = { unitId: string; depth: number; asOf: CypherDate; after: PageKey | null; limit: number; withCount: boolean; fields: UnitProperty[]; minBasis: Basis };
type SubordinatesRow = { found: boolean; totalCount: number; values: unknown[] | null; depth: number; parentId: string };
const findSubordinates = cypherByBasis<SubordinatesParams, SubordinatesRow>('units/find-subordinates');
// The same rows for depth 1, in one hop: cheaper for a big province (bench/README.md).
const findDirectSubordinates = cypherByBasis<SubordinatesParams, SubordinatesRow>('units/find-direct-subordinates');
const subordinatesQuery = (depth: number, min: Basis) => (depth === 1 ? findDirectSubordinates : findSubordinates)(min);
const findPath = cypherByBasis<{ fromId: string; toId: string; types: string[]; asOf: CypherDate; maxDepth: number }, RawPath>('graph/find-path-between');

/**
 * The unit properties a subordinates page reads: the ones its selection asks for under edges.node
 * (id and name always: they make the cursor), or all when the selection cannot be read.
 * Reading fewer properties makes a big walk cheaper (bench/README.md, "Evening").
 */
function pageFields(info: GraphQLResolveInfo): UnitProperty[] {
  const asked = selectedFields(info, ['edges', 'node']);
  const needed = asked && new Set([...asked].flatMap((f) => [f, ...(UNIT_FIELD_PROPERTIES[f] ?? [])]));
  return UNIT_PROPERTIES.filter((p, i) => i < 2 || !needed || needed.has(p));
}

/** The subordinates in find-subordinates' rows (none when its one row has no unit), as units of `fields`. */
function subtreeRows(rows: { values: unknown[] | null; depth: number; parentId: string }[], fields: UnitProperty[]): SubtreeRow[] {
  return rows.filter((r) => r.values !== null).map((r) => ({
    unit: Object.fromEntries(fields.map((f, i) => [f, r.values![i]])) as unknown as UnitModel,
    depth: r.depth,
    parentId: r.parentId,
  }));
}

const LINE_TYPES: Record<ChainLine, RelationType> = { REPORTING: 'REPORTS_TO', RESPONSIBILITY: 'ANSWERABLE_TO' };
/** Unit-to-unit relation types (SET_UP_FOR points at an event). */
export { UNIT_RELATION_TYPES } from '../../model/vocabulary';

export const Query: QueryResolvers = {
  unit: (_, { id }, ctx) => ctx.loaders.unit.load(id),
  person: (_, { id }, ctx) => ctx.loaders.person.load(id),
  post: (_, { id }, ctx) => ctx.loaders.post.load(id),
  source: (_, { id }, ctx) => ctx.loaders.source.load(id),

  async searchUnits(_, { query, kinds, first, after }, ctx) {
    if (query.length > 200) throw badInput('query is longer than 200 characters: search with a few words of the name.', 'query');
    const words = searchWords(query);
    if (words.length === 0) throw badInput('query has no letters or digits to search for: type part of a unit name, e.g. "cong an".', 'query');
    const { skip, limit } = checkPage(ctx, first ?? 20, after);
    const rows = await ctx.db.read(searchUnits, { lucene: luceneQuery(words), phrase: words.join(' '), kinds: kinds?.length ? kinds : null, skip, limit: limit + 1 });
    const page = rows.slice(0, limit);
    return {
      edges: page.map((r, i) => ({ node: r.unit, score: r.score, cursor: encodeCursor(skip + i) })),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length ? encodeCursor(skip + page.length - 1) : null },
    };
  },

  // One transaction per batch of concurrent chain requests (graphql/batched-reads.ts), which also
  // answers whether the unit exists.
  async chainOfResponsibility(_, { unitId, lines, asOf, minBasis }, ctx) {
    const chosen = [...new Set(lines?.length ? lines : (['REPORTING', 'RESPONSIBILITY'] as ChainLine[]))];
    const day = asOf ?? ctx.today;
    const min = minBasis ?? 'ASSUMED';
    const { start, paths } = await ctx.batched.chain.load({ unitId, types: chosen.map((l) => LINE_TYPES[l]), asOf: day, minBasis: min, requestId: ctx.requestId });
    if (!start) throw unitNotFound(unitId);
    ctx.loaders.unit.prime(unitId, start);
    const limit = ctx.config.maxChainPaths;
    const chain = toChainPaths(paths, day, min);
    return { unit: { ...start, asOf: day }, asOf: day, lines: chosen, paths: chain.paths.slice(0, limit), truncated: chain.paths.length > limit, disputes: chain.disputes };
  },

  // One query: the page (keyset), whether the unit exists, and the count when the selection asks
  // for totalCount (counting a big subtree costs a full read). A page after the first (a stream) is
  // cut from the subtree kept by an earlier page when the database has not changed since
  // (subtree-snapshots.ts), else read with the rest of the subtree, which is kept for the next pages.
  async subordinates(_, { unitId, depth, asOf, minBasis, first, after }, ctx, info) {
    const { limit, key } = checkKeyPage(ctx, first ?? 50, after);
    const withCount = selects(info, 'totalCount');
    const fields = pageFields(info);
    const min = minBasis ?? 'ASSUMED';
    const question = { unitId, depth: checkDepth(ctx, depth ?? 1), asOf: asOf ?? ctx.today, minBasis: min, fields: fields.join() };
    const params = { unitId, depth: question.depth, asOf: cypherDate(question.asOf), after: key, limit: limit + 1, withCount, fields, minBasis: min };
    let page: SubtreeRow[] | undefined;
    let totalCount = 0;
    if (key && !withCount && ctx.snapshots.maxUnits > 0) page = await streamPage(ctx, question, key, params);
    if (!page) {
      const rows = await ctx.db.read(subordinatesQuery(params.depth, min), params);
      if (!rows[0]?.found) throw unitNotFound(unitId);
      page = subtreeRows(rows, fields);
      totalCount = rows[0].totalCount;
    }
    const edges = page.slice(0, limit).map((s) => ({ node: { ...s.unit, asOf: question.asOf }, depth: s.depth, parentId: s.parentId, cursor: encodeKeyCursor({ depth: s.depth, name: s.unit.name, id: s.unit.id }) }));
    return {
      edges,
      pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      // Made only when selected (selects() sees every way to select it); never read otherwise.
      totalCount,
    };
  },

  async pathBetween(_, { fromId, toId, asOf, minBasis }, ctx) {
    await Promise.all([requireUnit(ctx, fromId, 'fromId'), requireUnit(ctx, toId, 'toId')]);
    const day = asOf ?? ctx.today;
    const [row] = await ctx.db.read(findPath(minBasis ?? 'ASSUMED'), { fromId, toId, types: UNIT_RELATION_TYPES, asOf: cypherDate(day), maxDepth: ctx.config.maxDepth });
    return row ? { units: row.units.map((u) => ({ ...u, asOf: day })), relations: row.relations.map((r) => ({ ...r, asOf: day })) } : null;
  },

  async neighbourhood(_, { unitId, depth, lines, asOf, minBasis }, ctx) {
    await requireUnit(ctx, unitId);
    const types = lines?.length ? lines.filter((t) => t !== 'SET_UP_FOR') : UNIT_RELATION_TYPES;
    return buildNeighbourhood(ctx, unitId, checkDepth(ctx, depth ?? 1, 0), types, cypherDate(asOf ?? ctx.today), minBasis ?? 'ASSUMED');
  },
};

/**
 * A page (`params.limit` rows: one more than asked) of a stream of subordinates after `key`: cut from
 * the kept subtree, or read with the rest of the subtree in one walk and kept; undefined when the
 * rest is too big to keep (then page it from Neo4j).
 */
async function streamPage(ctx: Context, question: SubtreeQuestion, key: PageKey, params: SubordinatesParams): Promise<SubtreeRow[] | undefined> {
  const kept = ctx.snapshots.after(question, await ctx.db.state(), key);
  if (kept === 'too big') return undefined;
  if (kept) return kept.slice(0, params.limit);
  const { rows, state } = await ctx.db.readAt(subordinatesQuery(params.depth, params.minBasis), { ...params, limit: ctx.snapshots.maxUnits + 1 });
  if (!rows[0]?.found) throw unitNotFound(question.unitId);
  const rest = subtreeRows(rows, params.fields);
  if (state) ctx.snapshots.keep(question, state, rest);
  return rest.slice(0, params.limit);
}

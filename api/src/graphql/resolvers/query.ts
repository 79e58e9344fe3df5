/**
 * The root Query fields. Each reads through a `.cypher` file of api/src/db/queries/ (named beside it)
 * or a DataLoader; checks of arguments are in args.ts.
 */
import { cypher } from '../../db/queries';
import { cypherDate, type CypherDate } from '../../db/driver';
import { encodeCursor } from '../../domain/cursor';
import { luceneQuery, searchWords } from '../../domain/search-query';
import { toChainPaths, type RawPath } from '../../domain/chain-paths';
import { badInput } from '../errors';
import type { QueryResolvers, ChainLine, RelationType } from '../generated/resolvers-types';
import type { UnitModel } from '../mappers';
import { checkDepth, checkPage, requireUnit } from './args';
import { buildNeighbourhood } from './neighbourhood';

const searchUnits = cypher<{ lucene: string; phrase: string; kinds: string[] | null; skip: number; limit: number }, { unit: UnitModel; score: number }>('search/search-units');
const findChain = cypher<{ unitId: string; types: string[]; asOf: CypherDate; limit: number }, RawPath>('chain/find-chain-of-responsibility');
const findSubordinates = cypher<{ unitId: string; depth: number; asOf: CypherDate; skip: number; limit: number },
  { totalCount: number; page: { unit: UnitModel; depth: number; parentId: string }[] }>('units/find-subordinates');
const findPath = cypher<{ fromId: string; toId: string; types: string[]; asOf: CypherDate; maxDepth: number }, RawPath>('graph/find-path-between');

const LINE_TYPES: Record<ChainLine, RelationType> = { REPORTING: 'REPORTS_TO', RESPONSIBILITY: 'ANSWERABLE_TO' };
/** Unit-to-unit relation types (SET_UP_FOR points at an event). */
export const UNIT_RELATION_TYPES: RelationType[] = ['REPORTS_TO', 'ANSWERABLE_TO', 'COORDINATES_WITH', 'ADVISES', 'GUIDES', 'ESTABLISHED_BY'];

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

  async chainOfResponsibility(_, { unitId, lines, asOf }, ctx) {
    const unit = await requireUnit(ctx, unitId);
    const chosen = [...new Set(lines?.length ? lines : (['REPORTING', 'RESPONSIBILITY'] as ChainLine[]))];
    const day = asOf ?? ctx.today;
    const limit = ctx.config.maxChainPaths;
    const raw = await ctx.db.read(findChain, { unitId, types: chosen.map((l) => LINE_TYPES[l]), asOf: cypherDate(day), limit: limit + 1 });
    return { unit, asOf: day, lines: chosen, paths: toChainPaths(raw.slice(0, limit), day), truncated: raw.length > limit };
  },

  async subordinates(_, { unitId, depth, asOf, first, after }, ctx) {
    await requireUnit(ctx, unitId);
    const { skip, limit } = checkPage(ctx, first ?? 50, after);
    const [row] = await ctx.db.read(findSubordinates, { unitId, depth: checkDepth(ctx, depth ?? 1), asOf: cypherDate(asOf ?? ctx.today), skip, limit });
    const page = row?.page ?? [];
    const total = row?.totalCount ?? 0;
    return {
      totalCount: total,
      edges: page.map((s, i) => ({ node: s.unit, depth: s.depth, parentId: s.parentId, cursor: encodeCursor(skip + i) })),
      pageInfo: { hasNextPage: skip + page.length < total, endCursor: page.length ? encodeCursor(skip + page.length - 1) : null },
    };
  },

  async pathBetween(_, { fromId, toId, asOf }, ctx) {
    await Promise.all([requireUnit(ctx, fromId, 'fromId'), requireUnit(ctx, toId, 'toId')]);
    const [row] = await ctx.db.read(findPath, { fromId, toId, types: UNIT_RELATION_TYPES, asOf: cypherDate(asOf ?? ctx.today), maxDepth: ctx.config.maxDepth });
    return row ? { units: row.units, relations: row.relations } : null;
  },

  async neighbourhood(_, { unitId, depth, lines, asOf }, ctx) {
    await requireUnit(ctx, unitId);
    const types = lines?.length ? lines.filter((t) => t !== 'SET_UP_FOR') : UNIT_RELATION_TYPES;
    return buildNeighbourhood(ctx, unitId, checkDepth(ctx, depth ?? 1, 0), types, cypherDate(asOf ?? ctx.today));
  },
};

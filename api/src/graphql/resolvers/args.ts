/**
 * Checks of arguments shared by several root fields: ids that must exist, depths and page sizes
 * within the configured limits, cursors this API made.
 */
import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, type GraphQLResolveInfo, type SelectionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context';
import { decodeCursor, decodeKeyCursor, type PageKey } from '../../domain/cursor';
import { badInput, notFound } from '../errors';
import type { UnitModel } from '../mappers';

/** The unit, or NOT_FOUND with what to do. */
export async function requireUnit(ctx: Context, id: string, argument = 'unitId'): Promise<UnitModel> {
  const unit = await ctx.loaders.unit.load(id);
  if (!unit) throw unitNotFound(id, argument);
  return unit;
}

/** NOT_FOUND for a unit id, with what to do. */
export function unitNotFound(id: string, argument = 'unitId') {
  return notFound(`unit '${id}' (${argument}) not found; find unit ids with searchUnits(query: "...").`);
}

/** `depth` within 0 (or 1) .. config.maxDepth, or BAD_USER_INPUT. */
export function checkDepth(ctx: Context, depth: number, min = 1): number {
  if (!Number.isInteger(depth) || depth < min || depth > ctx.config.maxDepth) {
    throw badInput(`depth must be from ${min} to ${ctx.config.maxDepth} (the configured MAX_DEPTH); got ${depth}.`, 'depth');
  }
  return depth;
}

/** The offset to start after, and the page size, or BAD_USER_INPUT. */
export function checkPage(ctx: Context, first: number, after?: string | null): { skip: number; limit: number } {
  checkFirst(ctx, first);
  if (after == null) return { skip: 0, limit: first };
  const offset = decodeCursor(after);
  if (offset === null) throw badInput('after is not a cursor of this API: pass the pageInfo.endCursor of the previous page.', 'after');
  return { skip: offset + 1, limit: first };
}

/** The sort key to start after (null: from the start), and the page size, or BAD_USER_INPUT. */
export function checkKeyPage(ctx: Context, first: number, after?: string | null): { key: PageKey | null; limit: number } {
  checkFirst(ctx, first);
  if (after == null) return { key: null, limit: first };
  const key = decodeKeyCursor(after);
  if (key === null) throw badInput('after is not a cursor of this list: pass the pageInfo.endCursor of its previous page.', 'after');
  return { key, limit: first };
}

function checkFirst(ctx: Context, first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > ctx.config.maxPageSize) {
    throw badInput(`first must be from 1 to ${ctx.config.maxPageSize} (the configured MAX_PAGE_SIZE); got ${first}. Page with after: endCursor.`, 'first');
  }
}

/**
 * Whether the field being resolved selects `name` (directly, aliased, or inside an inline fragment),
 * leaving out what @skip or @include leaves out for this request's variables (as graphql-js does).
 * A named fragment counts as yes without looking into it: reading something not needed is harmless.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'variableValues'>, name: string): boolean {
  const included = (node: SelectionNode) => getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] !== true
    && getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
  const has = (set: SelectionSetNode | undefined): boolean => !!set && set.selections.some((s) => included(s) &&
    (s.kind === 'FragmentSpread' || (s.kind === 'Field' && s.name.value === name) || (s.kind === 'InlineFragment' && has(s.selectionSet))));
  return info.fieldNodes.some((f) => has(f.selectionSet));
}

/**
 * The names of the fields selected at `path` below the field being resolved (e.g. ['edges', 'node']),
 * through aliases and inline fragments; undefined when a named fragment is spread on the way (then
 * take it as everything).
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes'>, path: string[]): Set<string> | undefined {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, rest: string[]): boolean => !set || set.selections.every((s) => {
    if (s.kind === 'FragmentSpread') return false;
    if (s.kind === 'InlineFragment') return walk(s.selectionSet, rest);
    if (rest.length === 0) names.add(s.name.value);
    return rest.length === 0 || s.name.value !== rest[0] || walk(s.selectionSet, rest.slice(1));
  });
  return info.fieldNodes.every((f) => walk(f.selectionSet, path)) ? names : undefined;
}


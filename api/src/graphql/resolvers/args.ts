/**
 * Checks of arguments shared by several root fields: ids that must exist, depths and page sizes
 * within the configured limits, cursors this API made.
 */
import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, type GraphQLResolveInfo, type SelectionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context';
import { decodeCursor, decodeKeyCursor, type PageKey } from '../../domain/cursor';
import { badInput, notFound } from '../../errors';
import type { UnitModel } from '../../model/models';

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
 * Whether the field being resolved selects `name` at its own level (selectedFields at []); yes when a
 * named fragment hides its selection: reading something not needed is harmless.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'variableValues'>, name: string): boolean {
  return selectedFields(info, [])?.has(name) ?? true;
}

/**
 * The names of the fields selected at `path` below the field being resolved ([]: its own level;
 * ['edges', 'node']: the nodes of a connection), through aliases and inline fragments, leaving out
 * what @skip or @include leaves out for this request's variables (as graphql-js does); undefined when
 * a named fragment is spread on the way (then take it as everything).
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'variableValues'>, path: string[]): Set<string> | undefined {
  const included = (node: SelectionNode) => getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] !== true
    && getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, rest: string[]): boolean => !set || set.selections.every((s) => {
    if (!included(s)) return true;
    if (s.kind === 'FragmentSpread') return false;
    if (s.kind === 'InlineFragment') return walk(s.selectionSet, rest);
    if (rest.length === 0) names.add(s.name.value);
    return rest.length === 0 || s.name.value !== rest[0] || walk(s.selectionSet, rest.slice(1));
  });
  return info.fieldNodes.every((f) => walk(f.selectionSet, path)) ? names : undefined;
}

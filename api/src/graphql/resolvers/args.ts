/**
 * Checks of arguments shared by several root fields: ids that must exist, depths and page sizes
 * within the configured limits, cursors this API made.
 */
import { visit, type DirectiveNode, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
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

/** Whether the field being resolved selects `name` at its own level (selectedFields at []). */
export function selects(info: SelectionInfo, name: string): boolean {
  return selectedFields(info, [])?.has(name) ?? true;
}

/**
 * The names of the fields selected at `path` below the field being resolved ([]: its own level;
 * ['edges', 'node']: the nodes of a connection), through aliases, inline and named fragments,
 * leaving out what @skip or @include leaves out for this request's variables (graphql-parse-resolve-info
 * reads the selection); undefined when the field is not in `info`'s schema (then take it as everything).
 */
export function selectedFields(info: SelectionInfo, path: string[]): Set<string> | undefined {
  const tree = selectionTree(info);
  if (!tree) return undefined;
  let level = [tree];
  for (const name of path) {
    const next: ResolveTree[] = [];
    for (const t of level) for (const f of subfields(t)) if (f.name === name) next.push(f);
    level = next;
  }
  const names = new Set<string>();
  for (const t of level) for (const f of subfields(t)) names.add(f.name);
  return names;
}

/** What selectedFields reads of a resolver's info. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'variableValues' | 'fragments' | 'schema' | 'parentType'>;

interface Parsed {
  nodes: readonly FieldNode[];
  /** The variables the document's directives read, and their values when the tree was made. */
  read: [name: string, value: unknown][];
  /** Only its field names are read: its `args` may be another request's. */
  tree: ResolveTree | null;
}
// Apollo Server reuses a query's parsed document across requests, so its field nodes key a cache
// that lasts; the selection is parsed again when a variable read by @skip or @include changes.
const parsed = new WeakMap<FieldNode, Parsed>();

function selectionTree(info: SelectionInfo): ResolveTree | null {
  const key = info.fieldNodes[0]!;
  const hit = parsed.get(key);
  const same = hit !== undefined && hit.nodes.length === info.fieldNodes.length && hit.nodes.every((n, i) => n === info.fieldNodes[i]);
  if (same && hit.read.every(([name, value]) => info.variableValues[name] === value)) return hit.tree;
  const tree = (parseResolveInfo(info as GraphQLResolveInfo) as ResolveTree | null | undefined) ?? null;
  const names = same ? hit.read.map(([name]) => name) : directiveVariables(info);
  parsed.set(key, { nodes: info.fieldNodes, read: names.map((n) => [n, info.variableValues[n]]), tree });
  return tree;
}

/** The variables read by the directives of the field and of the document's fragments. */
function directiveVariables(info: SelectionInfo): string[] {
  const names = new Set<string>();
  const visitor = {
    Directive(d: DirectiveNode) {
      visit(d, { Variable: (v) => void names.add(v.name.value) });
      return false;
    },
  };
  for (const node of [...info.fieldNodes, ...Object.values(info.fragments)]) visit(node, visitor);
  return [...names];
}

/** The fields selected directly below `tree`, on whichever type (fragments on other types included). */
function* subfields(tree: ResolveTree): Iterable<ResolveTree> {
  for (const type in tree.fieldsByTypeName) yield* Object.values(tree.fieldsByTypeName[type]!);
}

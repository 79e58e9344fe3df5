/**
 * The GraphQL operations of the page, one function each. Several units or expansions are fetched in
 * one round trip by aliasing the same field (`u0: unit(...) u1: unit(...)`): those documents are built
 * at run time around fragments, so every selection is in a `/* GraphQL *\/` literal that graphql-codegen
 * reads (schema/codegen.ts) to type what comes back (./generated/operations.ts).
 */
import { request, type RequestOptions } from './graphql-client';
import type { ChainQuery, ChildrenPageFragment, SearchQuery, SubtreeQuery, UnitDetailsQuery, UnitRelationsFragment } from './generated/operations';
import type { ChainInfo, ChildrenPage, RelationLite, SearchHit, UnitCard, UnitCardFields, UnitDetails } from './types';
import { DRAWN_RELATIONS } from '../graph/kinds';

const PAGE = 500;

/**
 * The fields of a drawn unit. Needs `$asOf: Date` in the operation. Its relations are fetched after
 * (fetchRelations): the unit is drawn first, the lines across the tree fill in.
 */
const UNIT_CARD = /* GraphQL */ `
  fragment UnitCard on Unit {
    id name nameVi abbreviation kind validFrom validTo synthetic
    childCount(asOf: $asOf)
  }`;

const RELATION_LITE = /* GraphQL */ `
  fragment RelationLite on Relation { id type from { id } to { id } validFrom validTo }`;

/**
 * Most aliased fields in one request: the API refuses documents with more than 30 aliases or 2,000
 * tokens (MAX_ALIASES, MAX_TOKENS), so batches stay under both.
 */
export const ALIAS_BATCH = 24;

const CITATION = /* GraphQL */ `
  fragment CitationInfo on Citation { source { id title date publisher url } quote note }`;

/** A page of a unit's direct children. Needs `$asOf: Date` in the operation. */
const CHILDREN_PAGE = /* GraphQL */ `
  fragment ChildrenPage on SubordinateConnection {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ...UnitCard } }
  }`;

/** A unit's relations of the kinds drawn. Needs `$asOf: Date` and `$types: [RelationType!]`. */
const UNIT_RELATIONS = /* GraphQL */ `
  fragment UnitRelations on Unit { id relations(asOf: $asOf, types: $types) { ...RelationLite } }`;

/** A unit and the units under it down to `depth`, each with the id of its parent. */
export interface Subtree {
  root: UnitCard | null;
  units: { unit: UnitCard; parentId: string; depth: number }[];
}

/**
 * The unit `rootId` and every unit under it down to `depth` levels on `asOf` (all pages).
 * @throws ApiError as request() does.
 */
export async function fetchSubtree(rootId: string, depth: number, asOf: string | null, options?: RequestOptions): Promise<Subtree> {
  const query = /* GraphQL */ `
    query Subtree($id: ID!, $depth: Int!, $asOf: Date, $first: Int!, $after: String) {
      root: unit(id: $id) { ...UnitCard }
      subordinates(unitId: $id, depth: $depth, asOf: $asOf, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor } edges { parentId depth node { ...UnitCard } }
      }
    }${UNIT_CARD}`;
  const out: Subtree = { root: null, units: [] };
  let after: string | null = null;
  for (;;) {
    const data: SubtreeQuery = await request(query, { id: rootId, depth, asOf, first: PAGE, after }, options);
    out.root = data.root && card(data.root);
    for (const e of data.subordinates.edges) out.units.push({ unit: card(e.node), parentId: e.parentId, depth: e.depth });
    if (!data.subordinates.pageInfo.hasNextPage) return out;
    after = data.subordinates.pageInfo.endCursor;
  }
}

/** What fetchUnitsAndChildren returns: the units found (missing ids left out) and children by parent. */
export interface UnitsAndChildren {
  units: Map<string, UnitCard>;
  children: Map<string, ChildrenPage>;
}

/**
 * The units `unitIds`, and the direct children of each unit of `parentIds` that exists, on `asOf`.
 * Requests of at most ALIAS_BATCH aliases each, sent one after the other.
 * @throws ApiError as request() does.
 */
export async function fetchUnitsAndChildren(unitIds: string[], parentIds: string[], asOf: string | null, options?: RequestOptions): Promise<UnitsAndChildren> {
  const out: UnitsAndChildren = { units: new Map(), children: new Map() };
  // A parent that no longer exists would make subordinates fail with NOT_FOUND: fetch parents as units too.
  const all = [...new Set([...unitIds, ...parentIds])];
  for (let start = 0; start < all.length; start += ALIAS_BATCH) {
    const batch = all.slice(start, start + ALIAS_BATCH);
    const vars: Record<string, unknown> = { asOf };
    const decl = ['$asOf: Date'];
    const fields = batch.map((id, i) => {
      vars[`u${i}`] = id;
      decl.push(`$u${i}: ID!`);
      return `u${i}: unit(id: $u${i}) { ...UnitCard }`;
    });
    const data = await request<Record<string, UnitCardFields | null>>(`query Units(${decl.join(', ')}) { ${fields.join('\n')} }${UNIT_CARD}`, vars, options);
    for (const u of Object.values(data)) if (u) out.units.set(u.id, card(u));
  }
  out.children = await fetchChildren(parentIds.filter((id) => out.units.has(id)), asOf, options);
  return out;
}

/**
 * The direct children (reporting line) of each unit of `parentIds` on `asOf`, all pages.
 * @throws ApiError as request() does (NOT_FOUND when a parent does not exist).
 */
export async function fetchChildren(parentIds: string[], asOf: string | null, options?: RequestOptions): Promise<Map<string, ChildrenPage>> {
  const out = new Map<string, ChildrenPage>();
  let pending = parentIds.map((id) => ({ id, after: null as string | null }));
  while (pending.length) {
    const rest = pending.slice(ALIAS_BATCH);
    pending = pending.slice(0, ALIAS_BATCH);
    const vars: Record<string, unknown> = { asOf, first: PAGE };
    const decl = ['$asOf: Date', '$first: Int!'];
    const fields = pending.map((p, i) => {
      vars[`c${i}`] = p.id;
      vars[`a${i}`] = p.after;
      decl.push(`$c${i}: ID!`, `$a${i}: String`);
      return `c${i}: subordinates(unitId: $c${i}, depth: 1, asOf: $asOf, first: $first, after: $a${i}) { ...ChildrenPage }`;
    });
    const data = await request<Record<string, ChildrenPageFragment>>(`query Children(${decl.join(', ')}) { ${fields.join('\n')} }${CHILDREN_PAGE}${UNIT_CARD}`, vars, options);
    const next: typeof pending = [];
    pending.forEach((p, i) => {
      const res = data[`c${i}`];
      if (!res) return;
      const page = out.get(p.id) ?? { totalCount: res.totalCount, units: [] };
      page.units.push(...res.edges.map((e) => card(e.node)));
      out.set(p.id, page);
      if (res.pageInfo.hasNextPage) next.push({ id: p.id, after: res.pageInfo.endCursor });
    });
    pending = [...next, ...rest];
  }
  return out;
}

// A unit as it arrives: its relations are not known yet.
function card(u: UnitCardFields): UnitCard {
  return { ...u, relations: null };
}

/**
 * Every drawn kind of relation of each unit of `ids` on `asOf`, by unit id (in batches of
 * ALIAS_BATCH units per request, sent one after the other). A unit that does not exist is left out.
 * @throws ApiError as request() does.
 */
export async function fetchRelations(ids: string[], asOf: string | null, options?: RequestOptions): Promise<Map<string, RelationLite[]>> {
  const out = new Map<string, RelationLite[]>();
  for (let start = 0; start < ids.length; start += ALIAS_BATCH) {
    const batch = ids.slice(start, start + ALIAS_BATCH);
    const vars: Record<string, unknown> = { asOf, types: DRAWN_RELATIONS };
    const decl = ['$asOf: Date', '$types: [RelationType!]'];
    const fields = batch.map((id, i) => {
      vars[`r${i}`] = id;
      decl.push(`$r${i}: ID!`);
      return `r${i}: unit(id: $r${i}) { ...UnitRelations }`;
    });
    const data = await request<Record<string, UnitRelationsFragment | null>>(`query Relations(${decl.join(', ')}) { ${fields.join('\n')} }${UNIT_RELATIONS}${RELATION_LITE}`, vars, options);
    batch.forEach((_, i) => {
      const u = data[`r${i}`];
      if (u) out.set(u.id, u.relations);
    });
  }
  return out;
}

/**
 * The chain of responsibility of `unitId` on `asOf`, along both lines.
 * @throws ApiError as request() does (NOT_FOUND for an unknown unit).
 */
export async function fetchChain(unitId: string, asOf: string | null, options?: RequestOptions): Promise<ChainInfo> {
  const data = await request<ChainQuery>(
    /* GraphQL */ `
    query Chain($id: ID!, $asOf: Date) {
      chainOfResponsibility(unitId: $id, asOf: $asOf, lines: [REPORTING, RESPONSIBILITY]) {
        asOf truncated
        paths { steps { depth unit { ...UnitCard } up { ...RelationLite } } }
      }
    }${UNIT_CARD}${RELATION_LITE}`,
    { id: unitId, asOf },
    options,
  );
  const { paths, ...rest } = data.chainOfResponsibility;
  return { ...rest, paths: paths.map((p) => ({ steps: p.steps.map((s) => ({ ...s, unit: card(s.unit) })) })) };
}

/**
 * Units matching `text` (diacritics ignored by the API), best first.
 * @throws ApiError as request() does; DOMException when `options.signal` aborts it.
 */
export async function searchUnits(text: string, first = 12, options?: RequestOptions): Promise<SearchHit[]> {
  const data = await request<SearchQuery>(
    /* GraphQL */ `
    query Search($q: String!, $first: Int) {
      searchUnits(query: $q, first: $first) { edges { score node { id name nameVi abbreviation kind } } }
    }`,
    { q: text, first },
    options,
  );
  return data.searchUnits.edges;
}

/**
 * What the side panel shows about a unit on `asOf`, or null when there is no such unit.
 * @throws ApiError as request() does.
 */
export async function fetchUnitDetails(id: string, asOf: string | null, options?: RequestOptions): Promise<UnitDetails | null> {
  const data = await request<UnitDetailsQuery>(
    /* GraphQL */ `
    query UnitDetails($id: ID!, $asOf: Date) {
      unit(id: $id) {
        id name nameVi abbreviation kind jurisdiction validFrom validTo synthetic
        childCount(asOf: $asOf)
        citations { ...CitationInfo }
        leadPost {
          id title titleVi collective citations { ...CitationInfo }
          holders(asOf: $asOf) { id rank validFrom validTo person { id name nameVi rank } citations { ...CitationInfo } }
        }
        relations(asOf: $asOf) {
          id type validFrom validTo note from { id name } to { id name } event { id name }
        }
      }
    }${CITATION}`,
    { id, asOf },
    options,
  );
  return data.unit;
}

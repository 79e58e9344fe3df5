/**
 * The page's GraphQL documents, as it sends them. codegen checks the fragments and fixed operations
 * (web/src/api/generated/operations.ts); the batched ones are built at run time around those fragments,
 * so here every document the page sends is captured and validated against the SDL.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { fetchChain, fetchRelations, fetchSubtree, fetchUnitDetails, fetchUnitsAndChildren, searchUnits } from '../../web/src/api/operations';

const schemaDir = path.join(__dirname, '../../schema');
const schema = buildSchema(
  readdirSync(schemaDir).filter((f) => f.endsWith('.graphql')).sort().map((f) => readFileSync(path.join(schemaDir, f), 'utf8')).join('\n'),
);

const unit = { id: 'a', name: 'A', nameVi: null, abbreviation: null, kind: 'MINISTRY', validFrom: null, validTo: null, synthetic: false, childCount: 0 };
const noMore = { hasNextPage: false, endCursor: null };

// The least answer each operation needs for the page to go on (and send what comes next).
const ANSWERS: Record<string, () => unknown> = {
  Subtree: () => ({ root: unit, subordinates: { pageInfo: noMore, edges: [] } }),
  Units: () => ({ u0: unit, u1: null }),
  Children: () => ({ c0: { totalCount: 0, pageInfo: noMore, edges: [] } }),
  Relations: () => ({ r0: { id: 'a', relations: [] }, r1: null }),
  Chain: () => ({ chainOfResponsibility: { asOf: '2025-01-01', truncated: false, paths: [] } }),
  Search: () => ({ searchUnits: { edges: [] } }),
  UnitDetails: () => ({ unit: null }),
};

const sent: { name: string; query: string; variables: Record<string, unknown> }[] = [];
const realFetch = globalThis.fetch;

beforeAll(() => {
  globalThis.fetch = async (_url, init) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const name = /query (\w+)/.exec(query)?.[1] ?? '';
    sent.push({ name, query, variables });
    return new Response(JSON.stringify({ data: ANSWERS[name]?.() ?? null }), { headers: { 'content-type': 'application/json' } });
  };
});

afterAll(() => {
  globalThis.fetch = realFetch;
});

describe('the page\'s GraphQL documents', () => {
  test('when the page fetches a subtree, units, children, relations, a chain, a search and a unit\'s details, then every document it sends is valid against the SDL', async () => {
    await fetchSubtree('a', 2, '2025-01-01');
    await fetchUnitsAndChildren(['a', 'b'], ['a'], null);
    await fetchRelations(['a', 'b'], '2025-01-01');
    await fetchChain('a', null);
    await searchUnits('bo cong an');
    await fetchUnitDetails('a', null);

    expect(sent.map((s) => s.name)).toEqual(['Subtree', 'Units', 'Children', 'Relations', 'Chain', 'Search', 'UnitDetails']);
    for (const s of sent) expect({ name: s.name, errors: validate(schema, parse(s.query)).map((e) => e.message) }).toEqual({ name: s.name, errors: [] });
    // The relation kinds asked for are the ones the page draws.
    expect(sent.find((s) => s.name === 'Relations')?.variables.types).toEqual(['REPORTS_TO', 'ANSWERABLE_TO', 'COORDINATES_WITH', 'ADVISES', 'GUIDES', 'ESTABLISHED_BY']);
  });
});

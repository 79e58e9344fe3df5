import { describe, expect, test } from '@jest/globals';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { selectedFields, selects } from '../../api/src/graphql/resolvers/args';

/** The root field of `query` as a resolver's info sees it, with the request's `variableValues`. */
const info = (query: string, variableValues: Record<string, unknown> = {}) =>
  ({ fieldNodes: [(parse(query).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode], variableValues });

describe('selects', () => {
  test('when the field is asked directly, aliased or in an inline fragment, then yes', () => {
    expect(selects(info('{ subordinates(unitId: "a") { totalCount } }'), 'totalCount')).toBe(true);
    expect(selects(info('{ subordinates(unitId: "a") { n: totalCount } }'), 'totalCount')).toBe(true);
    expect(selects(info('{ subordinates(unitId: "a") { ... on SubordinateConnection { edges { cursor } ... { totalCount } } } }'), 'totalCount')).toBe(true);
  });

  test('when a named fragment is spread, then yes without looking into it (reading more is harmless)', () => {
    expect(selects(info('{ subordinates(unitId: "a") { ...Page } }'), 'totalCount')).toBe(true);
  });

  test('when only other fields are asked, even ones below that carry the same name, then no', () => {
    expect(selects(info('{ subordinates(unitId: "a") { edges { node { id } } pageInfo { hasNextPage } } }'), 'totalCount')).toBe(false);
    expect(selects(info('{ subordinates(unitId: "a") { edges { totalCount: cursor } } }'), 'totalCount')).toBe(false);
  });

  test('when @include or @skip leaves the field out for these variables, then no; when it keeps it, then yes', () => {
    const query = 'query($count: Boolean!) { subordinates(unitId: "a") { totalCount @include(if: $count) edges { cursor } } }';
    expect(selects(info(query, { count: false }), 'totalCount')).toBe(false);
    expect(selects(info(query, { count: true }), 'totalCount')).toBe(true);
    expect(selects(info('{ subordinates(unitId: "a") { totalCount @skip(if: true) } }'), 'totalCount')).toBe(false);
    expect(selects(info('query($s: Boolean!) { subordinates(unitId: "a") { ... @skip(if: $s) { totalCount } } }', { s: true }), 'totalCount')).toBe(false);
    expect(selects(info('query($s: Boolean!) { subordinates(unitId: "a") { ... @skip(if: $s) { totalCount } } }', { s: false }), 'totalCount')).toBe(true);
  });
});

describe('selectedFields', () => {
  test('when fields are asked at the path, directly, aliased or in inline fragments, then their names come back', () => {
    const q = '{ subordinates(unitId: "a") { edges { depth node { id n: name ... on Unit { kind } } } pageInfo { hasNextPage } } }';
    expect([...selectedFields(info(q), ['edges', 'node'])!].sort()).toEqual(['id', 'kind', 'name']);
    expect([...selectedFields(info(q), ['edges'])!].sort()).toEqual(['depth', 'node']);
  });

  test('when a named fragment is spread on the way, then the answer is unknown (undefined: take everything)', () => {
    expect(selectedFields(info('{ subordinates(unitId: "a") { edges { node { id ...U } } } }'), ['edges', 'node'])).toBeUndefined();
    expect(selectedFields(info('{ subordinates(unitId: "a") { ...Page } }'), ['edges', 'node'])).toBeUndefined();
  });

  test('when @skip or @include leaves a field out for these variables, then its name is not there', () => {
    const q = 'query($more: Boolean!) { subordinates(unitId: "a") { edges { node { id name kind @include(if: $more) nameVi @skip(if: $more) } } } }';
    expect([...selectedFields(info(q, { more: false }), ['edges', 'node'])!].sort()).toEqual(['id', 'name', 'nameVi']);
    expect([...selectedFields(info(q, { more: true }), ['edges', 'node'])!].sort()).toEqual(['id', 'kind', 'name']);
  });

  test('when the path is not selected, then no names', () => {
    expect(selectedFields(info('{ subordinates(unitId: "a") { totalCount } }'), ['edges', 'node'])).toEqual(new Set());
  });
});


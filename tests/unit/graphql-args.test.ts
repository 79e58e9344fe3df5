import { describe, expect, test } from '@jest/globals';
import { buildSchema, Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectedFields, selects, type SelectionInfo } from '../../api/src/graphql/resolvers/args';
import { readTypeDefs } from '../../api/src/server';

const schema = buildSchema(readTypeDefs().join('\n'));

/** The root field of `query` as a resolver's info sees it, with the request's `variableValues`. */
function info(query: string, variableValues: Record<string, unknown> = {}): SelectionInfo {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  return {
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    variableValues,
    fragments: Object.fromEntries(fragments.map((f) => [f.name.value, f])),
    schema,
    parentType: schema.getQueryType()!,
  };
}
const sorted = (names: Set<string> | undefined) => [...names!].sort();

describe('selects', () => {
  test('when the field is asked directly, aliased or in an inline fragment, then yes', () => {
    expect(selects(info('{ subordinates(unitId: "a") { totalCount } }'), 'totalCount')).toBe(true);
    expect(selects(info('{ subordinates(unitId: "a") { n: totalCount } }'), 'totalCount')).toBe(true);
    expect(selects(info('{ subordinates(unitId: "a") { ... on SubordinateConnection { edges { cursor } ... { totalCount } } } }'), 'totalCount')).toBe(true);
  });

  test('when a named fragment is spread, then yes exactly when the fragment asks for the field', () => {
    expect(selects(info('{ subordinates(unitId: "a") { ...Page } } fragment Page on SubordinateConnection { totalCount }'), 'totalCount')).toBe(true);
    expect(selects(info('{ subordinates(unitId: "a") { ...Page } } fragment Page on SubordinateConnection { edges { cursor } }'), 'totalCount')).toBe(false);
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

  test('when the same parsed query comes again with other variables, then the answer follows the variables', () => {
    const first = info('query($count: Boolean!, $first: Int) { subordinates(unitId: "a", first: $first) { ...Count edges { cursor } } } fragment Count on SubordinateConnection { totalCount @include(if: $count) }', { count: true, first: 5 });
    expect(selects(first, 'totalCount')).toBe(true);
    expect(selects({ ...first, variableValues: { count: false, first: 5 } }, 'totalCount')).toBe(false);
    expect(selects({ ...first, variableValues: { count: true, first: 9 } }, 'totalCount')).toBe(true);
  });
});

describe('selectedFields', () => {
  test('when fields are asked at the path, directly, aliased or in inline fragments, then their names come back', () => {
    const q = '{ subordinates(unitId: "a") { edges { depth node { id n: name ... on Unit { kind } } } pageInfo { hasNextPage } } }';
    expect(sorted(selectedFields(info(q), ['edges', 'node']))).toEqual(['id', 'kind', 'name']);
    expect(sorted(selectedFields(info(q), ['edges']))).toEqual(['depth', 'node']);
  });

  test('when named and inline fragments are spread on the way, then the fields they ask come back', () => {
    const q = `{ subordinates(unitId: "a") { edges { node { id ...Card } } ... on SubordinateConnection { edges { node { kind } } } } }
      fragment Card on Unit { name nameVi @skip(if: true) }`;
    expect(sorted(selectedFields(info(q), ['edges', 'node']))).toEqual(['id', 'kind', 'name']);
    const page = '{ subordinates(unitId: "a") { ...Page } } fragment Page on SubordinateConnection { totalCount edges { node { ...Card } } } fragment Card on Unit { id validFrom }';
    expect(sorted(selectedFields(info(page), ['edges', 'node']))).toEqual(['id', 'validFrom']);
  });

  test('when @skip or @include leaves a field out for these variables, then its name is not there', () => {
    const q = 'query($more: Boolean!) { subordinates(unitId: "a") { edges { node { id name kind @include(if: $more) nameVi @skip(if: $more) } } } }';
    expect(sorted(selectedFields(info(q, { more: false }), ['edges', 'node']))).toEqual(['id', 'name', 'nameVi']);
    expect(sorted(selectedFields(info(q, { more: true }), ['edges', 'node']))).toEqual(['id', 'kind', 'name']);
  });

  test('when the path is not selected, then no names', () => {
    expect(selectedFields(info('{ subordinates(unitId: "a") { totalCount } }'), ['edges', 'node'])).toEqual(new Set());
  });
});

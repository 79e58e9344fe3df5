import { describe, expect, test } from '@jest/globals';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { selects } from '../../api/src/graphql/resolvers/args';

/** The root field of `query` as a resolver's info sees it. */
const info = (query: string) => ({ fieldNodes: [(parse(query).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode] });

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
});

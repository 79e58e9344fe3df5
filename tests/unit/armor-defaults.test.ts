import { describe, expect, test } from '@jest/globals';
import { buildSchema, parse, validate, type ValidationRule } from 'graphql';
import { loadConfig } from '../../api/src/config';
import { armorProtection } from '../../api/src/graphql/plugins/armor';
import { readTypeDefs } from '../../api/src/server';

const schema = buildSchema(readTypeDefs().join('\n'));
const config = loadConfig({}, { nodeEnv: 'production' });
const rules = armorProtection(config).validationRules as ValidationRule[];
const errors = (query: string) => validate(schema, parse(query), rules).map((e) => e.message);

describe('the default limits agree with each other', () => {
  test('when a client streams a subtree in pages of MAX_PAGE_SIZE with the usual fields, then the default cost limit lets it', () => {
    expect(errors(`query($id: ID!, $after: String) { subordinates(unitId: $id, depth: 10, first: ${config.maxPageSize}, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { depth parentId cursor node { id name nameVi kind jurisdiction validFrom validTo synthetic } } } }`)).toEqual([]);
  });

  test('when a page multiplies a nested page, then the cost limit still refuses it', () => {
    const nested = `query { a: searchUnits(query: "x", first: ${config.maxPageSize}) { edges { node {
      subordinates(first: ${config.maxPageSize}) { edges { node { id name kind } } } } } } }`;
    expect(errors(nested).join(' ')).toContain('Query Cost limit');
  });
});

/**
 * graphql-codegen: resolver types for the API, generated from the SDL (the source of truth).
 * `npm run codegen` writes them; `npm run codegen:check` (part of `npm test`) fails when they are stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'api/src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context#Context',
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        mappers: {
          Unit: '../mappers#UnitModel',
          Post: '../mappers#PostModel',
          Person: '../mappers#PersonModel',
          Holding: '../mappers#HoldingModel',
          Event: '../mappers#EventModel',
          Relation: '../mappers#RelationModel',
          Source: '../mappers#SourceModel',
          Citation: '../mappers#CitationModel',
          ChainStep: '../mappers#ChainStepModel',
          ChainPath: '../mappers#ChainPathModel',
          Chain: '../mappers#ChainModel',
          UnitPath: '../mappers#UnitPathModel',
        },
      },
    },
  },
};
export default config;

/**
 * graphql-codegen: the model's types and vocabularies (every SDL enum as a const list of its values),
 * the API's resolver types and the page's operation types, generated from the SDL (the source of truth).
 * `npm run codegen` writes them; `npm run codegen:check` (part of `npm test`) fails when they are stale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The SDL files in a fixed order, as one text: with `sort: false` the loader would merge files in the
// order their reads finish, so the generated order (and codegen:check) would vary from run to run.
const SDL = ['schema.graphql', 'mutations.graphql'].map((f) => readFileSync(path.join(__dirname, f), 'utf8')).join('\n');

const config: CodegenConfig = {
  schema: SDL,
  // Keep the SDL's order (enum values, fields): the vocabulary lists derived from it follow it.
  config: { sort: false },
  generates: {
    'api/src/model/generated/schema-types.ts': {
      plugins: ['typescript'],
      config: { scalars: { Date: 'string' }, enumsAsConst: true },
    },
    // The page's operations (the `/* GraphQL */` literals in its operations module): what each returns.
    'web/src/api/generated/operations.ts': {
      documents: 'web/src/api/operations.ts',
      plugins: ['typescript-operations'],
      config: { scalars: { Date: 'string' }, skipTypename: true },
    },
    'api/src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context#Context',
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        mappers: {
          Unit: '../../model/models#UnitModel',
          Post: '../../model/models#PostModel',
          Person: '../../model/models#PersonModel',
          Holding: '../../model/models#HoldingModel',
          Event: '../../model/models#EventModel',
          Relation: '../../model/models#RelationModel',
          Source: '../../model/models#SourceModel',
          Citation: '../../model/models#CitationModel',
          ChainStep: '../../model/models#ChainStepModel',
          ChainPath: '../../model/models#ChainPathModel',
          Chain: '../../model/models#ChainModel',
          UnitPath: '../../model/models#UnitPathModel',
          GraphNodeData: '../../model/models#GraphNodeDataModel',
          GraphEdgeData: '../../model/models#GraphEdgeDataModel',
          HistoryEntry: '../../model/history-models#HistoryEntryModel',
          SuccessionEntry: '../../model/history-models#SuccessionEntryModel',
          Change: '../../domain/changes#ChangeModel',
        },
      },
    },
  },
};
export default config;

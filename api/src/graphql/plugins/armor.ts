/**
 * Limits on what one GraphQL document may ask, checked before anything runs: depth, cost, aliases and
 * directives by graphql-armor; tokens by graphql-js's own parser (`parseOptions.maxTokens`, see
 * server.ts), so a huge document is refused while parsing and answers 400 like any syntax error —
 * armor's token plugin re-parses outside Apollo's error handling and turned syntax errors into 500s. Field suggestions ("did you mean ...") are blocked outside development so the
 * schema cannot be guessed field by field when introspection is off.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../../config';

export type ArmorSettings = Pick<Config, 'maxQueryDepth' | 'maxQueryCost' | 'maxAliases' | 'maxDirectives' | 'nodeEnv'>;

/** The validation rules and Apollo plugins to add to the server. */
export function armorProtection(config: ArmorSettings) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxQueryDepth, ignoreIntrospection: true, exposeLimits: true },
    costLimit: { maxCost: config.maxQueryCost, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: config.maxAliases, exposeLimits: true },
    maxDirectives: { n: config.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.nodeEnv !== 'development' },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}

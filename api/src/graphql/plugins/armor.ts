/**
 * Limits on what one GraphQL document may ask, checked by graphql-armor before anything runs: depth,
 * cost, aliases, directives and tokens (the token limit is checked while parsing, so a huge document
 * is refused early). Field suggestions ("did you mean ...") are blocked outside development so the
 * schema cannot be guessed field by field when introspection is off.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../../config';

export type ArmorSettings = Pick<Config, 'maxQueryDepth' | 'maxQueryCost' | 'maxAliases' | 'maxTokens' | 'maxDirectives' | 'nodeEnv'>;

/** The validation rules and Apollo plugins to add to the server. */
export function armorProtection(config: ArmorSettings) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxQueryDepth, ignoreIntrospection: true, exposeLimits: true },
    costLimit: { maxCost: config.maxQueryCost, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: config.maxAliases, exposeLimits: true },
    maxDirectives: { n: config.maxDirectives, exposeLimits: true },
    maxTokens: { n: config.maxTokens, exposeLimits: true },
    blockFieldSuggestion: { enabled: config.nodeEnv !== 'development' },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}

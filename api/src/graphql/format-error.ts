/**
 * What a client sees of an error: its message and code. Outside development, unexpected errors are
 * masked (no stack, no Cypher, no driver text) and GraphQL's own validation errors carry the
 * contract's BAD_USER_INPUT code, with Apollo's code kept as `extensions.reason`.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Config } from '../config';
import { ErrorCode } from '../errors';
import { mapDriverError } from '../db/map-driver-error';

const KNOWN = new Set<string>(Object.values(ErrorCode));
const INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND']);

/** Apollo's formatError for this configuration. */
export function formatError(config: Pick<Config, 'nodeEnv'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (INPUT_CODES.has(code)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
    if (KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    const mapped = mapDriverError(unwrapResolverError(error));
    const mappedCode = mapped.extensions.code as string;
    if (mappedCode !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: { code: mappedCode } };
    }
    // Unexpected: keep the whole story in the server's log, never in the response outside development.
    console.error('Internal error:', unwrapResolverError(error));
    if (config.nodeEnv === 'development') return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

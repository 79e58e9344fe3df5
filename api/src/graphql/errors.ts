/**
 * The public error contract: every error the API returns carries one of these codes in
 * `extensions.code`, and a message that says what to do.
 */
import { GraphQLError } from 'graphql';

/** Error codes: the public contract of the API. */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A GraphQL error with a code from ErrorCode. */
export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const notFound = (message: string) => apiError(ErrorCode.NOT_FOUND, message);
export const badInput = (message: string, argument?: string) =>
  apiError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

// Driver error codes that mean "the database is not there (now)": retrying later may work.
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/**
 * Maps an error thrown by neo4j-driver to the API's contract, by `error.code` only (never by message
 * text). Anything unknown becomes INTERNAL_SERVER_ERROR; the original is kept as `originalError`
 * for the logs, and masked in responses outside development.
 */
export function mapDriverError(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string') {
    if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.Database')) {
      return new GraphQLError('The database is not answering; try again in a few seconds. If it persists, check that Neo4j is running (GET /readyz).', {
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
        originalError: err as Error,
      });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new GraphQLError('That would break a uniqueness rule of the graph (an id already in use); choose another id.', {
        extensions: { code: ErrorCode.CONFLICT },
        originalError: err as Error,
      });
    }
    if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      return new GraphQLError('The query took too long and was stopped; ask for less (a smaller depth or page).', {
        extensions: { code: ErrorCode.BAD_USER_INPUT },
        originalError: err as Error,
      });
    }
  }
  return new GraphQLError('Internal server error', {
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    originalError: err instanceof Error ? err : undefined,
  });
}

/**
 * The one place neo4j-driver's errors become the API's error codes: by `error.code`, never by message
 * text (neo4j/graphql's Executor does the same).
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

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

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

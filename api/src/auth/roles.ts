/**
 * Who may do what. Roles are ordered: `admin` may do all an `editor` may, an `editor` all a `viewer` may.
 */
import type { GraphQLError } from 'graphql';
import { apiError, ErrorCode } from '../errors';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who sent a request: a named API key, a JWT subject, or nobody (no token). */
export interface AuthInfo {
  /** The API key's name or the JWT's `sub`; null without a token. */
  principal: string | null;
  method: 'api-key' | 'jwt' | 'anonymous';
  roles: Role[];
}

export const ANONYMOUS: AuthInfo = { principal: null, method: 'anonymous', roles: [] };

/** True when one of `roles` is `needed` or above it. */
export function hasRole(roles: readonly Role[], needed: Role): boolean {
  const rank = ROLES.indexOf(needed);
  return roles.some((r) => ROLES.indexOf(r) >= rank);
}

/** UNAUTHENTICATED, with HTTP 401. */
export function unauthenticated(message: string): GraphQLError {
  return apiError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

/**
 * Checks that the request may act as `needed`.
 * @throws UNAUTHENTICATED without a token, FORBIDDEN when the token lacks the role.
 */
export function requireRole(auth: AuthInfo, needed: Role, action: string): void {
  if (auth.method === 'anonymous') {
    throw unauthenticated(`${action} needs a bearer token (Authorization: Bearer <API key or JWT>) with the role '${needed}'.`);
  }
  if (!hasRole(auth.roles, needed)) {
    throw apiError(ErrorCode.FORBIDDEN, `${action} needs the role '${needed}'; '${auth.principal}' has ${auth.roles.length ? auth.roles.map((r) => `'${r}'`).join(', ') : 'no role'}. Ask an admin for a token with that role.`);
  }
}

/**
 * JWTs signed HS256 (shared secret) or RS256 (public key), verified with `jose`. The roles come from
 * the `roles` claim (a list) or the `role` claim (one name); unknown role names are ignored.
 */
import { createSecretKey, createPublicKey, type KeyObject } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { ROLES, type Role } from './roles';

export interface JwtSettings {
  jwtSecret: string;
  jwtPublicKey: string;
  jwtIssuer: string;
  jwtAudience: string;
}

export interface JwtVerifier {
  /** The subject and roles of a valid token, or null when it is not valid (bad signature, expired, ...). */
  verify(token: string): Promise<{ subject: string; roles: Role[] } | null>;
}

/** A verifier for the configured keys (none configured: every JWT is refused). */
export function createJwtVerifier(s: JwtSettings): JwtVerifier {
  const keys: Partial<Record<'HS256' | 'RS256', KeyObject>> = {};
  if (s.jwtSecret) keys.HS256 = createSecretKey(Buffer.from(s.jwtSecret, 'utf8'));
  if (s.jwtPublicKey) keys.RS256 = createPublicKey(s.jwtPublicKey);
  return {
    async verify(token) {
      let alg: string | undefined;
      try {
        alg = decodeProtectedHeader(token).alg;
      } catch {
        return null;
      }
      const key = alg === 'HS256' || alg === 'RS256' ? keys[alg] : undefined;
      if (!key) return null;
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [alg!],
          ...(s.jwtIssuer ? { issuer: s.jwtIssuer } : {}),
          ...(s.jwtAudience ? { audience: s.jwtAudience } : {}),
        });
        return { subject: payload.sub ?? 'jwt', roles: rolesOf(payload) };
      } catch {
        return null;
      }
    },
  };
}

function rolesOf(payload: JWTPayload): Role[] {
  const raw = Array.isArray(payload.roles) ? payload.roles : typeof payload.role === 'string' ? [payload.role] : [];
  return raw.filter((r): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r));
}

/**
 * Who a request comes from, from its `Authorization: Bearer <token>` header: an API key when the token
 * matches one, else a JWT. A wrong token is refused (UNAUTHENTICATED) even where reading is open, so a
 * client never believes it writes as someone it is not.
 */
import type { Config } from '../config';
import { matchApiKey, parseApiKeys } from './api-keys';
import { createJwtVerifier } from './jwt';
import { ANONYMOUS, requireRole, unauthenticated, type AuthInfo } from './roles';

export type Authenticate = (authorization: string | undefined) => Promise<AuthInfo>;

/**
 * The authenticator for `config`.
 * @throws (the returned function) UNAUTHENTICATED for a malformed or unknown token, or for no token
 * when READ_ACCESS=token.
 */
export function createAuthenticator(config: Pick<Config, 'apiKeys' | 'jwtSecret' | 'jwtPublicKey' | 'jwtIssuer' | 'jwtAudience' | 'readAccess'>): Authenticate {
  const keys = parseApiKeys(config.apiKeys);
  const jwt = createJwtVerifier(config);
  return async (authorization) => {
    if (!authorization) {
      if (config.readAccess === 'token') throw unauthenticated('Reading needs a bearer token (Authorization: Bearer <API key or JWT>) with the role viewer.');
      return ANONYMOUS;
    }
    const m = /^Bearer ([\x21-\x7e]{1,8192})$/.exec(authorization);
    if (!m) throw unauthenticated('The Authorization header must be "Bearer <API key or JWT>".');
    const token = m[1]!;
    const key = matchApiKey(keys, token);
    const claims = key ? null : await jwt.verify(token);
    const auth: AuthInfo | null = key ? { principal: key.name, method: 'api-key', roles: [key.role] }
      : claims ? { principal: claims.subject, method: 'jwt', roles: claims.roles } : null;
    if (auth) {
      if (config.readAccess === 'token') requireRole(auth, 'viewer', 'Reading');
      return auth;
    }
    throw unauthenticated('The bearer token is not a known API key nor a valid JWT (check its signature, expiry, issuer and audience).');
  };
}

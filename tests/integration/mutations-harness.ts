/**
 * What the mutation, auth, armor and fuzz tests share: an API started with API keys and JWT keys of
 * every role, a `gql` that sends a bearer token, JWT signing, and the change argument every mutation
 * takes.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import { SignJWT, importPKCS8 } from 'jose';
import type { Config } from '../../api/src/config';
import { hashApiKey } from '../../api/src/auth';
import type { Db } from '../../api/src/db/driver';
import { statement } from '../../api/src/db/queries';
import { removeFixture, startApi, uniquePrefix, type Api, type GqlResult } from './harness';
import { writeFixtureGraph } from './fixture-graph';

export const KEYS = { viewer: 'viewer-key-0123456789', editor: 'editor-key-0123456789', admin: 'admin-key-0123456789' } as const;
export const JWT_SECRET = 'a-test-secret-of-at-least-32-characters!';
export const RSA = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });

export interface AuthApi extends Api {
  /** Posts a query with `Authorization: Bearer <token>` (no header when token is null). */
  as<T = Record<string, any>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
}

/** The API with keys `KEYS` (names `test-viewer`, `test-editor`, `test-admin`) and both JWT keys. */
export async function startAuthApi(overrides: Partial<Config> = {}): Promise<AuthApi> {
  const apiKeys = Object.entries(KEYS).map(([role, key]) => `test-${role}:${role}:${hashApiKey(key)}`).join(',');
  const api = await startApi({ apiKeys, jwtSecret: JWT_SECRET, jwtPublicKey: RSA.publicKey, rateLimitPerMinute: 100000, ...overrides });
  return {
    ...api,
    async as(token, query, variables = {}) {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...(await res.json()) };
    },
  };
}

/** A signed JWT: HS256 with JWT_SECRET, or RS256 with RSA's private key. */
export async function jwt(claims: Record<string, unknown>, alg: 'HS256' | 'RS256' = 'HS256', expiresIn = '5m'): Promise<string> {
  const key = alg === 'HS256' ? new TextEncoder().encode(JWT_SECRET) : await importPKCS8(RSA.privateKey, 'RS256');
  return new SignJWT(claims).setProtectedHeader({ alg }).setIssuedAt().setExpirationTime(expiresIn).sign(key);
}

/** The `change` argument: a date and a note saying who entered it. */
export const change = (effectiveDate: string, note = 'entered by the test suite') => ({ effectiveDate, citation: { note } });

/** The error code of the first error. */
export const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

const removeAudit = statement<{ prefix: string }>('MATCH (a:AuditEntry) WHERE any(t IN a.targetIds WHERE t STARTS WITH $prefix) DETACH DELETE a');

/** Removes every node whose id starts with `prefix` and the audit entries of changes that touched one. */
export async function removeFixtureAndAudit(db: Db, prefix: string): Promise<void> {
  await removeFixture(db, prefix);
  await db.write(removeAudit, { prefix });
}

/**
 * Registers the calling test file's beforeAll and afterAll: the API with keys (startAuthApi) and the
 * fixture graph (fixture-graph.ts) under a fresh prefix made from `name`, then both removed with the
 * audit entries of the changes the file made. `api()` may be called once beforeAll has run.
 */
export function useAuthFixtureGraph(name: string): { api(): AuthApi; p: string } {
  const p = uniquePrefix(name);
  let api: AuthApi | undefined;
  beforeAll(async () => {
    api = await startAuthApi();
    await writeFixtureGraph(api.db, p);
  });
  afterAll(async () => {
    if (!api) return;
    await removeFixtureAndAudit(api.db, p);
    await api.close();
  });
  return { api: () => api ?? (() => { throw new Error('the API starts in beforeAll'); })(), p };
}

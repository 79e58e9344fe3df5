import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { code, startAuthApi, type AuthApi } from './mutations-harness';

let api: AuthApi;
beforeAll(async () => { api = await startAuthApi({ maxQueryDepth: 8, maxAliases: 5, maxTokens: 400, maxQueryCost: 300, corsOrigins: 'https://allowed.example', maxPageSize: 100 }); });
afterAll(async () => { await api.close(); });

const nested = (depth: number) => `{ unit(id: "mps") { ${'parent { '.repeat(depth)}id${' }'.repeat(depth)} } }`;
async function timed(query: string) {
  const started = Date.now();
  const res = await api.gql(query);
  return { res, ms: Date.now() - started };
}

describe('query limits (graphql-armor), refused before anything runs', () => {
  test('when a query is deeper than MAX_QUERY_DEPTH, then BAD_USER_INPUT saying so, quickly', async () => {
    expect((await api.gql(nested(5))).errors).toBeUndefined();
    const { res, ms } = await timed(nested(30));
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors!.map((e) => e.message).join('\n')).toMatch(/depth limit of 8 exceeded/i);
    expect(ms).toBeLessThan(500);
  });

  test('when a query uses more aliases than MAX_ALIASES, then BAD_USER_INPUT', async () => {
    const res = await api.gql(`{ ${Array.from({ length: 6 }, (_, i) => `a${i}: unit(id: "mps") { id }`).join(' ')} }`);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/alias/i);
  });

  test('when a document has more tokens than MAX_TOKENS, then BAD_USER_INPUT, before it is even validated', async () => {
    const { res, ms } = await timed(`{ ${'__typename '.repeat(5000)} }`);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/token/i);
    expect(ms).toBeLessThan(500);
  });

  test('when a query costs more than MAX_QUERY_COST, then BAD_USER_INPUT', async () => {
    const res = await api.gql('{ searchUnits(query: "police") { edges { node { id name nameVi kind posts { id title holdings { id validFrom validTo person { id name rank holdings { id post { id title unit { id name } } } } } } } } } }');
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/cost/i);
  });

  test('when a page is larger than MAX_PAGE_SIZE, then BAD_USER_INPUT', async () => {
    expect(code(await api.gql('{ auditTrail(first: 101) { edges { cursor } } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('HTTP guards', () => {
  test('when a browser-style request comes without a preflight (text/plain POST or plain GET), then CSRF prevention refuses it', async () => {
    const post = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(post.status).toBe(400);
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
  });

  test('when a request comes from an origin on the allow-list, then CORS allows it; from another origin, not', async () => {
    const ask = (origin: string) => fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await ask('https://allowed.example')).headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect((await ask('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  test('when any response goes out, then it carries the security headers', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  test('when a GraphQL answer goes out, then it says not to cache it', async () => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ unit(id: "nope") { id } }' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  test('when one client sends more requests a minute than RATE_LIMIT_PER_MINUTE, then 429 with a clear message', async () => {
    const limited = await startAuthApi({ rateLimitPerMinute: 5 });
    try {
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.gql('{ __typename }')).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses[6]).toBe(429);
      const res = await limited.gql('{ __typename }');
      expect(res.errors![0]!.message).toMatch(/Too many requests/);
    } finally {
      await limited.close();
    }
  });

  test('when the body is larger than BODY_LIMIT, then 413 with a GraphQL error and no stack', async () => {
    const small = await startAuthApi({ bodyLimit: '1kb', nodeEnv: 'production' });
    try {
      const res = await fetch(`${small.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', variables: { x: 'y'.repeat(5000) } }) });
      expect(res.status).toBe(413);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(text).not.toMatch(/stack|at .*\.js|node_modules/);
    } finally {
      await small.close();
    }
  });

  test('when introspection is off and errors are masked (production), then introspection is refused and errors carry no stack nor field suggestions', async () => {
    const prod = await startAuthApi({ introspection: false, nodeEnv: 'production' });
    try {
      const intro = await prod.gql('{ __schema { types { name } } }');
      expect(code(intro)).toBe('BAD_USER_INPUT');
      expect(intro.errors![0]!.message).toMatch(/introspection/i);
      const typo = await prod.gql('{ unit(id: "mps") { nam } }');
      expect(code(typo)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(typo)).not.toMatch(/Did you mean|stacktrace|MATCH|neo4j/i);
    } finally {
      await prod.close();
    }
  });
});

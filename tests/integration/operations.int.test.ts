import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { serverAudits } from 'graphql-http';
import { statement } from '../../api/src/db/queries';
import { startApi, type Api } from './harness';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api.close(); });

describe('running it', () => {
  test('when probed, then /healthz says up and /readyz says ready (Neo4j answers, schema online)', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${api.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  test('when a named operation has run, then /metrics shows its latency, the errors by code and the open sessions', async () => {
    await api.gql('query UnitForMetrics { unit(id: "mps") { name } }');
    await api.gql('{ chainOfResponsibility(unitId: "missing-unit") { asOf } }');
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(/command_graph_graphql_operation_seconds_count\{operation="UnitForMetrics",type="query"\} [1-9]/);
    expect(text).toMatch(/command_graph_graphql_errors_total\{code="NOT_FOUND"\} [1-9]/);
    expect(text).toMatch(/command_graph_http_requests_total\{method="POST",route="\/graphql",status="200"\} [1-9]/);
    expect(text).toMatch(/command_graph_db_sessions_open 0/);
  });

  test('when a request carries X-Request-Id, then the response echoes it, and transactions carry the id as metadata', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' }, body: JSON.stringify({ query: '{ unit(id: "mps") { id } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('req-42');
    const generated = await fetch(`${api.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const meta = await api.db.withMetadata({ requestId: 'req-42' }).readTx(async (tx) => (await tx.run(statement<Record<string, never>, { metadata: unknown }>('CALL tx.getMetaData()'), {}))[0]!.metadata);
    expect(meta).toEqual({ requestId: 'req-42' });
  });

  test('when clients give up mid-request, then no database session is left open', async () => {
    const query = JSON.stringify({ query: '{ chainOfResponsibility(unitId: "hanoi-commune-ward-police") { paths { steps { unit { name } leaders { person { name } } } } } }' });
    await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const ctl = new AbortController();
      setTimeout(() => ctl.abort(), i % 5);
      await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query, signal: ctl.signal }).catch(() => undefined);
    }));
    // The server may still be working on requests whose clients left: wait until it has been idle
    // for a second (a leaked session would keep the count above zero for good).
    const deadline = Date.now() + 10_000;
    let idleSince = Date.now();
    while (Date.now() < deadline && Date.now() - idleSince < 1000) {
      if (api.db.openSessions() > 0) idleSince = Date.now();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(api.db.openSessions()).toBe(0);
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text.split('\n').find((l) => l.startsWith('command_graph_db_sessions_open'))).toBe('command_graph_db_sessions_open 0');
  });
});

describe('the GraphQL-over-HTTP audit (graphql-http)', () => {
  test('when the spec\'s own audits run against the server, then every MUST passes', async () => {
    const audits = serverAudits({ url: `${api.url}/graphql` });
    const results = await Promise.all(audits.map(async (a) => ({ name: a.name, result: await a.fn() })));
    const mustFailures = results.filter((r) => r.name.startsWith('MUST') && r.result.status !== 'ok')
      .map((r) => `${r.name}: ${'reason' in r.result ? r.result.reason : ''}`);
    expect(mustFailures).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });
});

describe('request errors', () => {
  test('when the document does not parse, then the answer is 400 with BAD_USER_INPUT, not a server error', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query: '{' }) });
      const body = await res.json();
      expect([res.status, body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(body.errors[0].message).toMatch(/Syntax Error/);
    }
  });
});

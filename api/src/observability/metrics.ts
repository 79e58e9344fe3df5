/**
 * Prometheus metrics at /metrics (prom-client): HTTP requests, GraphQL operations' latency by name,
 * GraphQL errors by code, and the database sessions open now.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import client from 'prom-client';
import type { Db } from '../db/driver';

/** The metrics of one server (a registry of its own, so tests can run several servers). */
export function createMetrics(db: Db) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'command_graph_' });
  const httpRequests = new client.Counter({
    name: 'command_graph_http_requests_total', help: 'HTTP requests by method, route and status', labelNames: ['method', 'route', 'status'], registers: [registry],
  });
  const opDuration = new client.Histogram({
    name: 'command_graph_graphql_operation_seconds', help: 'GraphQL operation latency by operation name and type',
    labelNames: ['operation', 'type'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
  });
  const gqlErrors = new client.Counter({
    name: 'command_graph_graphql_errors_total', help: 'GraphQL errors by code', labelNames: ['code'], registers: [registry],
  });
  new client.Gauge({
    name: 'command_graph_db_sessions_open', help: 'Neo4j driver sessions open now', registers: [registry],
    collect() { this.set(db.openSessions()); },
  });

  const apolloPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      const end = opDuration.startTimer();
      return {
        async willSendResponse(rc) {
          end({ operation: rc.operationName ?? rc.operation?.name?.value ?? 'anonymous', type: rc.operation?.operation ?? 'unknown' });
          for (const e of rc.errors ?? []) gqlErrors.inc({ code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };

  const httpMiddleware = (req: { method: string; path: string }, res: { statusCode: number; on(ev: 'finish', cb: () => void): void }, next: () => void) => {
    // Routes, not raw URLs, so the label set stays small; read before mounted routers rewrite req.path.
    const route = req.path.startsWith('/graphql') ? '/graphql' : ['/healthz', '/readyz', '/metrics'].includes(req.path) ? req.path : 'page';
    res.on('finish', () => {
      httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };

  return { registry, apolloPlugin, httpMiddleware };
}

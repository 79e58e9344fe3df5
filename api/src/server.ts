/**
 * The HTTP server: the GraphQL API at POST /graphql (Apollo Server 5 on Express 5), a GraphQL
 * explorer at GET /graphql for browsers, the page (web/dist) at /, and /healthz and /readyz.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from './config';
import type { Db } from './db/driver';
import { createContext, type Context } from './graphql/context';
import { createBatchedReads } from './graphql/batched-reads';
import { SubtreeSnapshots } from './graphql/subtree-snapshots';
import { formatError } from './graphql/format-error';
import { resolvers } from './graphql/resolvers';
import { createAuthenticator } from './auth';
import { armorProtection } from './graphql/plugins/armor';
import { bodyErrorHandler, graphqlGuards, securityHeaders } from './graphql/plugins/http-guards';
import { isSchemaApplied } from './db/apply-schema';
import { createLogger, httpLogger } from './observability/logger';
import { createMetrics } from './observability/metrics';
import type { Logger } from 'pino';

const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMA_DIR = path.join(ROOT, 'schema');

/** The SDL: every schema/*.graphql file (schema.graphql first; others extend it). */
export function readTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'schema.graphql' ? -1 : b === 'schema.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}
const WEB_DIST = path.join(ROOT, 'web', 'dist');
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
// How long a shutdown waits for connections opened before it to deliver their request.
const FRESH_CONNECTION_WAIT_MS = 2000;

/**
 * The connections `server` has accepted that have not delivered a request yet, so that a shutdown
 * can let them deliver it (see `close` in startServer). `wait` gives them up to `ms`.
 */
function freshConnections(server: http.Server): { acceptPending(): Promise<void>; wait(ms: number): Promise<void> } {
  const fresh = new Set<Socket>();
  let accepted = 0;
  server.on('connection', (socket: Socket) => {
    accepted++;
    fresh.add(socket);
    socket.once('close', () => fresh.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage) => fresh.delete(req.socket));
  return {
    // Until a turn of the event loop accepts no new connection (setImmediate runs after the poll
    // phase, which accepts them): closing the listener would reset those still in the kernel's queue.
    async acceptPending() {
      for (let seen = -1; seen !== accepted;) {
        seen = accepted;
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    async wait(ms) {
      const until = Date.now() + ms;
      while (fresh.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}

/** A started server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Creates the API on `db` and listens on config.host:config.port (0: a free port).
 * The caller owns `db` and closes it after `close()`.
 */
export async function startServer(config: Config, db: Db, logger: Logger = createLogger(config)): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers (a hash of every response body; GraphQL POSTs are not cached by ETag).
  // Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.use(securityHeaders());
  const httpServer = http.createServer(app);
  const fresh = freshConnections(httpServer);
  const metrics = createMetrics(db);
  app.use(httpLogger(logger));
  app.use(metrics.httpMiddleware);
  const armor = armorProtection(config);
  const authenticate = createAuthenticator(config);
  // One more path than returned, so `truncated` can tell when some were left out.
  const batched = createBatchedReads(db, config, config.maxChainPaths + 1);
  const snapshots = new SubtreeSnapshots(config.subtreeSnapshotUnits, config.subtreeSnapshotTtlMs);
  const apollo = new ApolloServer<Context>({
    typeDefs: readTypeDefs(),
    resolvers,
    formatError: formatError(config),
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    // main.ts owns SIGTERM/SIGINT (it also closes the driver and stops Neo4j).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.maxTokens },
    introspection: config.introspection,
    validationRules: armor.validationRules,
    // No cache-control plugin: the schema sets no cache hints, so it only computed "uncacheable" per
    // resolved field (graphqlGuards sends `no-store` instead).
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }), ApolloServerPluginCacheControlDisabled(), metrics.apolloPlugin, ...armor.plugins],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  // Ready: Neo4j answers and every constraint and index is online.
  app.get('/readyz', async (_req, res) => {
    if (!(await db.ping())) {
      res.status(503).json({ status: 'not ready', reason: 'the database does not answer' });
      return;
    }
    const schema = await isSchemaApplied(db.driver, db.database).catch(() => false);
    res.status(schema ? 200 : 503).json(schema ? { status: 'ready' } : { status: 'not ready', reason: 'the schema is not applied yet' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  // Browsers asking for /graphql get the explorer page; API clients get GraphQL.
  app.get('/graphql', (req, res, next) => {
    const explorer = path.join(WEB_DIST, 'explorer.html');
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && existsSync(explorer)) {
      res.sendFile(explorer);
      return;
    }
    next();
  });
  app.use('/graphql', ...graphqlGuards(config), expressMiddleware(apollo, {
    context: async ({ req }) => createContext(db.withMetadata({ requestId: String(req.id) }), config, batched, snapshots, String(req.id), await authenticate(req.headers.authorization)),
  }));
  app.use('/graphql', bodyErrorHandler);
  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz|metrics).*/, (_req, res) => { res.sendFile(path.join(WEB_DIST, 'index.html')); });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('The page is not built: run `npm run build:web` (npm start does it for you). The API is at /graphql.');
    });
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as { port: number };
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    port,
    // Apollo's drain cuts every connection without a parsed request, even one whose request is
    // still in its socket buffer (the client sees "socket hang up"). So: accept what has arrived,
    // stop listening, let accepted connections deliver their request, and only then drain.
    async close() {
      await settle();
      await fresh.acceptPending();
      httpServer.close();
      await fresh.wait(Math.min(FRESH_CONNECTION_WAIT_MS, config.shutdownTimeoutMs));
      await apollo.stop();
    },
  };
}

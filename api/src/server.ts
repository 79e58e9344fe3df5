/**
 * The HTTP server: the GraphQL API at POST /graphql (Apollo Server 5 on Express 5), a GraphQL
 * explorer at GET /graphql for browsers, the page (web/dist) at /, and /healthz and /readyz.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from './config';
import type { Db } from './db/driver';
import { createContext, type Context } from './graphql/context';
import { formatError } from './graphql/format-error';
import { resolvers } from './graphql/resolvers';

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
export async function startServer(config: Config, db: Db): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    typeDefs: readTypeDefs(),
    resolvers,
    formatError: formatError(config),
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    const ok = await db.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unavailable' });
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
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, {
    context: async () => createContext(db, config),
  }));
  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => { res.sendFile(path.join(WEB_DIST, 'index.html')); });
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
    close: () => apollo.stop(),
  };
}

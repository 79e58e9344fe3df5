/**
 * Structured JSON logs (pino), one line per event, with the request id on every line of a request.
 * Tests log nothing unless LOG_LEVEL asks for it.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config';

/** The process's logger. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'command-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}

const GOOD_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The request id: the caller's `X-Request-Id` when it is a sane token, else a new UUID. Echoed in the
 * response's `X-Request-Id` and carried into Neo4j's transaction metadata (graphql/context.ts).
 */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && GOOD_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * Express middleware logging each request once, when it ends, with its id, status and duration.
 * When the level leaves request lines out (LOG_LEVEL warn, error, fatal or silent) it only sets the
 * request id: pino-http would still make a child logger and timers per request (bench/README.md).
 */
export function httpLogger(logger: Logger): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  if (!logger.isLevelEnabled('info')) {
    return (req, res, next) => {
      req.id = requestId(req, res);
      next();
    };
  }
  return pinoHttp({
    logger,
    genReqId: requestId,
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

/**
 * HTTP-level guards of /graphql, in the order they run: security headers (helmet), CORS by
 * allow-list, a per-client rate limit, a body size limit, and an error handler that answers a refused
 * body in the API's error shape (no stack, no HTML).
 */
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Config } from '../../config';
import { ErrorCode } from '../../errors';

export type GuardSettings = Pick<Config, 'corsOrigins' | 'rateLimitPerMinute' | 'bodyLimit'>;

/** Security headers for every response. The page and explorer load scripts only from this origin. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        // GraphiQL and Cytoscape set inline styles; scripts stay same-origin only.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'worker-src': ["'self'", 'blob:'],
      },
    },
  });
}

/** The middlewares to put before Apollo on /graphql. */
export function graphqlGuards(config: GuardSettings): RequestHandler[] {
  const allowed = config.corsOrigins.split(',').map((o) => o.trim()).filter(Boolean);
  return [
    // Answers are never to be cached: any edit may change them.
    (_req, res, next) => { res.setHeader('cache-control', 'no-store'); next(); },
    cors({ origin: (origin, done) => done(null, origin !== undefined && allowed.includes(origin)), maxAge: 600 }),
    rateLimit({
      windowMs: 60_000,
      limit: config.rateLimitPerMinute,
      // draft-7 (`RateLimit: limit=…, remaining=…, reset=…`): draft-8's partition key hashes the
      // client's key with SHA-256 on every request (bench/README.md).
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (_req, res) => {
        res.status(429).json({ errors: [{ message: `Too many requests: at most ${config.rateLimitPerMinute} a minute per client; wait and try again.`, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'RATE_LIMITED' } }] });
      },
    }),
    express.json({ limit: config.bodyLimit }),
  ];
}

/** Answers errors of the body parser (too large, not JSON) as GraphQL errors, never with a stack. */
export const bodyErrorHandler: ErrorRequestHandler = (err, _req, res, next) => {
  const status = typeof err?.status === 'number' ? err.status : 500;
  if (res.headersSent || status >= 500) { next(err); return; }
  const message = err.type === 'entity.too.large'
    ? 'The request body is larger than the configured BODY_LIMIT; send a smaller query or smaller variables.'
    : 'The request body is not valid JSON; send {"query": "...", "variables": {...}}.';
  res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
};

/**
 * The one reader of process.env. Every setting is declared once: its variable, default, one line of
 * doc and its validation (a zod schema that reads the variable's text). `loadConfig()` checks them
 * all at boot and throws one line per problem; README.md's table is written from the same
 * declarations (`npm run docs:config`).
 */
import path from 'node:path';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..', '..');

/** One setting: the schema reads its text from the environment into the value. */
interface Setting<S extends z.ZodType> {
  env: string;
  doc: string;
  default: z.output<S>;
  schema: S;
  /** The default as the docs show it, when the value depends on the machine or the run. */
  shown?: string;
}
/** A setting, its default checked against its schema's output type. */
const setting = <S extends z.ZodType>(s: Setting<S>): Setting<S> => s;

function whole(min: number, max: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}
const text = z.string();
const flag = z.stringbool({ truthy: ['1', 'true', 'yes', 'on'], falsy: ['0', 'false', 'no', 'off'], case: 'insensitive', error: 'must be true or false' });
const oneOf = <const T extends readonly [string, ...string[]]>(...values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });
const atLeast = (n: number, why = '') => z.string().min(n, { error: `must be at least ${n} characters${why}` });
const neo4jUri = z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, { error: 'must look like bolt://host:7687 or neo4j://host:7687 (or +s / +ssc for TLS)' });
const API_KEY = /^[\w.@-]{1,64}:(viewer|editor|admin):[0-9a-f]{64}$/;
const badApiKey = (raw: string) => raw.split(',').map((k) => k.trim()).find((k) => !API_KEY.test(k));
const apiKeys = z.string().refine((raw) => badApiKey(raw) === undefined, {
  error: (issue) => `"${badApiKey(issue.input as string)!.slice(0, 70)}" must be name:viewer|editor|admin:64 hex digits`,
});
const publicKey = z.string()
  .includes('BEGIN PUBLIC KEY', { error: 'must be a PEM public key (-----BEGIN PUBLIC KEY-----)' })
  .transform((raw) => raw.replace(/\\n/g, '\n'));

const settings = {
  nodeEnv: setting({ env: 'NODE_ENV', doc: '`development` shows error details; `production` masks unexpected errors', default: 'development', schema: oneOf('development', 'production', 'test') }),
  logLevel: setting({ env: 'LOG_LEVEL', doc: 'level of the JSON logs (`silent` by default when the process runs with NODE_ENV=test)', default: process.env.NODE_ENV === 'test' ? 'silent' : 'info', shown: 'info', schema: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent') }),
  shutdownTimeoutMs: setting({ env: 'SHUTDOWN_TIMEOUT_MS', doc: 'on SIGTERM, how long requests in flight may finish before the process exits', default: 10000, schema: whole(0, 600000) }),
  host: setting({ env: 'HOST', doc: 'address the HTTP server (the API and the page) listens on', default: '127.0.0.1', schema: text }),
  port: setting({ env: 'PORT', doc: 'HTTP port of the API and the page', default: 4000, schema: whole(0, 65535) }),
  neo4jUri: setting({ env: 'NEO4J_URI', doc: 'a running Neo4j to use; empty: the project starts its own', default: '', schema: neo4jUri }),
  neo4jUser: setting({ env: 'NEO4J_USER', doc: 'Neo4j user', default: 'neo4j', schema: text }),
  neo4jPassword: setting({ env: 'NEO4J_PASSWORD', doc: 'Neo4j password (at least 8 characters)', default: 'command-graph-dev', schema: atLeast(8, ' (Neo4j refuses shorter ones)') }),
  neo4jDatabase: setting({ env: 'NEO4J_DATABASE', doc: 'database name', default: 'neo4j', schema: text }),
  neo4jDataDir: setting({ env: 'NEO4J_DATA_DIR', doc: 'data folder of the project-started Neo4j (a relative path is taken from the working directory)', default: path.join(ROOT, 'db', 'data'), shown: 'db/data', schema: z.string().transform((raw) => path.resolve(raw)) }),
  neo4jBoltPort: setting({ env: 'NEO4J_BOLT_PORT', doc: 'Bolt port of the project-started Neo4j (0: any free port)', default: 7687, schema: whole(0, 65535) }),
  seedOnEmpty: setting({ env: 'SEED_ON_EMPTY', doc: 'load `seed/data` when the database holds no unit', default: true, schema: flag }),
  maxDepth: setting({ env: 'MAX_DEPTH', doc: 'deepest traversal a query may ask for (chains, subordinates, neighbourhoods, paths)', default: 10, schema: whole(1, 50) }),
  maxPageSize: setting({ env: 'MAX_PAGE_SIZE', doc: 'largest page (`first`) a paginated query may ask for', default: 1000, schema: whole(1, 10000) }),
  maxChainPaths: setting({ env: 'MAX_CHAIN_PATHS', doc: 'most branches a chain of responsibility returns (`truncated` says when more exist)', default: 200, schema: whole(1, 10000) }),
  maxNeighbourhoodNodes: setting({ env: 'MAX_NEIGHBOURHOOD_NODES', doc: 'most units a neighbourhood returns', default: 5000, schema: whole(1, 100000) }),
  queryTimeoutMs: setting({ env: 'QUERY_TIMEOUT_MS', doc: 'time limit of one database transaction', default: 15000, schema: whole(100, 600000) }),
  connectTimeoutMs: setting({ env: 'NEO4J_CONNECT_TIMEOUT_MS', doc: 'how long to wait for a connection: how soon a missing database gives `DATABASE_UNAVAILABLE`', default: 1000, schema: whole(100, 60000) }),
  readBatchSize: setting({ env: 'READ_BATCH_SIZE', doc: 'most concurrent requests of one kind read in one transaction (1: none batched together)', default: 64, schema: whole(1, 1000) }),
  readBatchesInFlight: setting({ env: 'READ_BATCHES_IN_FLIGHT', doc: 'most batched read transactions of one kind at once; later requests wait and form the next batch (raise it when Neo4j is far away: a batch then waits a network round trip)', default: 1, schema: whole(1, 256) }),
  subtreeSnapshotUnits: setting({ env: 'SUBTREE_SNAPSHOT_UNITS', doc: 'most units kept in memory for streams of `subordinates` pages: from its second page a stream reads the rest of its subtree once, and later pages are cut from it while the database has committed nothing since (so each page is what a fresh read gives); 0: every page is read from Neo4j', default: 50000, schema: whole(0, 10_000_000) }),
  subtreeSnapshotTtlMs: setting({ env: 'SUBTREE_SNAPSHOT_TTL_MS', doc: 'how long a stream\'s kept subtree outlives its last page', default: 60000, schema: whole(1000, 3_600_000) }),
  readAccess: setting({ env: 'READ_ACCESS', doc: '`open`: anyone may read; `token`: reading needs a token with the role viewer', default: 'open', schema: oneOf('open', 'token') }),
  apiKeys: setting({ env: 'API_KEYS', doc: 'API keys as name:role:sha256-hex-of-key, comma-separated (hash with `node -e "console.log(require(\'crypto\').createHash(\'sha256\').update(process.argv[1]).digest(\'hex\'))" KEY`)', default: '', schema: apiKeys }),
  jwtSecret: setting({ env: 'JWT_HS256_SECRET', doc: 'secret of HS256 JWTs (at least 32 characters); empty: HS256 tokens refused', default: '', schema: atLeast(32) }),
  jwtPublicKey: setting({ env: 'JWT_RS256_PUBLIC_KEY', doc: 'PEM (SPKI) public key of RS256 JWTs; empty: RS256 tokens refused', default: '', schema: publicKey }),
  jwtIssuer: setting({ env: 'JWT_ISSUER', doc: 'required `iss` of JWTs; empty: not checked', default: '', schema: text }),
  jwtAudience: setting({ env: 'JWT_AUDIENCE', doc: 'required `aud` of JWTs; empty: not checked', default: '', schema: text }),
  corsOrigins: setting({ env: 'CORS_ORIGINS', doc: 'origins allowed to call the API from a browser, comma-separated (empty: same origin only)', default: '', schema: text }),
  rateLimitPerMinute: setting({ env: 'RATE_LIMIT_PER_MINUTE', doc: 'requests to /graphql one client (IP) may make per minute', default: 1200, schema: whole(1, 1000000) }),
  bodyLimit: setting({ env: 'BODY_LIMIT', doc: 'largest request body /graphql accepts (e.g. 100kb, 1mb)', default: '1mb', schema: z.string().regex(/^\d{1,9}(b|kb|mb)$/i, { error: 'must be a size like 100kb or 1mb' }) }),
  introspection: setting({ env: 'INTROSPECTION', doc: 'answer introspection queries (the explorer needs them)', default: true, schema: flag }),
  maxQueryDepth: setting({ env: 'MAX_QUERY_DEPTH', doc: 'deepest nesting of fields a GraphQL query may have', default: 15, schema: whole(1, 100) }),
  maxQueryCost: setting({ env: 'MAX_QUERY_COST', doc: 'highest graphql-armor cost of a query; armor multiplies a list by its `first`, so a page of 1,000 units with a dozen fields costs ~50,000 (and a page inside a page is refused)', default: 100000, schema: whole(1, 1000000) }),
  maxAliases: setting({ env: 'MAX_ALIASES', doc: 'most aliases a GraphQL query may use', default: 30, schema: whole(0, 1000) }),
  maxTokens: setting({ env: 'MAX_TOKENS', doc: 'most tokens a GraphQL document may have', default: 2000, schema: whole(10, 100000) }),
  maxDirectives: setting({ env: 'MAX_DIRECTIVES', doc: 'most directives a GraphQL query may use', default: 20, schema: whole(0, 1000) }),
};

type Settings = typeof settings;
/** The validated configuration. */
export type Config = { [K in keyof Settings]: z.output<Settings[K]['schema']> };

/** Thrown by loadConfig with one line per bad setting. */
export class ConfigError extends Error {}

/**
 * Reads and validates every setting from `env` (process.env by default); an unset or empty variable
 * takes the default. `overrides` replace values after validation (tests, CLIs).
 * @throws ConfigError listing every bad setting, one per line, with what it must be.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, s] of Object.entries(settings) as [string, Setting<z.ZodType>][]) {
    const raw = env[s.env];
    if (raw === undefined || raw === '') {
      out[key] = s.default;
      continue;
    }
    const parsed = s.schema.safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
    else problems.push(`${s.env}=${JSON.stringify(raw)}: ${parsed.error.issues[0]!.message} (${s.doc})`);
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return { ...(out as Config), ...overrides };
}

/**
 * Every setting in declaration order, for the README's table (`npm run docs:config`): its variable,
 * its default as text as the docs show it ('' when empty), and its doc.
 */
export function describeSettings(): { env: string; default: string; doc: string }[] {
  return Object.values(settings).map((s: Setting<z.ZodType>) => ({ env: s.env, default: s.shown ?? String(s.default), doc: s.doc }));
}

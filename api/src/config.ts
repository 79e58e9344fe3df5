/**
 * The one reader of process.env. Every setting is declared once: its variable, default, one line of
 * doc and its validation. `loadConfig()` checks them all at boot and throws one line per problem.
 */
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Setting<T> {
  env: string;
  doc: string;
  default: T;
  parse: (raw: string) => T;
}

function int(min: number, max: number) {
  return (raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`must be a whole number from ${min} to ${max}`);
    return n;
  };
}
const str = (raw: string): string => raw;
function bool(raw: string): boolean {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error('must be true or false');
}
function oneOf<T extends string>(...values: T[]) {
  return (raw: string): T => {
    if (!(values as string[]).includes(raw)) throw new Error(`must be one of ${values.join(', ')}`);
    return raw as T;
  };
}
function neo4jUri(raw: string): string {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(raw)) {
    throw new Error('must look like bolt://host:7687 or neo4j://host:7687 (or +s / +ssc for TLS)');
  }
  return raw;
}

const settings = {
  nodeEnv: { env: 'NODE_ENV', doc: 'development shows error details; production masks them', default: 'development', parse: oneOf('development', 'production', 'test') },
  logLevel: { env: 'LOG_LEVEL', doc: 'log level of the JSON logs (silent in tests by default)', default: process.env.NODE_ENV === 'test' ? 'silent' : 'info', parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent') },
  shutdownTimeoutMs: { env: 'SHUTDOWN_TIMEOUT_MS', doc: 'on SIGTERM, how long requests in flight may finish before the process exits', default: 10000, parse: int(0, 600000) },
  host: { env: 'HOST', doc: 'address the HTTP server listens on', default: '127.0.0.1', parse: str },
  port: { env: 'PORT', doc: 'HTTP port of the API and the page', default: 4000, parse: int(0, 65535) },
  neo4jUri: { env: 'NEO4J_URI', doc: 'a running Neo4j to use; when empty the project starts its own', default: '', parse: neo4jUri },
  neo4jUser: { env: 'NEO4J_USER', doc: 'Neo4j user', default: 'neo4j', parse: str },
  neo4jPassword: { env: 'NEO4J_PASSWORD', doc: 'Neo4j password (at least 8 characters)', default: 'command-graph-dev', parse: (raw: string) => { if (raw.length < 8) throw new Error('must be at least 8 characters (Neo4j refuses shorter ones)'); return raw; } },
  neo4jDatabase: { env: 'NEO4J_DATABASE', doc: 'database name', default: 'neo4j', parse: str },
  neo4jDataDir: { env: 'NEO4J_DATA_DIR', doc: 'where the project-started Neo4j keeps its files', default: path.join(ROOT, 'db', 'data'), parse: (raw: string) => path.resolve(raw) },
  neo4jBoltPort: { env: 'NEO4J_BOLT_PORT', doc: 'Bolt port of the project-started Neo4j (0: any free port)', default: 7687, parse: int(0, 65535) },
  seedOnEmpty: { env: 'SEED_ON_EMPTY', doc: 'load seed/data when the database holds no unit', default: true, parse: bool },
  maxDepth: { env: 'MAX_DEPTH', doc: 'deepest traversal a query may ask for (chains, subordinates, neighbourhoods, paths)', default: 10, parse: int(1, 50) },
  maxPageSize: { env: 'MAX_PAGE_SIZE', doc: 'largest `first` a paginated query may ask for', default: 1000, parse: int(1, 10000) },
  maxChainPaths: { env: 'MAX_CHAIN_PATHS', doc: 'most branches a chain of responsibility returns', default: 200, parse: int(1, 10000) },
  maxNeighbourhoodNodes: { env: 'MAX_NEIGHBOURHOOD_NODES', doc: 'most units a neighbourhood returns', default: 5000, parse: int(1, 100000) },
  queryTimeoutMs: { env: 'QUERY_TIMEOUT_MS', doc: 'time limit of one database transaction', default: 15000, parse: int(100, 600000) },
  connectTimeoutMs: { env: 'NEO4J_CONNECT_TIMEOUT_MS', doc: 'how long to wait for a connection before DATABASE_UNAVAILABLE', default: 1000, parse: int(100, 60000) },
  readBatchSize: { env: 'READ_BATCH_SIZE', doc: 'most concurrent requests of one kind read in one transaction (1: no batching across requests)', default: 64, parse: int(1, 1000) },
  readBatchesInFlight: { env: 'READ_BATCHES_IN_FLIGHT', doc: 'most batched read transactions of one kind at once; later requests wait and form the next batch (raise it for a Neo4j far away)', default: 1, parse: int(1, 256) },
  subtreeSnapshotUnits: { env: 'SUBTREE_SNAPSHOT_UNITS', doc: 'most subordinate units kept in memory for streams of subordinates pages, so a stream reads its subtree once (0: every page is read anew)', default: 50000, parse: int(0, 10_000_000) },
  subtreeSnapshotTtlMs: { env: 'SUBTREE_SNAPSHOT_TTL_MS', doc: 'how long a stream\'s subtree is kept after its last page was read', default: 60000, parse: int(1000, 3_600_000) },
  readAccess: { env: 'READ_ACCESS', doc: 'open: anyone may read; token: reading needs a token with the role viewer', default: 'open', parse: oneOf('open', 'token') },
  apiKeys: { env: 'API_KEYS', doc: 'API keys as name:role:sha256-hex-of-key, comma-separated (hash with `node -e "console.log(require(\'crypto\').createHash(\'sha256\').update(process.argv[1]).digest(\'hex\'))" KEY`)', default: '', parse: (raw: string) => { for (const k of raw.split(',')) { if (!/^[\w.@-]{1,64}:(viewer|editor|admin):[0-9a-f]{64}$/.test(k.trim())) throw new Error(`"${k.trim().slice(0, 70)}" must be name:viewer|editor|admin:64 hex digits`); } return raw; } },
  jwtSecret: { env: 'JWT_HS256_SECRET', doc: 'secret of HS256 JWTs (at least 32 characters); empty: HS256 tokens refused', default: '', parse: (raw: string) => { if (raw.length < 32) throw new Error('must be at least 32 characters'); return raw; } },
  jwtPublicKey: { env: 'JWT_RS256_PUBLIC_KEY', doc: 'PEM (SPKI) public key of RS256 JWTs; empty: RS256 tokens refused', default: '', parse: (raw: string) => { if (!raw.includes('BEGIN PUBLIC KEY')) throw new Error('must be a PEM public key (-----BEGIN PUBLIC KEY-----)'); return raw.replace(/\\n/g, '\n'); } },
  jwtIssuer: { env: 'JWT_ISSUER', doc: 'required `iss` of JWTs; empty: not checked', default: '', parse: str },
  jwtAudience: { env: 'JWT_AUDIENCE', doc: 'required `aud` of JWTs; empty: not checked', default: '', parse: str },
  corsOrigins: { env: 'CORS_ORIGINS', doc: 'origins allowed to call the API from a browser, comma-separated (empty: same origin only)', default: '', parse: str },
  rateLimitPerMinute: { env: 'RATE_LIMIT_PER_MINUTE', doc: 'requests to /graphql one client (IP) may make per minute', default: 1200, parse: int(1, 1000000) },
  bodyLimit: { env: 'BODY_LIMIT', doc: 'largest request body /graphql accepts (e.g. 100kb, 1mb)', default: '1mb', parse: (raw: string) => { if (!/^\d{1,9}(b|kb|mb)$/i.test(raw)) throw new Error('must be a size like 100kb or 1mb'); return raw; } },
  introspection: { env: 'INTROSPECTION', doc: 'answer introspection queries (the explorer needs them)', default: true, parse: bool },
  maxQueryDepth: { env: 'MAX_QUERY_DEPTH', doc: 'deepest nesting of fields a GraphQL query may have', default: 15, parse: int(1, 100) },
  maxQueryCost: { env: 'MAX_QUERY_COST', doc: 'highest cost (graphql-armor cost limit, which multiplies a list by its `first`) a GraphQL query may have; a page of 1000 units with a dozen fields costs ~50,000', default: 100000, parse: int(1, 1000000) },
  maxAliases: { env: 'MAX_ALIASES', doc: 'most aliases a GraphQL query may use', default: 30, parse: int(0, 1000) },
  maxTokens: { env: 'MAX_TOKENS', doc: 'most tokens a GraphQL document may have', default: 2000, parse: int(10, 100000) },
  maxDirectives: { env: 'MAX_DIRECTIVES', doc: 'most directives a GraphQL query may use', default: 20, parse: int(0, 1000) },
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof settings;
/** The validated configuration. */
export type Config = { [K in keyof Settings]: Settings[K]['default'] };

/** Thrown by loadConfig with one line per bad setting. */
export class ConfigError extends Error {}

/**
 * Reads and validates every setting from `env` (process.env by default).
 * @throws ConfigError listing every bad setting, one per line, with what it must be.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, s] of Object.entries(settings) as [string, Setting<unknown>][]) {
    const raw = env[s.env];
    if (raw === undefined || raw === '') {
      out[key] = s.default;
      continue;
    }
    try {
      out[key] = s.parse(raw);
    } catch (err) {
      problems.push(`${s.env}=${JSON.stringify(raw)}: ${(err as Error).message} (${s.doc})`);
    }
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return { ...(out as Config), ...overrides };
}

/** The settings table, for the README and `--help`. */
export function describeSettings(): { env: string; default: unknown; doc: string }[] {
  return Object.values(settings).map((s) => ({ env: s.env, default: s.default, doc: s.doc }));
}

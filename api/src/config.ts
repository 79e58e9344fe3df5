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

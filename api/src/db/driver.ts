/**
 * The one place neo4j-driver is called. A single read statement runs as an auto-commit read
 * transaction, several in `executeRead`, writes in `executeWrite`, all in sessions of the matching
 * access mode, so the same code works against a cluster through `neo4j://` routing. Errors come out
 * mapped to the API's codes (map-driver-error.ts). Callers get plain rows and a QueryTx, never the
 * driver's own records or transactions.
 */
import neo4j, { type Driver, type ManagedTransaction, type Node, type QueryResult, type RecordShape, type Relationship, type Session } from 'neo4j-driver';
import type { Config } from '../config';
import { mapDriverError } from './map-driver-error';
import type { CypherQuery } from './queries';

/**
 * One transaction as the rest of the API sees it: it runs registry queries and gives back plain rows
 * (nodes as their properties, dates as ISO text), so no caller handles the driver's own types.
 */
export interface QueryTx {
  /** Runs `q` with `params` (whole numbers sent as Cypher INTEGERs) in this transaction. */
  run<P extends Record<string, unknown>, R extends RecordShape>(q: CypherQuery<P, R>, params: P): Promise<R[]>;
}

/** Access to the database for one process (or, through `withMetadata`, for one request). */
export interface Db {
  /** Runs a registered query as one auto-commit read transaction (retried when a retry may work) and returns its rows. */
  read<P extends Record<string, unknown>, R extends RecordShape>(q: CypherQuery<P, R>, params: P): Promise<R[]>;
  /**
   * Like `read`, with the database state the rows were read at (`state()` gives the same text until a
   * transaction commits), or null when a commit landed while the query ran.
   */
  readAt<P extends Record<string, unknown>, R extends RecordShape>(q: CypherQuery<P, R>, params: P): Promise<{ rows: R[]; state: string | null }>;
  /**
   * The database's state now: its bookmark (the last transaction it committed), as one text. Equal
   * texts mean nothing was committed in between; '' when the server gives no bookmark.
   */
  state(): Promise<string>;
  /** Runs a registered query in a write transaction and returns its rows. */
  write<P extends Record<string, unknown>, R extends RecordShape>(q: CypherQuery<P, R>, params: P): Promise<R[]>;
  /** Runs `work` in one read transaction (retried on transient errors). */
  readTx<T>(work: (tx: QueryTx) => Promise<T>): Promise<T>;
  /** Runs `work` in one write transaction (retried on transient errors). */
  writeTx<T>(work: (tx: QueryTx) => Promise<T>): Promise<T>;
  /** The same access, with `metadata` attached to every transaction (seen in Neo4j's query log and `SHOW TRANSACTIONS`). */
  withMetadata(metadata: Record<string, string>): Db;
  /** How many sessions are open now (0 when idle: anything else is a leak). */
  openSessions(): number;
  /** True when the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  readonly driver: Driver;
  readonly database: string;
}

type DbConfig = Pick<Config, 'neo4jUri' | 'neo4jUser' | 'neo4jPassword' | 'neo4jDatabase' | 'queryTimeoutMs' | 'connectTimeoutMs'>;

/** Opens a driver for `config.neo4jUri` (which must be set). Does not connect until first used. */
export function createDb(config: DbConfig): Db {
  const driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword), {
    disableLosslessIntegers: true,
    connectionTimeout: config.connectTimeoutMs,
    connectionAcquisitionTimeout: Math.max(config.connectTimeoutMs, 5000),
    // Fail fast when the database is away: the API answers DATABASE_UNAVAILABLE rather than hang.
    maxTransactionRetryTime: Math.min(config.connectTimeoutMs, 500),
    userAgent: 'command-graph/0.1',
  });
  return new ScopedDb(driver, config.neo4jDatabase, config.queryTimeoutMs, { open: 0 }, {});
}

// How long a failed auto-commit read is retried (managed transactions have maxTransactionRetryTime).
const RETRY_MS = 500;

const rows = <R extends RecordShape>(res: QueryResult<R>): R[] => res.records.map((r) => plain(r.toObject()) as R);
// The bookmark a read leaves in its session names the last transaction the database committed.
const bookmark = (s: Session) => s.lastBookmarks().join(' ');

/**
 * The Db of a process, or of one request (withMetadata). A class, not an object of closures, because
 * every request makes one (bench/README.md).
 */
class ScopedDb implements Db {
  private readonly txConfig: { timeout: number; metadata: Record<string, string> };

  constructor(readonly driver: Driver, readonly database: string, private readonly timeout: number,
    private readonly sessions: { open: number }, private readonly metadata: Record<string, string>) {
    this.txConfig = { timeout, metadata };
  }

  read<P extends Record<string, unknown>, R extends RecordShape>(q: CypherQuery<P, R>, params: P): Promise<R[]> {
    return this.autoCommitRead(async (s) => rows(await s.run(q.text, cypherParams(params), this.txConfig)));
  }

  // The state before and after the query: the same text, or a commit may or may not be in the rows.
  readAt<P extends Record<string, unknown>, R extends RecordShape>(q: CypherQuery<P, R>, params: P): Promise<{ rows: R[]; state: string | null }> {
    return this.autoCommitRead(async (s) => {
      const before = await this.probe(s);
      const read = rows(await s.run(q.text, cypherParams(params), this.txConfig));
      return { rows: read, state: before !== '' && before === bookmark(s) ? before : null };
    });
  }

  state(): Promise<string> {
    return this.autoCommitRead((s) => this.probe(s));
  }

  write<P extends Record<string, unknown>, R extends RecordShape>(q: CypherQuery<P, R>, params: P): Promise<R[]> {
    return this.run('WRITE', async (tx) => rows(await tx.run(q.text, cypherParams(params))));
  }

  readTx<T>(work: (tx: QueryTx) => Promise<T>): Promise<T> {
    return this.run('READ', (tx) => work(new DriverQueryTx(tx)));
  }

  writeTx<T>(work: (tx: QueryTx) => Promise<T>): Promise<T> {
    return this.run('WRITE', (tx) => work(new DriverQueryTx(tx)));
  }

  withMetadata(extra: Record<string, string>): Db {
    return new ScopedDb(this.driver, this.database, this.timeout, this.sessions, { ...this.metadata, ...extra });
  }

  openSessions(): number {
    return this.sessions.open;
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database, routing: neo4j.routing.READ });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  // A session of `mode` for `use`, counted while open (openSessions) and always closed.
  private async inSession<T>(mode: 'READ' | 'WRITE', use: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    this.sessions.open++;
    try {
      return await use(session);
    } finally {
      this.sessions.open--;
      await session.close();
    }
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    try {
      return await this.inSession(mode, (s) => (mode === 'READ' ? s.executeRead(work, this.txConfig) : s.executeWrite(work, this.txConfig)));
    } catch (err) {
      throw mapDriverError(err);
    }
  }

  // A single read statement runs as an auto-commit transaction: one Bolt exchange (RUN and PULL)
  // instead of BEGIN, RUN+PULL and COMMIT, each a round trip. Retried like a managed transaction
  // when the error says a retry may work (leader switch, deadlock, unavailable).
  private async autoCommitRead<T>(use: (session: Session) => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inSession('READ', use);
      } catch (err) {
        if (!neo4j.isRetryableError(err) || Date.now() - started > RETRY_MS || attempt >= 3) throw mapDriverError(err);
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
  }

  // The database's state now, through `s`: a read of nothing, then its bookmark.
  private async probe(s: Session): Promise<string> {
    await s.run('RETURN 1', {}, this.txConfig);
    return bookmark(s);
  }
}

// The driver's transaction behind QueryTx; it never leaves this module.
class DriverQueryTx implements QueryTx {
  constructor(private readonly tx: ManagedTransaction) {}

  async run<P extends Record<string, unknown>, R extends RecordShape>(q: CypherQuery<P, R>, params: P): Promise<R[]> {
    return rows(await this.tx.run(q.text, cypherParams(params)));
  }
}

/**
 * Turns driver values into plain JSON-ready values: a node or relationship becomes its properties
 * (a relationship also gets `type`), temporal values their ISO text ("2021-09-30"), recursively.
 */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  // A map (the common case: one per row and unit) before the checks for driver types.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isNode(value) || isRelationship(value)) {
    const props = plain(value.properties) as Record<string, unknown>;
    return isRelationship(value) ? { ...props, type: value.type } : props;
  }
  if (isTemporal(value)) return value.toString();
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = plain(value[k]);
  return out;
}

function isNode(v: object): v is Node {
  return neo4j.isNode(v as Node);
}
function isRelationship(v: object): v is Relationship {
  return neo4j.isRelationship(v as Relationship);
}
function isTemporal(v: object): v is { toString(): string } {
  return neo4j.isDate(v as never) || neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never) || neo4j.isTime(v as never) || neo4j.isLocalTime(v as never) || neo4j.isDuration(v as never);
}

/** A YYYY-MM-DD text as a Cypher DATE parameter (DATE properties compare only with DATE values). */
export function cypherDate(iso: string): CypherDate {
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}
export type CypherDate = InstanceType<typeof neo4j.types.Date<number>>;

/**
 * Parameters as Cypher wants them: JavaScript whole numbers become Cypher INTEGERs (LIMIT, SKIP and
 * depths refuse the FLOAT a plain JS number is sent as), recursively through lists and maps.
 */
export function cypherParams<P>(params: P): P {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    }
    return v;
  };
  return convert(params) as P;
}

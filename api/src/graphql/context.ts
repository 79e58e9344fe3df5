/**
 * What every resolver receives: the database, the configuration, the request's DataLoaders and the
 * request's "today" (so one request reads one consistent date).
 */
import type { Config } from '../config';
import type { Db } from '../db/driver';
import { createLoaders, type Loaders } from './loaders';
import type { BatchedReads } from './batched-reads';
import type { SubtreeSnapshots } from './subtree-snapshots';
import { ANONYMOUS, type AuthInfo } from '../auth/roles';

export interface Context {
  db: Db;
  config: Config;
  loaders: Loaders;
  /** Reads batched across concurrent requests (batched-reads.ts), shared by the whole process. */
  batched: BatchedReads;
  /** Subtrees kept for streams of subordinates pages (subtree-snapshots.ts), shared by the whole process. */
  snapshots: SubtreeSnapshots;
  /** The request's id (X-Request-Id), carried into batched transactions' metadata. */
  requestId: string;
  /** Today's date (YYYY-MM-DD, UTC) when the request arrived: the default `asOf`. */
  today: string;
  /** Who sent the request (api/src/auth); anonymous without a token. */
  auth: AuthInfo;
}

/** A fresh context for one request; `db` already carries the request id in its metadata. */
export function createContext(db: Db, config: Config, batched: BatchedReads, snapshots: SubtreeSnapshots, requestId: string, auth: AuthInfo = ANONYMOUS): Context {
  return { db, config, loaders: createLoaders(db, batched, requestId), batched, snapshots, requestId, today: new Date().toISOString().slice(0, 10), auth };
}

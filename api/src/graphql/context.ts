/**
 * What every resolver receives: the database, the configuration, the request's DataLoaders and the
 * request's "today" (so one request reads one consistent date).
 */
import type { Config } from '../config';
import type { Db } from '../db/driver';
import { createLoaders, type Loaders } from './loaders';
import { ANONYMOUS, type AuthInfo } from '../auth/roles';

export interface Context {
  db: Db;
  config: Config;
  loaders: Loaders;
  /** Today's date (YYYY-MM-DD, UTC) when the request arrived: the default `asOf`. */
  today: string;
  /** Who sent the request (api/src/auth); anonymous without a token. */
  auth: AuthInfo;
}

/** A fresh context for one request. */
export function createContext(db: Db, config: Config, auth: AuthInfo = ANONYMOUS): Context {
  return { db, config, loaders: createLoaders(db), today: new Date().toISOString().slice(0, 10), auth };
}

/**
 * What a browser test runs against: the real server (api/src/server.ts) on a free port over the run's
 * real Neo4j (tests/setup/global-setup.ts starts it and loads the cited dataset), the page built by
 * Vite when stale, and Debian's Chromium. One stack per test file.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadConfig, type Config } from '../../../api/src/config';
import { createDb, type Db } from '../../../api/src/db/driver';
import { startServer, type RunningServer } from '../../../api/src/server';
import { ensureWebBuilt } from '../../../api/src/web-build';
import { idle, launchChromium, newPage } from './browser';
import './hook';

/** Screenshots go here (git ignores it). */
export const SCREENSHOTS = path.resolve(__dirname, '..', 'screenshots');

/** A running server and browser. */
export interface Stack {
  url: string;
  db: Db;
  config: Config;
  browser: Browser;
  /** Opens `pathAndQuery` in a new page and waits until the page is idle. */
  open(pathAndQuery?: string): Promise<{ page: Page; errors: string[] }>;
  /** Saves a screenshot of `page` as tests/e2e/screenshots/<name>.png. */
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** Builds the page if needed, starts the server and Chromium. */
export async function startStack(overrides: Partial<Config> = {}): Promise<Stack> {
  await ensureWebBuilt(() => undefined);
  const config = loadConfig(process.env, { port: 0, nodeEnv: 'test', ...overrides });
  const db = createDb(config);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(config, db);
    browser = await launchChromium();
  } catch (err) {
    await server?.close();
    await db.close();
    throw err;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const url = server.url;
  const b = browser;
  const s = server;
  return {
    url,
    db,
    config,
    browser: b,
    async open(pathAndQuery = '/') {
      const { page, errors } = await newPage(b);
      await page.goto(`${url}${pathAndQuery}`);
      await idle(page);
      return { page, errors };
    },
    async shot(page, name) {
      await page.waitForTimeout(300); // let animations settle
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
    },
    async close() {
      await b.close();
      await s.close();
      await db.close();
    },
  };
}

/** Evaluates `fn` against the page's hook. */
export function hook<T>(page: Page, fn: (h: import('./hook').CommandGraphHook) => T | Promise<T>): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__commandGraph)`) as Promise<T>;
}

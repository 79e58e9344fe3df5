/**
 * Debian's Chromium, driven by playwright-core (no browser is downloaded). The flags keep it quiet on
 * an offline machine: without the background-networking ones its own connections are refused.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian puts Chromium (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL without a GPU (software), for the large-view renderer.
  '--enable-unsafe-swiftshader',
];

/**
 * Launches Chromium headless.
 * @throws Error saying how to install Chromium when it is missing.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** A page of 1440 × 900 that accepts downloads, with console errors collected in `errors`. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return { context, page, errors };
}

/** Waits until the page's test hook says it is idle (no request, no layout). */
export async function idle(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => !!window.__commandGraph, undefined, { timeout });
  await page.evaluate(() => window.__commandGraph!.whenIdle());
}

/**
 * Builds the page with Vite when web/dist is missing or older than its sources, so `npm start` on a
 * fresh clone serves a page without a separate build step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'web');
const DIST_INDEX = path.join(WEB, 'dist', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build:web` when the build is missing or stale. Throws when the build fails. */
export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  if (!existsSync(path.join(WEB, 'vite.config.ts'))) return;
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= newestMtime(WEB)) return;
  log('Building the page (web/) with Vite...');
  const r = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`${r.stdout}${r.stderr}\nThe page did not build (Vite's output above): fix web/ or run \`npm run build:web\` to see why.`);
  }
}

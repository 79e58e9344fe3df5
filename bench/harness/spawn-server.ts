/**
 * Starts an API under test in a child Node process (harness/child-server.ts) and reads its memory
 * from /proc: VmHWM is the kernel's record of the process's peak resident set size.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type Client = 'raw' | 'ours' | 'peer';

/** A running API in its own process. */
export interface ChildServer {
  client: Client;
  url: string;
  pid: number;
  /** Peak RSS of the process so far, in MB (Linux /proc VmHWM; NaN elsewhere). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** How to start a child API besides its client: extra Node flags, environment, and which checkout. */
export interface SpawnOptions {
  /** Node flags after the start script's (e.g. --cpu-prof); the last of a V8 flag wins. */
  nodeArgs?: string[];
  /** Environment on top of this process's (e.g. READ_BATCHES_IN_FLIGHT). */
  env?: Record<string, string>;
  /** Another checkout of the project whose API runs (its code, start flags and node_modules); default this one. */
  dir?: string;
}

/** The checkout this file belongs to. */
const THIS_CHECKOUT = path.join(__dirname, '..', '..');
const CHILD = path.join('bench', 'harness', 'child-server.ts');

/**
 * Spawns `client` against the Neo4j at `uri` and resolves once it prints READY: the checkout's
 * bench/harness/child-server.ts, run with that checkout as its working folder (so `--import tsx`
 * and every import resolve there); ours also gets the flags of that checkout's start script.
 * @throws Error (a rejection) when `opts.dir` is not a checkout that can run it (the message says what to do), or the child exits or stays silent for 60 s.
 */
export async function spawnServer(client: Client, uri: string, password: string, opts: SpawnOptions = {}): Promise<ChildServer> {
  const dir = opts.dir ? path.resolve(opts.dir) : THIS_CHECKOUT;
  checkCheckout(dir);
  const nodeArgs = opts.nodeArgs ?? [];
  const flags = client === 'ours' ? [...startNodeFlags(dir), ...nodeArgs] : nodeArgs;
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', path.join(dir, CHILD), client, uri, password],
    { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env, NODE_ENV: 'production' } });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${client} did not start within 60 s:\n${out}`)), 60_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve({
          client, url: m[1]!, pid: child.pid!,
          peakRssMb: () => procKb(child.pid!, 'VmHWM') / 1024,
          stop: () => new Promise((r) => { if (child.exitCode !== null) { r(); return; } child.once('exit', () => r()); child.stdin!.end(); setTimeout(() => child.kill('SIGKILL'), 15_000).unref(); }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => { out += b.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${client} exited (code ${code}) before it was ready:\n${out}`)); });
  });
}

function procKb(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

/**
 * The Node flags `npm start` runs the API with (package.json's start script in `dir`, e.g. its heap
 * bound; default this checkout), so ours is measured as users run it.
 */
export function startNodeFlags(dir = THIS_CHECKOUT): string[] {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((w) => /^--[\w-]+=\d+$/.test(w));
}


/**
 * Checks that `dir` is a checkout spawnServer can run an API from: it has bench/harness/child-server.ts
 * and node_modules with tsx (a new `git worktree add` has none).
 * @throws Error saying what to do otherwise.
 */
export function checkCheckout(dir: string): void {
  if (!existsSync(path.join(dir, CHILD))) {
    throw new Error(`${dir} has no ${CHILD}: give "dir" a checkout of this project from a commit that has it ` +
      '(git worktree add <folder> <commit>), or copy bench/harness/ from this checkout into it');
  }
  try {
    createRequire(path.join(dir, 'package.json')).resolve('tsx');
  } catch {
    throw new Error(`${dir} has no node_modules with tsx: link this checkout's (ln -s ${realpathSync(path.join(THIS_CHECKOUT, 'node_modules'))} ${path.join(dir, 'node_modules')}) ` +
      'when its package.json has the same dependencies, or run npm ci there');
  }
}

/**
 * Starts an API under test in a child Node process (harness/child-server.ts) and reads its memory
 * from /proc: VmHWM is the kernel's record of the process's peak resident set size.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/**
 * Spawns `client` against the Neo4j at `uri` and resolves once it prints READY; `nodeArgs` go to its
 * Node (e.g. --cpu-prof), `env` to its environment on top of this process's (e.g. READ_BATCHES_IN_FLIGHT).
 */
export function spawnServer(client: Client, uri: string, password: string, nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<ChildServer> {
  const flags = client === 'ours' ? [...startNodeFlags(), ...nodeArgs] : nodeArgs;
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', path.join(__dirname, 'child-server.ts'), client, uri, password],
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env, NODE_ENV: 'production' } });
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

/** The Node flags `npm start` runs the API with (package.json's start script, e.g. its heap bound), so ours is measured as users run it. */
export function startNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((w) => /^--[\w-]+=\d+$/.test(w));
}


/**
 * Fetches Neo4j 5.26 LTS Community from Maven Central (through the machine's Maven) and starts it with
 * the machine's Java, for development and tests. Used only when NEO4J_URI is not set.
 *
 * The engine is the embedded one (`org.neo4j:neo4j` + `org.neo4j:neo4j-bolt`, see db/pom.xml) started by
 * db/Launcher.java with its Bolt connector: Maven Central carries no server assembly for 5.26.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { classDataSharing, javaVersion, type ClassDataSharing } from './class-data-sharing';

export const NEO4J_VERSION = '5.26.30';
const DB_DIR = __dirname;
const HOME = path.join(DB_DIR, '.neo4j');
/** Where the engine's jars are (ensureNeo4jInstalled fetches them); neo4j-admin runs from them too. */
export const NEO4J_LIB = path.join(HOME, 'lib');
const CLASSES = path.join(HOME, 'classes');
// The launcher's classes as a jar: a JVM archives classes from jars only (class-data-sharing.ts).
const LAUNCHER_JAR = path.join(HOME, 'launcher.jar');
const MARKER = path.join(NEO4J_LIB, `.complete-${NEO4J_VERSION}`);

/** Thrown when Neo4j cannot be fetched or started; its message says what to do. */
export class Neo4jSetupError extends Error {}

export interface EmbeddedNeo4jOptions {
  /** Folder of the database files (created when missing). */
  dataDir: string;
  host: string;
  /** Bolt port; 0 picks a free one. */
  port: number;
  user: string;
  password: string;
  /** Where the engine's own output goes (a file path); inherits nothing when omitted. */
  logFile?: string;
  /** Milliseconds to wait for Bolt to answer. */
  startTimeoutMs?: number;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  /** Stops the engine and waits for the process to end. */
  stop(): Promise<void>;
}

function which(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

/**
 * Downloads the Neo4j jars into db/.neo4j/lib once (a marker file records a complete download, so an
 * interrupted one is redone) and compiles the launcher. Throws Neo4jSetupError when Java 17+ or Maven
 * is missing.
 */
export function ensureNeo4jInstalled(log: (line: string) => void = () => {}): void {
  if (!javaVersion()) {
    throw new Neo4jSetupError(
      'Java is not installed: install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jdk-headless), ' +
        'or run `docker compose up`, or point NEO4J_URI at a running Neo4j 5.',
    );
  }
  if (!existsSync(MARKER)) {
    if (!which('mvn', ['-v'])) {
      throw new Neo4jSetupError(
        'Maven is not installed and the Neo4j jars are not downloaded yet: install Maven ' +
          '(Debian: apt-get install maven), or run `docker compose up`, or point NEO4J_URI at a running Neo4j 5.',
      );
    }
    log(`Fetching Neo4j ${NEO4J_VERSION} Community from Maven Central (first run only, ~120 MB)...`);
    const r = spawnSync(
      'mvn',
      ['-q', '-B', '-f', path.join(DB_DIR, 'pom.xml'), 'dependency:copy-dependencies',
        `-DoutputDirectory=${NEO4J_LIB}`, '-DincludeScope=runtime'],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (r.status !== 0) {
      throw new Neo4jSetupError(
        'Maven could not fetch Neo4j (see its output above): check the network to Maven Central, ' +
          'or run `docker compose up`, or point NEO4J_URI at a running Neo4j 5.',
      );
    }
    writeFileSync(MARKER, new Date().toISOString());
  }
  const source = path.join(DB_DIR, 'Launcher.java');
  const compiled = path.join(CLASSES, 'Launcher.class');
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
    mkdirSync(CLASSES, { recursive: true });
    const r = spawnSync('javac', ['-cp', `${NEO4J_LIB}/*`, '-d', CLASSES, source], { stdio: 'inherit' });
    if (r.status !== 0) {
      throw new Neo4jSetupError('javac could not compile db/Launcher.java: install a full JDK 17+, not only a JRE.');
    }
    rmSync(LAUNCHER_JAR, { force: true });
  }
  // Without the jar tool the engine runs from the classes folder, only without class data sharing.
  if (!existsSync(LAUNCHER_JAR)) spawnSync('jar', ['--create', '--file', LAUNCHER_JAR, '-C', CLASSES, '.'], { stdio: 'ignore' });
}

/**
 * The class-data-sharing flags of a JVM run with `classpath` (class-data-sharing.ts): `name` is
 * 'engine' or 'importer'. Call `settle` once it has exited.
 */
export function neo4jClassDataSharing(name: 'engine' | 'importer', classpath: string): ClassDataSharing {
  return classDataSharing(name, classpath, path.join(HOME, 'cds'), [MARKER, LAUNCHER_JAR]);
}

/** A free TCP port on the host, from the OS. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    sock.once('connect', () => { sock.destroy(); resolve(true); });
    sock.once('error', () => resolve(false));
  });
}

/**
 * Starts Neo4j and resolves once Bolt answers. The engine stops when `stop()` is called or when this
 * Node process exits (its standard input closes), so Ctrl-C leaves no Java process behind.
 */
export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<RunningNeo4j> {
  ensureNeo4jInstalled((l) => process.stderr.write(l + '\n'));
  const port = opts.port === 0 ? await freePort(opts.host) : opts.port;
  if (await portInUse(opts.host, port)) {
    throw new Neo4jSetupError(
      `Port ${opts.host}:${port} is already in use: stop what runs there, set NEO4J_BOLT_PORT to another port, ` +
        `or set NEO4J_URI=bolt://${opts.host}:${port} if that is a Neo4j you want to use.`,
    );
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const jar = existsSync(LAUNCHER_JAR);
  const classpath = `${NEO4J_LIB}/*:${jar ? LAUNCHER_JAR : CLASSES}`;
  const cds = jar ? neo4jClassDataSharing('engine', classpath) : { flags: [], settle() {} };
  const child: ChildProcess = spawn(
    'java',
    ['-Xms256m', '-Xmx2g', '-XX:+UseG1GC', ...cds.flags, '-cp', classpath, 'Launcher',
      path.resolve(opts.dataDir), opts.host, String(port), opts.user, opts.password],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.once('exit', (code) => cds.settle(code === 0));
  const logStream = opts.logFile ? createWriteStream(opts.logFile, { flags: 'a' }) : undefined;
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Neo4jSetupError(`Neo4j did not answer within ${opts.startTimeoutMs ?? 120000} ms:\n${tail(output)}`)),
      opts.startTimeoutMs ?? 120_000,
    );
    const onData = (buf: Buffer) => {
      const text = buf.toString();
      logStream?.write(text);
      output += text;
      if (output.includes('NEO4J_READY')) { clearTimeout(timer); resolve(); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Neo4jSetupError(`Neo4j exited (code ${code}) before it was ready:\n${tail(output)}`));
    });
  });
  try {
    await ready;
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  // Keep the engine's pipes drained but do not keep this process alive for it.
  child.unref();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stderr as unknown as { unref?: () => void }).unref?.();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    uri: `bolt://${opts.host}:${port}`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Held until it exits: with only the unref'd child left, Node would quit before 'exit' arrives.
      child.ref();
      child.stdin!.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
      logStream?.end();
    },
  };
}

function tail(text: string, lines = 30): string {
  return text.split('\n').slice(-lines).join('\n');
}

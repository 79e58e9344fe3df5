/**
 * Class data sharing (AppCDS) for the JVMs this project starts (the engine of db/neo4j.ts, the bulk
 * mode's importer): the classes a JVM loaded are archived once and mapped by the next JVM of the
 * same kind instead of being read, parsed and verified again, so the engine starts sooner
 * (bench/README.md, "Seed load"). JDK 17 has no -XX:+AutoCreateSharedArchive (JDK 19+), so:
 *
 * - no archive yet: the JVM runs with -XX:ArchiveClassesAtExit into a temporary file; once it has
 *   exited normally, the file is tried by a JVM of its own (`-version` maps every region: a cut-off
 *   file crashes that JVM, not a later one) and only then renamed into place (settle);
 * - an archive: the JVM runs with -XX:SharedArchiveFile and -XX:+VerifySharedSpaces (a damaged
 *   archive is then refused, not used). One the JVM finds stale (another JDK, other jars) it simply
 *   does not use; the archive's name holds the Java version, the jars' download and the classpath,
 *   so a new one is made for them;
 * - a JVM that fails while using an archive has it removed (discard): the next one runs without it.
 *
 * Archives live in db/.neo4j/cds (made by the project's own runs, never installed by hand).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** The JVM flags of one run and what to do when it has ended. */
export interface ClassDataSharing {
  /** Flags to put before the main class (none when no archive can be made for this classpath). */
  flags: string[];
  /** Call once the JVM has exited; `ok` when it exited normally (code 0). Keeps a newly dumped archive. */
  settle(ok: boolean): void;
}

let javaVersionText: string | undefined;

/** `java -version`'s text (empty when Java is missing), read once per process. */
export function javaVersion(): string {
  if (javaVersionText === undefined) {
    const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
    javaVersionText = r.status === 0 ? `${r.stderr}${r.stdout}` : '';
  }
  return javaVersionText;
}

/**
 * The class-data-sharing flags of a JVM of kind `name` ('engine', 'importer') run with `classpath`
 * (jar files and `dir/*` only: a JVM cannot archive classes from a folder), archives kept in `dir`.
 * `stamps` are files whose change makes another archive (the jars' download marker).
 */
export function classDataSharing(name: string, classpath: string, dir: string, stamps: string[]): ClassDataSharing {
  const version = javaVersion();
  const major = /version "(\d+)/.exec(version)?.[1];
  if (!major || Number(major) < 13) return { flags: [], settle() {} }; // -XX:ArchiveClassesAtExit is JDK 13+
  const key = createHash('sha256').update([version, classpath, ...stamps.map((f) => `${f}:${existsSync(f) ? statSync(f).mtimeMs : 0}`)].join('\n')).digest('hex').slice(0, 16);
  const archive = path.join(dir, `${name}-${key}.jsa`);
  const quiet = '-Xlog:cds=off,cds+dynamic=off';
  if (existsSync(archive)) {
    return {
      flags: [`-XX:SharedArchiveFile=${archive}`, '-XX:+VerifySharedSpaces', quiet],
      settle(ok) { if (!ok) rmSync(archive, { force: true }); },
    };
  }
  mkdirSync(dir, { recursive: true });
  removeOldDumps(dir);
  const dumped = `${archive}.${process.pid}.${Date.now()}.tmp`;
  return {
    flags: [`-XX:ArchiveClassesAtExit=${dumped}`, quiet],
    settle(ok) {
      try {
        if (ok && existsSync(dumped) && !existsSync(archive) && archiveWorks(dumped, classpath)) renameSync(dumped, archive);
      } finally {
        rmSync(dumped, { force: true });
      }
    },
  };
}

// A dump whose JVM was not waited for (its Node process ended first) is never renamed: remove it after a day.
function removeOldDumps(dir: string): void {
  for (const f of readdirSync(dir)) {
    const file = path.join(dir, f);
    if (f.endsWith('.tmp') && Date.now() - statSync(file).mtimeMs > 86_400_000) rmSync(file, { force: true });
  }
}

// A JVM that maps the archive (every region is mapped and relocated at start) and exits.
function archiveWorks(file: string, classpath: string): boolean {
  const r = spawnSync('java', [`-XX:SharedArchiveFile=${file}`, '-XX:+VerifySharedSpaces', '-Xshare:on', '-Xlog:cds=off,cds+dynamic=off', '-cp', classpath, '-version'],
    { stdio: 'ignore', timeout: 30_000 });
  return r.status === 0;
}

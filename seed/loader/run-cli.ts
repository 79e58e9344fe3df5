/**
 * How the seed command lines (`npm run seed`, `import`, `export`) end: the exit code and what is
 * printed for each kind of failure, in one place. Exit status: 0 done, 1 a problem the user can fix
 * (its message says how), 2 a command line that cannot be understood; anything else is a bug and
 * prints its stack.
 */
import { ConfigError } from '../../api/src/config';
import { Neo4jSetupError } from '../../db/neo4j';
import { UsageError } from './cli-args';

/** A failure the user can fix (the database is unreachable, refuses the password...): no stack trace. */
export class UserError extends Error {}

type ErrorClass = abstract new (...args: never[]) => Error;

export interface CliOptions {
  /** The command's verb for the bug message: "load", "import", "export". */
  what: string;
  /** More error classes whose message is all the user needs (exit 1). */
  userErrors?: ErrorClass[];
  /** Prints an error in its own way and returns true, or returns false to leave it to the defaults. */
  report?: (err: unknown, log: (line: string) => void) => boolean;
}

/** Runs `main` with the process's arguments and sets process.exitCode from its result or failure. */
export function runCli(main: (argv: string[]) => Promise<number>, opts: CliOptions, log: (line: string) => void): void {
  const userErrors: ErrorClass[] = [UserError, ConfigError, Neo4jSetupError, ...(opts.userErrors ?? [])];
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      if (opts.report?.(err, log)) {
        process.exitCode = 1;
      } else if (err instanceof UsageError) {
        log(err.message);
        process.exitCode = 2;
      } else if (userErrors.some((cls) => err instanceof cls)) {
        log((err as Error).message);
        process.exitCode = 1;
      } else {
        log(`The ${opts.what} failed unexpectedly (a bug; please report it with this output):\n${err instanceof Error ? err.stack : String(err)}`);
        process.exitCode = 1;
      }
    },
  );
}

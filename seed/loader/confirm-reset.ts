/**
 * The confirmation --reset needs: --yes, or a "y" typed on a terminal. Without a terminal and
 * without --yes the answer is no, with a message that says to add --yes.
 */
import { createInterface } from 'node:readline/promises';

/** Where the question is asked and answered. */
export interface Terminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

/** The outcome: go ahead, or stop with `message`. */
export type ResetDecision = { ok: true } | { ok: false; message: string };

/**
 * Asks before a reset of `where` (a description of the database). Resolves `{ ok: true }` with
 * `yes`, or after a "y"/"yes" answer on a terminal; otherwise `{ ok: false, message }`.
 */
export async function confirmReset(where: string, yes: boolean, term: Terminal): Promise<ResetDecision> {
  if (yes) return { ok: true };
  if (term.input.isTTY !== true) {
    return { ok: false, message: `--reset deletes everything in ${where}; not on a terminal, so nothing was asked and nothing was done: add --yes to confirm.` };
  }
  const rl = createInterface({ input: term.input, output: term.output });
  try {
    const answer = await rl.question(`--reset deletes every node and relationship in ${where}. Continue? [y/N] `);
    if (/^y(es)?$/i.test(answer.trim())) return { ok: true };
    return { ok: false, message: 'Reset not confirmed: nothing was done.' };
  } finally {
    rl.close();
  }
}

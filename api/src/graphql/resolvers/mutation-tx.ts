/**
 * How every mutation runs: the role is checked, the change (date and citation) is checked, the work
 * runs in one write transaction together with its audit entry, and the request's loaders are cleared
 * so fields read after the mutation see the new state. A deadlock between two writers is retried.
 */
import { randomUUID } from 'node:crypto';
import type { RecordShape } from 'neo4j-driver';
import { requireRole, type Role } from '../../auth/roles';
import { cypherDate, type CypherDate, type QueryTx } from '../../db/driver';
import { cypher, type CypherQuery } from '../../db/queries';
import { checkCitation, citedProps, InputProblem, type StoredCitation } from '../../domain/change-input';
import type { Context } from '../context';
import { apiError, badInput, ErrorCode, notFound } from '../../errors';
import type { ChangeInput } from '../generated/resolvers-types';

/** A checked change: the day it takes effect and its citation. */
export interface Change {
  iso: string;
  date: CypherDate;
  citation: StoredCitation;
  /** The stored props (`citations`, `sourceIds`, `synthetic`) of a record created by this change. */
  cited: { citations: string; sourceIds: string[]; synthetic: false };
  auditId: string;
}

/** What a change's work returns: its result, the ids it touched and, for updates, the old values. */
export interface Outcome<T> {
  result: T;
  targetIds: string[];
  before?: unknown;
}

const writeAudit = cypher<{ entry: Record<string, unknown> }, { id: string }>('audit/write-audit-entry');

/** Runs a registered query in `tx` and returns plain rows (dates as ISO text). */
export function run<P extends Record<string, unknown>, R extends RecordShape>(tx: QueryTx, q: CypherQuery<P, R>, params: P): Promise<R[]> {
  return tx.run(q, params);
}

/** CONFLICT with what to do, and extra extensions (e.g. the loop `path`). */
export const conflict = (message: string, extra: Record<string, unknown> = {}) => apiError(ErrorCode.CONFLICT, message, extra);

/** The first row, or NOT_FOUND with `message`. */
export function one<R>(rows: R[], message: string): R {
  if (!rows[0]) throw notFound(message);
  return rows[0];
}

function isDeadlock(err: unknown): boolean {
  const original = (err as { originalError?: { code?: unknown } })?.originalError;
  return original?.code === 'Neo.TransientError.Transaction.DeadlockDetected';
}

/**
 * Runs one mutation.
 * @throws UNAUTHENTICATED / FORBIDDEN (role), BAD_USER_INPUT (change), NOT_FOUND (cited source),
 * and whatever `work` throws (nothing is written then).
 */
export async function runChange<T>(ctx: Context, action: string, role: Role, args: { change: ChangeInput } & Record<string, unknown>,
  work: (tx: QueryTx, change: Change) => Promise<Outcome<T>>): Promise<T> {
  requireRole(ctx.auth, role, action);
  const change = await checkChange(ctx, args.change);
  const input = JSON.stringify({ ...args, change: undefined });
  for (let attempt = 1; ; attempt++) {
    try {
      const out = await ctx.db.writeTx(async (tx) => {
        const outcome = await work(tx, change);
        await run(tx, writeAudit, { entry: {
          id: change.auditId, actor: ctx.auth.principal ?? 'anonymous', method: ctx.auth.method, action,
          effectiveDate: change.date, citation: JSON.stringify(change.citation), input: input.length > 20000 ? `${input.slice(0, 20000)}…` : input,
          before: outcome.before === undefined ? null : JSON.stringify(outcome.before), targetIds: [...new Set(outcome.targetIds)],
        } });
        return outcome;
      });
      for (const loader of Object.values(ctx.loaders)) loader.clearAll();
      return out.result;
    } catch (err) {
      if (attempt >= 6 || !isDeadlock(err)) throw err;
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * attempt));
    }
  }
}

async function checkChange(ctx: Context, change: ChangeInput): Promise<Change> {
  let citation: StoredCitation;
  try {
    citation = checkCitation(change.citation);
  } catch (err) {
    if (err instanceof InputProblem) throw badInput(err.message, err.argument);
    throw err;
  }
  if ('source' in citation && !(await ctx.loaders.source.load(citation.source))) {
    throw notFound(`source '${citation.source}' (change.citation.sourceId) not found; cite an existing source, or give a note instead.`);
  }
  return { iso: change.effectiveDate, date: cypherDate(change.effectiveDate), citation, cited: citedProps([citation]), auditId: `audit-${randomUUID()}` };
}

/** Runs `check` and turns an InputProblem into BAD_USER_INPUT. */
export function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (err instanceof InputProblem) throw badInput(err.message, err.argument);
    throw err;
  }
}

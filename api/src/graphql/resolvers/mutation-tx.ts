/**
 * How every mutation runs: the role is checked, the change (date and citation) is checked, the work
 * runs in one write transaction together with its audit entry, and the request's loaders are cleared
 * so fields read after the mutation see the new state. A deadlock between two writers is retried.
 * The work is a use case of api/src/domain; its Refusal or InputProblem becomes the API's error here.
 */
import { randomUUID } from 'node:crypto';
import { requireRole, type Role } from '../../auth/roles';
import { cypherDate, type CypherDate, type QueryTx } from '../../db/driver';
import { cypher } from '../../db/queries';
import { checkCitation, citedProps, InputProblem, type Change as DomainChange, type Outcome, type StoredCitation } from '../../domain/change-input';
import { Refusal } from '../../domain/refusal';
import type { Context } from '../context';
import { apiError, badInput, ErrorCode, notFound } from '../../errors';
import type { ChangeInput } from '../generated/resolvers-types';

/** A checked change: the domain's (day and citation), with the day as a Cypher DATE and its audit entry's id. */
export interface Change extends DomainChange {
  date: CypherDate;
  auditId: string;
}

const writeAudit = cypher<{ entry: Record<string, unknown> }, { id: string }>('audit/write-audit-entry');

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
        const outcome = await work(tx, change).catch((err: unknown) => { throw translate(err); });
        await tx.run(writeAudit, { entry: {
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
  const citation: StoredCitation = checked(() => checkCitation(change.citation));
  if ('source' in citation && !(await ctx.loaders.source.load(citation.source))) {
    throw notFound(`source '${citation.source}' (change.citation.sourceId) not found; cite an existing source, or give a note instead.`);
  }
  return { iso: change.effectiveDate, date: cypherDate(change.effectiveDate), citation, cited: citedProps([citation]), auditId: `audit-${randomUUID()}` };
}

// Runs `check` with its refusals as the API's errors.
function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (err) {
    throw translate(err);
  }
}

// A rule's refusal as the API's error; anything else as it is (the driver module maps driver errors).
function translate(err: unknown): unknown {
  if (err instanceof Refusal) return apiError(err.code as ErrorCode, err.message, err.extra);
  if (err instanceof InputProblem) return badInput(err.message, err.argument);
  return err;
}

/** The audit trail: Query.auditTrail (audit/find-audit-entries.cypher) and the AuditEntry fields. */
import { requireRole } from '../../auth/roles';
import { cypher } from '../../db/queries';
import { encodeCursor } from '../../domain/cursor';
import type { AuditEntryResolvers, QueryResolvers } from '../generated/resolvers-types';
import type { CitationModel } from '../../model/models';
import { checkPage } from './args';

/** An audit entry as stored. */
export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  effectiveDate: string;
  citation: string;
  input: string;
  before: string | null;
  targetIds: string[];
}

const findEntries = cypher<{ targetId: string | null; skip: number; limit: number }, { entry: AuditRow }>('audit/find-audit-entries');

export const AuditQuery: Pick<QueryResolvers, 'auditTrail'> = {
  async auditTrail(_, { targetId, first, after }, ctx) {
    requireRole(ctx.auth, 'viewer', 'auditTrail');
    const { skip, limit } = checkPage(ctx, first ?? 50, after);
    const rows = await ctx.db.read(findEntries, { targetId: targetId ?? null, skip, limit: limit + 1 });
    const page = rows.slice(0, limit);
    return {
      edges: page.map((r, i) => ({ node: r.entry as never, cursor: encodeCursor(skip + i) })),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length ? encodeCursor(skip + page.length - 1) : null },
    };
  },
};

export const AuditEntry: AuditEntryResolvers = {
  citation: (e) => JSON.parse((e as unknown as AuditRow).citation) as CitationModel as never,
};

/**
 * Query.dataChecks: the data checks (domain/data-checks.ts) over the units in the database and
 * their posts, holdings and lines. Reads checks/find-units-to-check.cypher (which units: under one,
 * or all, at most MAX_CHECKED_UNITS) then checks/find-check-facts.cypher in chunks, so a request
 * never holds more than that many units' facts, however big the graph.
 */
import { cypher } from '../../db/queries';
import { encodeCursor } from '../../domain/cursor';
import {
  CHECK_CODES, countByCode, runDataChecks, type CheckFacts, type CitationKind, type HoldingFact, type RelationFact, type UnitFact,
} from '../../domain/data-checks';
import { parseCitations } from '../../model/models';
import { RELATION_TYPES } from '../../model/vocabulary';
import type { QueryResolvers } from '../generated/resolvers-types';
import { checkPage, unitNotFound } from './args';

/** The most units one request checks (with their posts, holdings and lines); `truncated` says when more were left out. */
export const MAX_CHECKED_UNITS = 20_000;
// Units whose facts are read per statement: keeps each transaction's result small.
const CHUNK = 2_000;

/** A record's citations as stored (one JSON text). */
type Cited = Parameters<typeof parseCitations>[0];
/** Stated bounds as stored: the widest span as DATE, and the date as written when it says more. */
interface StatedRow extends Cited {
  id: string;
  validFrom: string | null;
  validTo: string | null;
  validFromText: string | null;
  validToText: string | null;
  validFromBound: UnitFact['validFromBound'];
  validToBound: UnitFact['validToBound'];
}
interface ClaimRow extends StatedRow {
  status: string | null;
  claimRank: string | null;
}
interface RelationRow extends ClaimRow {
  type: string;
  from: string;
  to: string;
  end: (StatedRow & { kind: string }) | null;
  endDate: string | null;
}
interface FactsRow {
  unit: StatedRow & { kind: string; lastAttested: string | null };
  relations: RelationRow[];
  posts: { id: string; leads: boolean | null; collective: boolean | null; holdings: (ClaimRow & { person: string })[] }[];
}

const findUnits = cypher<{ under: string | null; limit: number }, { found: boolean; ids: string[] }>('checks/find-units-to-check');
const findFacts = cypher<{ ids: string[]; types: string[] }, FactsRow>('checks/find-check-facts');

/** The stated dates as written: the text when kept, else the stored DATE (which then says it all). */
const stated = (r: StatedRow) => ({
  id: r.id, synthetic: r.synthetic ?? false,
  validFrom: r.validFromText ?? r.validFrom, validTo: r.validToText ?? r.validTo,
  validFromBound: r.validFromBound, validToBound: r.validToBound,
});

// A cited source is dated (the loader requires a date); a note only through its asOf.
const citationKinds = (r: Cited): CitationKind[] => parseCitations(r).map((c) => {
  const x = c as typeof c & { asOf?: string; publicKnowledge?: boolean };
  return { note: x.source === undefined, publicKnowledge: x.publicKnowledge === true, dated: x.source !== undefined || !!x.asOf };
});

/** The facts of the rows, in the shape the rules read. */
function toFacts(rows: FactsRow[]): CheckFacts {
  const units: UnitFact[] = [];
  const relations: RelationFact[] = [];
  const holdings: HoldingFact[] = [];
  const posts: CheckFacts['posts'][number][] = [];
  const ends = new Map<string, UnitFact>();
  const events = new Map<string, { id: string; endDate: string | null }>();
  for (const { unit, relations: lines, posts: ps } of rows) {
    units.push({ ...stated(unit), kind: unit.kind, lastAttested: unit.lastAttested, citations: citationKinds(unit) });
    for (const r of lines) {
      relations.push({ ...stated(r), type: r.type, from: r.from, to: r.to, status: r.status, claimRank: r.claimRank, citations: citationKinds(r) });
      if (r.end) ends.set(r.end.id, { ...stated(r.end), kind: r.end.kind, citations: [] });
      else events.set(r.to, { id: r.to, endDate: r.endDate });
    }
    for (const p of ps) {
      posts.push({ id: p.id, unit: unit.id, leads: p.leads ?? false, collective: p.collective ?? false });
      for (const h of p.holdings) holdings.push({ ...stated(h), person: h.person, post: p.id, status: h.status, claimRank: h.claimRank, citations: citationKinds(h) });
    }
  }
  return { units, relations, posts, holdings, events: [...events.values()], endUnits: [...ends.values()] };
}

/**
 * Query.dataChecks: the units to check (under `under`, or all; NOT_FOUND for an unknown unit), their
 * facts, the rules, and a page of the findings (offset cursors over the findings' fixed order).
 * BAD_USER_INPUT for a page size or cursor checkPage refuses.
 */
export const DataChecksQuery: Pick<QueryResolvers, 'dataChecks'> = {
  async dataChecks(_, { codes, under, first, after }, ctx) {
    const { skip, limit } = checkPage(ctx, first ?? 100, after);
    const [found] = await ctx.db.read(findUnits, { under: under ?? null, limit: MAX_CHECKED_UNITS + 1 });
    if (!found?.found) throw unitNotFound(under ?? '', 'under');
    const ids = found.ids.slice(0, MAX_CHECKED_UNITS);
    const rows: FactsRow[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) rows.push(...(await ctx.db.read(findFacts, { ids: ids.slice(i, i + CHUNK), types: RELATION_TYPES })));
    const findings = runDataChecks(toFacts(rows), codes?.length ? codes : CHECK_CODES);
    const truncated = found.ids.length > MAX_CHECKED_UNITS;
    const page = findings.slice(skip, skip + limit);
    return {
      unitsChecked: ids.length,
      truncated,
      message: truncated
        ? `More than ${MAX_CHECKED_UNITS} units ${under ? `under '${under}'` : 'in the graph'}: only the first ${MAX_CHECKED_UNITS} by id were checked. Ask with \`under\` a smaller unit (e.g. a province) to check the rest.`
        : null,
      summary: countByCode(findings),
      totalCount: findings.length,
      edges: page.map((f, i) => ({
        node: { code: f.code, severity: f.severity, ids: f.subjects.map((s) => s.id), from: f.from, until: f.until, message: f.message },
        cursor: encodeCursor(skip + i),
      })),
      pageInfo: { hasNextPage: skip + limit < findings.length, endCursor: page.length ? encodeCursor(skip + page.length - 1) : null },
    };
  },
};

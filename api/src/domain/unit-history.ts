/**
 * One unit's history (Unit.history): the facts one read returns (history/find-unit-history.cypher),
 * turned into dated, cited entries in time order. Pure.
 *
 * A fact gives a start entry (always: one with no stated start is placed at its first attestation)
 * and an end entry only when it is known to have ended: an absent end is "not known to have ended",
 * never an end. The changes the audit trail recorded give UPDATED (the values before and after) and
 * the merges and splits that named the unit. Units reporting to it are not entries (the read does
 * not return them): a province has thousands.
 */
import { HistoryKind } from '../model/generated/schema-types';
import { parseCitations, type CitationModel, type HoldingModel, type RelationModel } from '../model/models';
import type { FieldChangeModel, HistoryEntryModel } from '../model/history-models';
import { dateText, hasEnded, type StoredDates } from './stored-dates';

/** A stored fact with its citations and, when ended through the API, why it ended. */
interface Cited {
  citations?: string | null;
  endCitations?: string | null;
}

/** A line of the unit, as read (RelationModel with its stored dates). */
export type HistoryRelation = RelationModel & StoredDates & Cited;
/** A holding of the unit's leading post, as read. */
export type HistoryHolding = HoldingModel & StoredDates & Cited;

/** A change the audit trail recorded that named the unit (JSON texts as stored). */
export interface RecordedChange {
  id: string;
  action: string;
  effectiveDate: string;
  citation: string;
  input: string;
  before: string | null;
}

/** What one read returns for a unit's history. */
export interface UnitHistoryRead {
  unit: StoredDates & Cited;
  /** Its reporting lines upward (REPORTS_TO from it). */
  parents: HistoryRelation[];
  /** Its other lines, from it and to it (not REPORTS_TO to it). */
  lines: HistoryRelation[];
  /** The holdings of its leading post(s). */
  leaders: HistoryHolding[];
  changes: RecordedChange[];
}

// On one day, what a reader expects first: the unit starts, old lines end, new ones start, it ends.
const ORDER: HistoryKind[] = [
  HistoryKind.Started, HistoryKind.SplitFrom, HistoryKind.ParentEnded, HistoryKind.LineEnded, HistoryKind.LeaderEnded,
  HistoryKind.Updated, HistoryKind.ParentStarted, HistoryKind.LineStarted, HistoryKind.LeaderStarted,
  HistoryKind.Absorbed, HistoryKind.MergedInto, HistoryKind.SplitInto, HistoryKind.Ended,
];

const EMPTY = { unitId: null, unitIds: [], relation: null, holding: null, changes: [] };

/** The entries of a unit's history, in time order (see the module comment). */
export function shapeUnitHistory(read: UnitHistoryRead): HistoryEntryModel[] {
  const id = read.unit.id;
  const entries: HistoryEntryModel[] = [
    ...factEntries(read.unit, HistoryKind.Started, HistoryKind.Ended, EMPTY),
    ...read.parents.flatMap((r) => factEntries(r, HistoryKind.ParentStarted, HistoryKind.ParentEnded, { ...EMPTY, relation: r, unitId: r.toEvent ? null : r.to })),
    ...read.lines.flatMap((r) => factEntries(r, HistoryKind.LineStarted, HistoryKind.LineEnded, { ...EMPTY, relation: r, unitId: otherEnd(r, id) })),
    ...read.leaders.filter((h) => h.claimRank !== 'DEPRECATED').flatMap((h) => factEntries(h, HistoryKind.LeaderStarted, HistoryKind.LeaderEnded, { ...EMPTY, holding: h })),
    ...read.changes.flatMap((c) => changeEntries(c, id)),
  ];
  return entries.map((e, i) => ({ e, i, key: sortKey(e) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i)).map((x) => x.e);
}

// Undated starts first and undated ends last, in the order they came; then the kinds of one day.
function sortKey(e: HistoryEntryModel): string {
  const isEnd = e.kind === HistoryKind.Ended || e.kind.endsWith('_ENDED');
  const day = e.on ?? (isEnd ? e.lastAttested ?? '~' : e.firstAttested ?? '0000');
  return `${day}|${String(ORDER.indexOf(e.kind)).padStart(2, '0')}`;
}

function otherEnd(r: HistoryRelation, id: string): string | null {
  if (r.toEvent) return null;
  return r.from === id ? r.to : r.from;
}

type About = Pick<HistoryEntryModel, 'unitId' | 'unitIds' | 'relation' | 'holding' | 'changes'>;

// The start of a fact and, when it is known to have ended, its end.
function factEntries(f: StoredDates & Cited, started: HistoryKind, ended: HistoryKind, about: About): HistoryEntryModel[] {
  const span = { from: f.validFrom ?? null, until: f.validTo ?? null, firstAttested: f.firstAttested ?? null, lastAttested: f.lastAttested ?? null };
  const cited = parseCitations(f);
  const out: HistoryEntryModel[] = [{
    kind: started, on: f.validFrom ?? null, onText: dateText(f.validFromText, f.validFromBound), ...span, ...about, citations: cited,
  }];
  if (hasEnded(f)) {
    const why = f.endCitations ? parseCitations({ citations: f.endCitations }) : cited;
    out.push({ kind: ended, on: f.validTo ?? null, onText: dateText(f.validToText, f.validToBound), ...span, ...about, citations: why });
  }
  return out;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const idOf = (v: unknown): string | null => (v && typeof v === 'object' && 'id' in v ? String(v.id) : null);

// What a recorded change says of the unit `id`: its updated fields, or the merge or split that named it.
function changeEntries(c: RecordedChange, id: string): HistoryEntryModel[] {
  const input = JSON.parse(c.input) as Record<string, unknown>;
  const base = { on: c.effectiveDate, onText: null, from: null, until: null, firstAttested: null, lastAttested: null, ...EMPTY, citations: [JSON.parse(c.citation) as CitationModel] };
  if (c.action === 'updateUnit' && input.id === id) {
    const before = (c.before ? JSON.parse(c.before) : {}) as Record<string, unknown>;
    const after = (input.input ?? {}) as Record<string, unknown>;
    const changes: FieldChangeModel[] = Object.keys(before).map((field) => ({ field, before: str(before[field]), after: str(after[field]) }));
    return [{ ...base, kind: HistoryKind.Updated, changes }];
  }
  if (c.action === 'mergeUnits') {
    const merged = ids(input.unitIds);
    const into = idOf(input.into);
    if (into === id) return [{ ...base, kind: HistoryKind.Absorbed, unitIds: merged }];
    if (into && merged.includes(id)) return [{ ...base, kind: HistoryKind.MergedInto, unitId: into, unitIds: [into] }];
  }
  if (c.action === 'splitUnit') {
    const parts = Array.isArray(input.into) ? input.into.map(idOf).filter((x): x is string => !!x) : [];
    if (input.id === id) return [{ ...base, kind: HistoryKind.SplitInto, unitIds: parts }];
    if (parts.includes(id)) return [{ ...base, kind: HistoryKind.SplitFrom, unitId: str(input.id), unitIds: [String(input.id)] }];
  }
  return [];
}

/** The audit actions whose entries a unit's history reads. */
export const HISTORY_ACTIONS = ['updateUnit', 'mergeUnits', 'splitUnit'];

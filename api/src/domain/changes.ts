/**
 * changesBetween's rules: the dated facts that begin or end between two days (units, SUCCEEDED_BY
 * lines, other lines, holdings) grouped into the changes a reader recognises. Several units
 * succeeded by one on one day are one merger; what follows from a change on its day (the
 * subordinates that end, start or move with a unit, the lines and holdings of a unit that begins
 * or ends) is counted in it (`alongside`) instead of listed, unless its kind is asked for.
 * Pure: no I/O; days are YYYY-MM-DD texts.
 *
 * Longer than ~300 lines would be: grouping reads as one pass per kind of fact, kept together.
 */
import { ChangeKind as KINDS } from '../model/generated/schema-types';
import type { HoldingModel, RelationModel } from '../model/models';
import type { DateBound } from './basis';

/** A kind of change (SDL `ChangeKind`). */
export type ChangeKind = (typeof KINDS)[keyof typeof KINDS];

/** What the facts of a change share: the day, the date as stated, the citations (stored JSON). */
interface Dated {
  day: string;
  /** The stated date (YYYY, YYYY-MM or YYYY-MM-DD), or null when no source dates it. */
  text: string | null;
  bound: DateBound | null;
  synthetic: boolean | null;
  citations: string | null;
}

/** A unit that began (`starts`) or ended on `day`; `parent` is the unit its reporting line that began or ended that day goes to. */
export interface UnitFact extends Dated {
  id: string;
  name: string;
  kind: string;
  starts: boolean;
  parent: string | null;
}

/** A SUCCEEDED_BY line (`relation.from` carried on by `relation.to` from `day`) with both units' names. */
export interface SuccessionFact extends Dated {
  relation: RelationModel;
  fromName: string;
  toName: string;
}

/** A unit-to-unit line (not SUCCEEDED_BY) that began (`starts`) or ended on `day`. */
export interface LineFact extends Dated {
  relation: RelationModel;
  starts: boolean;
}

/** A holding that began (`starts`) or ended on `day`, with the unit of its post. */
export interface HoldingFact extends Dated {
  holding: HoldingModel;
  unitId: string;
  starts: boolean;
}

/** Every fact of the window, as the change queries read them. */
export interface ChangeFacts {
  units: UnitFact[];
  successions: SuccessionFact[];
  lines: LineFact[];
  holdings: HoldingFact[];
}

/** One change, as the Change type resolves it (units by id). */
export interface ChangeModel {
  id: string;
  kind: ChangeKind;
  date: string;
  dateText: string | null;
  dateExact: boolean;
  unitIds: string[];
  successorIds: string[];
  fromParentId: string | null;
  toParentId: string | null;
  relations: RelationModel[];
  holdings: HoldingModel[];
  alongside: { kind: ChangeKind; count: number }[];
  synthetic: boolean;
  citations: string | null;
}

/** Counts of one kind over the whole answer (see ChangeSummary in the SDL). */
export interface ChangeSummaryRow {
  kind: ChangeKind;
  changes: number;
  facts: number;
}

/** The changes in order (day, kind, id) and their counts by kind. */
export interface GroupedChanges {
  changes: ChangeModel[];
  summary: ChangeSummaryRow[];
}

const KIND_ORDER: readonly ChangeKind[] = Object.values(KINDS);

// A change being built; `facts` counts the facts it lists, `along` the ones it counts.
interface Draft {
  model: ChangeModel;
  facts: number;
  along: Map<ChangeKind, number>;
}

function draft(kind: ChangeKind, first: Dated): Draft {
  return {
    model: {
      id: '', kind, date: first.day, dateText: first.text, dateExact: first.text !== null && first.text.length === 10 && (first.bound ?? 'EXACT') === 'EXACT',
      unitIds: [], successorIds: [], fromParentId: null, toParentId: null, relations: [], holdings: [], alongside: [],
      synthetic: first.synthetic ?? false, citations: first.citations,
    },
    facts: 0,
    along: new Map(),
  };
}

const key = (id: string, day: string, starts: boolean) => `${starts ? 'S' : 'E'}|${day}|${id}`;

/**
 * Groups the facts of a window into changes. `kinds` (null: every kind) are the kinds listed; a fact
 * of a kind not asked for explicitly is counted in the change it follows from, when there is one.
 */
export function groupChanges(facts: ChangeFacts, kinds: readonly ChangeKind[] | null): GroupedChanges {
  const asked = (k: ChangeKind) => kinds !== null && kinds.includes(k);
  const drafts: Draft[] = [];
  // The draft each unit fact belongs to (`key`), and the unit facts by key.
  const owner = new Map<string, Draft>();
  const unitFacts = new Map<string, UnitFact>();
  for (const u of facts.units) unitFacts.set(key(u.id, u.day, u.starts), u);

  successions(facts.successions, drafts, owner, (id, day) => unitFacts.has(key(id, day, true)));

  // A unit fact whose parent begins or ends with it on its day follows from the parent's change.
  const foldTarget = (u: UnitFact): string | null => {
    const kind = u.starts ? 'CREATED' : 'DISSOLVED';
    if (asked(kind) || owner.has(key(u.id, u.day, u.starts)) || !u.parent) return null;
    return unitFacts.has(key(u.parent, u.day, u.starts)) ? key(u.parent, u.day, u.starts) : null;
  };
  // Standalone creations and dissolutions, one change per (day, unit kind, parent).
  const byGroup = new Map<string, Draft>();
  const folded: UnitFact[] = [];
  for (const u of sortFacts(facts.units, (f) => f.id)) {
    if (owner.has(key(u.id, u.day, u.starts))) continue;
    if (foldTarget(u)) { folded.push(u); continue; }
    const kind: ChangeKind = u.starts ? 'CREATED' : 'DISSOLVED';
    const g = `${kind}|${u.day}|${u.kind}|${u.parent ?? ''}`;
    let d = byGroup.get(g);
    if (!d) {
      d = draft(kind, u);
      byGroup.set(g, d);
      drafts.push(d);
    }
    d.model.unitIds.push(u.id);
    d.facts++;
    owner.set(key(u.id, u.day, u.starts), d);
  }
  // The change a unit fact ends up in: its own, or (folded) its parent's, up the chain.
  const resolve = (k: string, seen = 0): Draft | undefined => {
    const d = owner.get(k);
    if (d || seen > 64) return d;
    const u = unitFacts.get(k);
    const t = u ? foldTarget(u) : null;
    return t ? resolve(t, seen + 1) : undefined;
  };
  const count = (d: Draft, kind: ChangeKind) => d.along.set(kind, (d.along.get(kind) ?? 0) + 1);
  for (const u of folded) count(resolve(key(u.id, u.day, u.starts))!, u.starts ? 'CREATED' : 'DISSOLVED');

  moves(facts, drafts, { asked, resolve, count });
  holdings(facts.holdings, drafts, { asked, resolve, count });
  return finish(drafts, kinds);
}

interface Folding {
  asked(k: ChangeKind): boolean;
  resolve(key: string): Draft | undefined;
  count(d: Draft, kind: ChangeKind): void;
}

// SUCCEEDED_BY lines of one day joined into groups (a merger, a split, a renaming). One unit
// carried on by one that already existed was merged into it.
function successions(lines: SuccessionFact[], drafts: Draft[], owner: Map<string, Draft>, startsOn: (id: string, day: string) => boolean): void {
  const root = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (root.get(r) !== r) r = root.get(r)!;
    root.set(x, r);
    return r;
  };
  const node = (id: string, day: string, to: boolean) => `${to ? 'S' : 'E'}|${day}|${id}`;
  for (const s of lines) {
    const a = node(s.relation.from, s.day, false);
    const b = node(s.relation.to, s.day, true);
    if (!root.has(a)) root.set(a, a);
    if (!root.has(b)) root.set(b, b);
    root.set(find(a), find(b));
  }
  const groups = new Map<string, SuccessionFact[]>();
  for (const s of sortFacts(lines, (f) => f.relation.id)) {
    const g = find(node(s.relation.from, s.day, false));
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  for (const group of groups.values()) {
    const from = [...new Set(group.map((s) => s.relation.from))].sort();
    const to = [...new Set(group.map((s) => s.relation.to))].sort();
    const first = group[0]!;
    const kind: ChangeKind = from.length > 1 || !startsOn(to[0]!, first.day) ? 'MERGED' : to.length > 1 ? 'SPLIT'
      : first.fromName === first.toName ? 'CONTINUED' : 'RENAMED';
    const d = draft(kind, first);
    d.model.unitIds = from;
    d.model.successorIds = to;
    d.model.relations = group.map((s) => s.relation);
    d.facts = from.length;
    drafts.push(d);
    for (const id of from) owner.set(key(id, first.day, false), d);
    for (const id of to) owner.set(key(id, first.day, true), d);
  }
}

// Reporting lines that end and begin on one day for a unit that goes on: a move; other lines
// that begin or end: added or ended, counted in the change of a unit they begin or end with.
function moves(facts: ChangeFacts, drafts: Draft[], f: Folding): void {
  const ends = new Map<string, LineFact>();
  const starts = new Map<string, LineFact>();
  for (const l of facts.lines) {
    if (l.relation.type !== 'REPORTS_TO') continue;
    (l.starts ? starts : ends).set(`${l.day}|${l.relation.from}`, l);
  }
  const used = new Set<LineFact>();
  for (const [k, end] of [...ends].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const start = starts.get(k);
    const unit = end.relation.from;
    if (!start || f.resolve(key(unit, end.day, false)) || f.resolve(key(unit, end.day, true))) continue;
    used.add(end).add(start);
    const cause = f.asked('MOVED') ? undefined : f.resolve(key(end.relation.to, end.day, false)) ?? f.resolve(key(start.relation.to, start.day, true));
    if (cause) { f.count(cause, 'MOVED'); continue; }
    const d = draft('MOVED', start);
    Object.assign(d.model, { unitIds: [unit], fromParentId: end.relation.to, toParentId: start.relation.to, relations: [start.relation] });
    d.facts = 1;
    drafts.push(d);
  }
  for (const l of sortFacts(facts.lines, (x) => x.relation.id)) {
    if (used.has(l)) continue;
    const kind: ChangeKind = l.starts ? 'LINE_ADDED' : 'LINE_ENDED';
    const cause = f.asked(kind) ? undefined : f.resolve(key(l.relation.from, l.day, l.starts)) ?? f.resolve(key(l.relation.to, l.day, l.starts));
    if (cause) { f.count(cause, kind); continue; }
    const d = draft(kind, l);
    Object.assign(d.model, { unitIds: [l.relation.from, l.relation.to], relations: [l.relation] });
    d.facts = 1;
    drafts.push(d);
  }
}

// Holdings that begin or end: counted in their unit's change when it begins or ends that day.
function holdings(list: HoldingFact[], drafts: Draft[], f: Folding): void {
  const taken = new Set(list.filter((h) => h.starts).map((h) => `${h.day}|${h.holding.postId}`));
  for (const h of sortFacts(list, (x) => x.holding.id)) {
    // A holding that ends with its unit is relieved (the post goes too), not left vacant.
    const withUnit = f.resolve(key(h.unitId, h.day, h.starts));
    const kind: ChangeKind = h.starts ? 'APPOINTED' : withUnit || taken.has(`${h.day}|${h.holding.postId}`) ? 'RELIEVED' : 'VACANT';
    const cause = f.asked(kind) ? undefined : withUnit;
    if (cause) { f.count(cause, kind); continue; }
    const d = draft(kind, h);
    Object.assign(d.model, { unitIds: [h.unitId], holdings: [h.holding] });
    d.facts = 1;
    drafts.push(d);
  }
}

// Ids, the alongside counts and the order; the kinds not asked for left out; the counts by kind.
function finish(drafts: Draft[], kinds: readonly ChangeKind[] | null): GroupedChanges {
  const summary = new Map<ChangeKind, ChangeSummaryRow>();
  const row = (kind: ChangeKind) => summary.get(kind) ?? summary.set(kind, { kind, changes: 0, facts: 0 }).get(kind)!;
  const listed: ChangeModel[] = [];
  for (const d of drafts) {
    const m = d.model;
    const first = m.unitIds[0] ?? m.relations[0]?.id ?? m.holdings[0]?.id ?? '';
    const by = m.relations.length && m.kind !== 'MOVED' && !m.successorIds.length ? m.relations[0]!.id : m.holdings.length ? m.holdings[0]!.id : first;
    m.id = `${m.kind}:${m.date}:${by}`;
    m.alongside = KIND_ORDER.filter((k) => d.along.has(k)).map((k) => ({ kind: k, count: d.along.get(k)! }));
    for (const a of m.alongside) row(a.kind).facts += a.count;
    if (kinds !== null && !kinds.includes(m.kind)) continue;
    row(m.kind).changes++;
    row(m.kind).facts += d.facts;
    listed.push(m);
  }
  listed.sort(compareChanges);
  return { changes: listed, summary: KIND_ORDER.filter((k) => summary.has(k)).map((k) => summary.get(k)!) };
}

/** Where a change sits in the order: its day, its kind's place in ChangeKind, its id. */
export type ChangeKey = [day: string, kind: number, id: string];

/** The sort key of a change. */
export function changeKey(c: Pick<ChangeModel, 'date' | 'kind' | 'id'>): ChangeKey {
  return [c.date, KIND_ORDER.indexOf(c.kind), c.id];
}

/** Orders changes by day, then kind (ChangeKind's order), then id. */
export function compareChanges(a: ChangeModel, b: ChangeModel): number {
  return compareKeys(changeKey(a), changeKey(b));
}

function compareKeys(a: ChangeKey, b: ChangeKey): number {
  for (let i = 0; i < 3; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** The cursor of a change (opaque base64url text). */
export function encodeChangeCursor(c: ChangeModel): string {
  return Buffer.from(`c:${JSON.stringify(changeKey(c))}`, 'utf8').toString('base64url');
}

/** The key a change cursor stands for, or null when it is not one of this API's. */
export function decodeChangeCursor(cursor: string): ChangeKey | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('c:')) return null;
  try {
    const v: unknown = JSON.parse(text.slice(2));
    if (Array.isArray(v) && v.length === 3 && typeof v[0] === 'string' && Number.isInteger(v[1]) && typeof v[2] === 'string') return v as ChangeKey;
  } catch {
    // not JSON: not ours
  }
  return null;
}

/** The `first` changes after `after` (null: from the start), and whether more follow. */
export function pageOfChanges(changes: readonly ChangeModel[], after: ChangeKey | null, first: number): { page: ChangeModel[]; hasNextPage: boolean } {
  const start = after ? changes.findIndex((c) => compareKeys(changeKey(c), after) > 0) : 0;
  const rest = start < 0 ? [] : changes.slice(start);
  return { page: rest.slice(0, first), hasNextPage: rest.length > first };
}

// Facts in a fixed order (day, then the given id), so the changes come out the same every time.
function sortFacts<T extends Dated>(list: readonly T[], id: (f: T) => string): T[] {
  return [...list].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

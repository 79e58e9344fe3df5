/**
 * changesBetween's rules: the dated facts that begin or end between two days (units, SUCCEEDED_BY
 * lines, other lines, holdings) grouped into the changes a reader recognises. Several units
 * succeeded by one on one day are one merger; what follows from a change on its day (the
 * subordinates that end, start or move with a unit, the lines and holdings of a unit that begins
 * or ends) is counted in it (`alongside`) instead of listed, unless its kind is asked for.
 * The queries decide what follows from what (they count it per causing unit); this module groups
 * the rest, follows the counts up to their change, orders and pages. Pure: no I/O; days are
 * YYYY-MM-DD texts. A little over ~300 lines: the row shapes it reads are declared here with it.
 */
import { ChangeKind as KINDS } from '../model/generated/schema-types';
import type { HoldingModel, RelationModel } from '../model/models';
import type { DateBound } from './basis';

/** A kind of change (SDL `ChangeKind`). */
export type ChangeKind = (typeof KINDS)[keyof typeof KINDS];

/** What the facts of a change share: the date as stated, the citations (stored JSON). */
interface Dated {
  /** The stated date (YYYY, YYYY-MM or YYYY-MM-DD), or null when no source dates it. */
  text: string | null;
  bound: DateBound | null;
  synthetic: boolean | null;
  citations: string | null;
}

/**
 * Facts that follow from the change of one unit (`cause`, which begins on `day` when `causeStarts`,
 * else ends), counted: `n` of `kind`. `causeParent` is the unit whose change the cause's own follows
 * from, when it does.
 */
export interface Fold {
  day: string;
  kind: ChangeKind;
  cause: string;
  causeStarts: boolean;
  causeParent: string | null;
  n: number;
}

/** A unit that began (`starts`) or ended; `parent` is where its reporting line that began (ended) that day goes. */
export interface UnitFact extends Dated {
  id: string;
  name: string;
  kind: string;
  parent: string | null;
}

/** A row of the unit query: one unit (`unit`), or `n` units that follow from the change of `into`. */
export interface UnitRow {
  day: string;
  starts: boolean;
  unit: UnitFact | null;
  into: string | null;
  intoParent: string | null;
  n: number;
}

/** A SUCCEEDED_BY line (`relation.from` carried on by `relation.to` from `day`) with both units' names. */
export interface SuccessionFact extends Dated {
  day: string;
  relation: RelationModel;
  fromName: string;
  toName: string;
}

/** A line that began or ended, or (with `fromParent`) a move whose new line is `relation`. */
export interface LineFact extends Dated {
  relation: RelationModel;
  fromParent: string | null;
  toParent: string | null;
}

/** A holding that began or ended, with the unit of its post. */
export interface HoldingFact extends Dated {
  holding: HoldingModel;
  unitId: string;
}

/** A row of the line or holding query: one fact, or `n` facts that follow from the change of `cause`. */
export interface FactRow<T> {
  day: string;
  kind: ChangeKind;
  cause: string | null;
  causeStarts: boolean | null;
  causeParent: string | null;
  n: number;
  fact: T | null;
}

/** Every row of the window, as the change queries read them. */
export interface ChangeRows {
  units: UnitRow[];
  successions: SuccessionFact[];
  lines: FactRow<LineFact>[];
  holdings: FactRow<HoldingFact>[];
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

function draft(kind: ChangeKind, day: string, first: Dated): Draft {
  return {
    model: {
      id: '', kind, date: day, dateText: first.text, dateExact: first.text !== null && first.text.length === 10 && (first.bound ?? 'EXACT') === 'EXACT',
      unitIds: [], successorIds: [], fromParentId: null, toParentId: null, relations: [], holdings: [], alongside: [],
      synthetic: first.synthetic ?? false, citations: first.citations,
    },
    facts: 1,
    along: new Map(),
  };
}

const key = (id: string, day: string, starts: boolean) => `${starts ? 'S' : 'E'}|${day}|${id}`;

/**
 * Groups the rows of a window into changes: `kinds` (null: every kind) are the kinds listed. The
 * queries have already counted each fact that follows from another change (unless its kind was
 * asked for); here the counts reach the change at the top of their unit's chain of causes.
 */
export function groupChanges(rows: ChangeRows, kinds: readonly ChangeKind[] | null): GroupedChanges {
  const drafts: Draft[] = [];
  const owner = new Map<string, Draft>();
  const starting = new Set(rows.units.filter((r) => r.starts && r.unit).map((r) => key(r.unit!.id, r.day, true)));
  successions(rows.successions, drafts, owner, (id, day) => starting.has(key(id, day, true)));
  creations(rows.units, drafts, owner);
  countFolds(rows, owner);
  singleFacts(rows, drafts);
  return finish(drafts, kinds);
}

// Creations and dissolutions that follow from no other change: one per (day, unit kind, parent).
function creations(units: readonly UnitRow[], drafts: Draft[], owner: Map<string, Draft>): void {
  const byGroup = new Map<string, Draft>();
  const standalone = units.filter((r) => r.unit).sort((a, b) => cmp(a.day, b.day) || cmp(a.unit!.id, b.unit!.id));
  for (const { day, starts, unit: u } of standalone) {
    if (owner.has(key(u!.id, day, starts))) continue;
    const kind: ChangeKind = starts ? 'CREATED' : 'DISSOLVED';
    const g = `${kind}|${day}|${u!.kind}|${u!.parent ?? ''}`;
    let d = byGroup.get(g);
    if (d) {
      d.facts++;
    } else {
      byGroup.set(g, (d = draft(kind, day, u!)));
      drafts.push(d);
    }
    d.model.unitIds.push(u!.id);
    owner.set(key(u!.id, day, starts), d);
  }
}

// Counted facts reach the change at the top of their cause's chain (cause, its parent, ...).
function countFolds(rows: ChangeRows, owner: ReadonlyMap<string, Draft>): void {
  const folds: Fold[] = [];
  const up = new Map<string, string>();
  const note = (f: Fold) => {
    folds.push(f);
    if (f.causeParent) up.set(key(f.cause, f.day, f.causeStarts), key(f.causeParent, f.day, f.causeStarts));
  };
  for (const r of rows.units) if (r.into) note({ day: r.day, kind: r.starts ? 'CREATED' : 'DISSOLVED', cause: r.into, causeStarts: r.starts, causeParent: r.intoParent, n: r.n });
  for (const r of [...rows.lines, ...rows.holdings]) if (r.cause) note({ day: r.day, kind: r.kind, cause: r.cause, causeStarts: r.causeStarts ?? false, causeParent: r.causeParent, n: r.n });
  const resolve = (k: string): Draft | undefined => {
    for (let at: string | undefined = k, i = 0; at && i < 64; at = up.get(at), i++) {
      const d = owner.get(at);
      if (d) return d;
    }
    return undefined;
  };
  for (const f of folds) {
    const d = resolve(key(f.cause, f.day, f.causeStarts));
    if (d) d.along.set(f.kind, (d.along.get(f.kind) ?? 0) + f.n);
  }
}

// Moves, lines and holdings that follow from no other change: one change each.
function singleFacts(rows: ChangeRows, drafts: Draft[]): void {
  for (const r of sortRows(rows.lines, (l) => l.relation.id)) {
    const d = draft(r.kind, r.day, r.fact!);
    const l = r.fact!;
    Object.assign(d.model, r.kind === 'MOVED'
      ? { unitIds: [l.relation.from], fromParentId: l.fromParent, toParentId: l.toParent, relations: [l.relation] }
      : { unitIds: [l.relation.from, l.relation.to], relations: [l.relation] });
    drafts.push(d);
  }
  for (const r of sortRows(rows.holdings, (h) => h.holding.id)) {
    const d = draft(r.kind, r.day, r.fact!);
    Object.assign(d.model, { unitIds: [r.fact!.unitId], holdings: [r.fact!.holding] });
    drafts.push(d);
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// The rows of single facts in a fixed order (day, then the given id).
function sortRows<T>(rows: readonly FactRow<T>[], id: (f: T) => string): FactRow<T>[] {
  return rows.filter((r) => r.fact).sort((a, b) => cmp(a.day, b.day) || cmp(id(a.fact!), id(b.fact!)));
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
  for (const s of lines) {
    const a = key(s.relation.from, s.day, false);
    const b = key(s.relation.to, s.day, true);
    if (!root.has(a)) root.set(a, a);
    if (!root.has(b)) root.set(b, b);
    root.set(find(a), find(b));
  }
  const groups = new Map<string, SuccessionFact[]>();
  for (const s of [...lines].sort((a, b) => cmp(a.day, b.day) || cmp(a.relation.id, b.relation.id))) {
    const g = find(key(s.relation.from, s.day, false));
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  for (const group of groups.values()) {
    const from = [...new Set(group.map((s) => s.relation.from))].sort();
    const to = [...new Set(group.map((s) => s.relation.to))].sort();
    const first = group[0]!;
    const kind: ChangeKind = from.length > 1 || !startsOn(to[0]!, first.day) ? 'MERGED' : to.length > 1 ? 'SPLIT'
      : first.fromName === first.toName ? 'CONTINUED' : 'RENAMED';
    const d = draft(kind, first.day, first);
    d.model.unitIds = from;
    d.model.successorIds = to;
    d.model.relations = group.map((s) => s.relation);
    d.facts = from.length;
    drafts.push(d);
    for (const id of from) owner.set(key(id, first.day, false), d);
    for (const id of to) owner.set(key(id, first.day, true), d);
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

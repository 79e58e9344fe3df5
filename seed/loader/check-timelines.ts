/**
 * The rules about time: an end never before its start, one REPORTS_TO parent per unit at a date,
 * one holder per post at a date (unless collective), and no REPORTS_TO cycle among lines valid on a
 * common date. A span is [validFrom, validTo): null ends are open; an imprecise or bounded date
 * spans every day it allows (possibleSpan). A DEPRECATED claim is kept but never followed, so it
 * counts for none of these; two claims that disagree may overlap when both are DISPUTED and one is
 * PREFERRED (the one followed).
 */
import { exclusiveEnd, periodStart, possibleSpan } from '../../api/src/domain/basis';
import { holdsOn } from '../../api/src/domain/dates';
import type { Dataset, Located } from './dataset';
import { problemAt } from './read-dataset';
import type { Problem } from './problem';
import type { RelationRecord } from './record-schemas';

/** A dated interval [from, to); null or absent ends are open. */
export interface Span {
  from?: string | null;
  to?: string | null;
}

const BEFORE_ALL = '';
const AFTER_ALL = '~';

/** True when the two spans share at least one day. */
export function overlaps(a: Span, b: Span): boolean {
  return (a.from ?? BEFORE_ALL) < (b.to ?? AFTER_ALL) && (b.from ?? BEFORE_ALL) < (a.to ?? AFTER_ALL);
}

function describeSpan(s: Span): string {
  if (!s.from && !s.to) return 'undated';
  return `${s.from ?? '…'} to ${s.to ?? '…'}`;
}

/** Problems for every record whose end date comes before its start date. */
export function checkDateOrder(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const check = (rec: Located<unknown>, start: string | null | undefined, end: string | null | undefined, endField: string, startField: string) => {
    // Imprecise dates clash only when the latest end comes before the earliest start.
    if (start && end && exclusiveEnd(end) < periodStart(start)) {
      problems.push(problemAt(rec.raw, [endField], `${endField} ${end} is before ${startField} ${start}; swap or fix the dates`));
    }
  };
  for (const list of [dataset.units, dataset.holdings, dataset.relations]) {
    for (const rec of list) check(rec, rec.value.validFrom, rec.value.validTo, 'validTo', 'validFrom');
  }
  for (const rec of dataset.events) check(rec, rec.value.startDate, rec.value.endDate, 'endDate', 'startDate');
  return problems;
}

/** A claim's standing, as far as the timeline rules go. */
interface Claim {
  validFrom?: string | null;
  validTo?: string | null;
  validFromBound?: RelationRecord['validFromBound'];
  validToBound?: RelationRecord['validToBound'];
  status?: RelationRecord['status'];
  claimRank?: RelationRecord['claimRank'];
}

/** The days a claim may hold on, as a span. */
function spanOf(c: Claim): Span {
  const s = possibleSpan(c);
  return { from: s.validFrom, to: s.validTo };
}

const followed = (c: Claim) => c.claimRank !== 'DEPRECATED';
// Two disputed claims, one of them preferred: kept side by side on purpose.
const disputedPair = (a: Claim, b: Claim) =>
  a.status === 'DISPUTED' && b.status === 'DISPUTED' && (a.claimRank === 'PREFERRED') !== (b.claimRank === 'PREFERRED');

/** For each followed claim, the first earlier followed claim of the same group whose span overlaps its own (a disputed pair aside). */
function firstOverlaps<T extends Claim>(items: Located<T>[], group: (t: T) => string | undefined): [Located<T>, Located<T>][] {
  const groups = new Map<string, Located<T>[]>();
  const out: [Located<T>, Located<T>][] = [];
  for (const item of items) {
    const key = followed(item.value) ? group(item.value) : undefined;
    if (key === undefined) continue;
    const earlier = groups.get(key) ?? [];
    const clash = earlier.find((e) => overlaps(spanOf(e.value), spanOf(item.value)) && !disputedPair(e.value, item.value));
    if (clash) out.push([clash, item]);
    earlier.push(item);
    groups.set(key, earlier);
  }
  return out;
}

/** A unit has at most one REPORTS_TO parent at any date. */
export function checkSingleParent(dataset: Dataset): Problem[] {
  const pairs = firstOverlaps(dataset.relations, (r) => (r.type === 'REPORTS_TO' ? r.from : undefined));
  return pairs.map(([first, second]) => problemAt(second.raw, ['to'],
    `unit '${second.value.from}' already reports to '${first.value.to}' on overlapping dates (line '${first.value.id}', ${describeSpan({ from: first.value.validFrom, to: first.value.validTo })}); ` +
      'a unit has one REPORTS_TO parent at a time: give the lines dates that do not overlap, or make one ANSWERABLE_TO ' +
      '(sources that disagree: status DISPUTED on both, claimRank PREFERRED on the one to follow)'));
}

/** A post has at most one holder at any date, unless the post is collective. */
export function checkSingleHolder(dataset: Dataset): Problem[] {
  const collective = new Set(dataset.posts.filter((p) => p.value.collective).map((p) => p.value.id));
  const pairs = firstOverlaps(dataset.holdings, (h) => (collective.has(h.post) ? undefined : h.post));
  return pairs.map(([first, second]) => problemAt(second.raw, ['post'],
    `post '${second.value.post}' is already held by '${first.value.person}' on overlapping dates (holding '${first.value.id}', ${describeSpan({ from: first.value.validFrom, to: first.value.validTo })}); ` +
      'fix the dates (validTo is the first day no longer held), or set collective: true on the post if it has several holders at once'));
}

type Edge = Located<RelationRecord>;

/** No REPORTS_TO cycle among lines that are all valid on one common date. */
export function checkReportingCycles(dataset: Dataset): Problem[] {
  const edges = peelAcyclic(dataset.relations.filter((r) => r.value.type === 'REPORTS_TO' && r.value.from !== r.value.to && followed(r.value)));
  // Lines valid on a common date are all valid on the latest of their start dates (or always).
  const dates = [...new Set([BEFORE_ALL, ...edges.map((e) => possibleSpan(e.value).validFrom ?? BEFORE_ALL)])].sort();
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const day of dates) {
    // '' is a day before every date: only lines with no start hold on it.
    const active = edges.filter((e) => holdsOn(possibleSpan(e.value), day));
    for (const cycle of cyclesIn(active)) {
      const key = cycle.map((e) => e.value.id).sort().join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const closing = cycle.reduce((a, b) => (later(a, b) ? a : b));
      const chain = [...cycle.map((e) => e.value.from), cycle[0]!.value.from].join(' → ');
      problems.push(problemAt(closing.raw, ['to'],
        `this REPORTS_TO line closes a cycle ${chain} (${day ? `all valid on ${day}` : 'all valid at once'}; lines ${cycle.map((e) => `'${e.value.id}'`).join(', ')}); ` +
          'a unit cannot report to itself through others: remove or re-point one line, or give them dates that do not overlap'));
    }
  }
  return problems;
}

/** True when `a` comes after `b` in the files (the line a person most likely added last). */
function later(a: Edge, b: Edge): boolean {
  return a.raw.file === b.raw.file ? a.raw.index > b.raw.index : a.raw.file > b.raw.file;
}

/** Drops, repeatedly, edges into units with no way out and out of units with no way in: what is left holds every cycle. */
function peelAcyclic(edges: Edge[]): Edge[] {
  let left = edges;
  for (;;) {
    const hasIn = new Set(left.map((e) => e.value.to));
    const hasOut = new Set(left.map((e) => e.value.from));
    const kept = left.filter((e) => hasIn.has(e.value.from) && hasOut.has(e.value.to));
    if (kept.length === left.length) return kept;
    left = kept;
  }
}

/** Some cycles of the graph (at least one through every back edge a depth-first search meets). */
function cyclesIn(edges: Edge[]): Edge[][] {
  const out = new Map<string, Edge[]>();
  for (const e of edges) out.set(e.value.from, [...(out.get(e.value.from) ?? []), e]);
  const state = new Map<string, 'open' | 'done'>();
  const cycles: Edge[][] = [];
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    const path: Edge[] = [];
    state.set(start, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const e = (out.get(top.node) ?? [])[top.next++];
      if (!e) {
        state.set(top.node, 'done');
        stack.pop();
        path.pop();
      } else if (!state.has(e.value.to)) {
        state.set(e.value.to, 'open');
        stack.push({ node: e.value.to, next: 0 });
        path.push(e);
      } else if (state.get(e.value.to) === 'open') {
        cycles.push([...path.slice(stack.findIndex((f) => f.node === e.value.to)), e]);
      }
    }
  }
  return cycles;
}

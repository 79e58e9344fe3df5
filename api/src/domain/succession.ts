/**
 * A post's succession (Post.succession): its holdings in time order with the spans between and
 * across them shown as entries of their own. Pure: the holdings come from one read.
 *
 * - A holding is placed at its stored start (the earliest its stated dates allow), or its first
 *   attestation when it states no start; one that nothing dates comes last and is compared with none.
 * - VACANCY: from the latest stated end of the holdings so far to the next start, when it is later.
 * - UNKNOWN: the same span when a holding so far is not known to have ended: it runs from the last
 *   day its dates or sources show it. An open end is never read as a vacancy, nor as an overlap.
 *   Once a later holding starts, the open one no longer extends the spans after it.
 * - OVERLAP (posts that are not collective): a holding starts before an earlier one's stated end (or,
 *   for one with an open end, before the last day a source shows it).
 * Nothing is said before the first dated holding or after the last. DEPRECATED claims are left out.
 */
import { SuccessionKind } from '../model/generated/schema-types';
import { hasEnded, knownUntil, startKey, surelyFrom, byStart, type StoredDates } from './stored-dates';

/** One entry: a span and the holdings it is about (see the SDL `SuccessionEntry`). */
export interface Succession<H> {
  kind: SuccessionKind;
  from: string | null;
  until: string | null;
  holding: H | null;
  holdings: H[];
  certain: boolean;
}

// A dated holding during the sweep: where it starts and how far it surely reaches.
interface Placed<H> {
  h: H;
  start: string;
  /** Its stored end when it has ended, else null (open). */
  end: string | null;
  /** Its stored end, or the first day after what its dates and sources show. */
  reach: string;
}

const min = (a: string, b: string) => (a < b ? a : b);

/** The succession of a post's holdings; `collective` posts have no overlaps. */
export function shapeSuccession<H extends StoredDates>(holdings: readonly H[], collective: boolean): Succession<H>[] {
  const live = holdings.filter((h) => h.claimRank !== 'DEPRECATED').sort(byStart);
  const out: Succession<H>[] = [];
  const before: Placed<H>[] = [];
  let furthest: Placed<H> | null = null;
  for (const h of live) {
    const start = startKey(h);
    if (start === null) {
      out.push(holder(h));
      continue;
    }
    const end = hasEnded(h) ? (h.validTo ?? null) : null;
    const p: Placed<H> = { h, start, end, reach: end ?? knownUntil(h) ?? start };
    if (furthest && furthest.reach < start) {
      // Every open holding but the last was followed by a later start, so only the last may still run.
      const open = before.at(-1)!.end === null;
      out.push({ kind: open ? SuccessionKind.Unknown : SuccessionKind.Vacancy, from: furthest.reach, until: start, holding: null, holdings: [open ? before.at(-1)!.h : furthest.h, h], certain: true });
    }
    out.push(holder(h));
    if (!collective) {
      for (const q of before) if (q.reach > start) out.push(overlap(q, p));
    }
    before.push(p);
    if (!furthest || p.reach >= furthest.reach) furthest = p;
  }
  return out;
}

function holder<H extends StoredDates>(h: H): Succession<H> {
  return { kind: SuccessionKind.Holder, from: startKey(h), until: hasEnded(h) ? (h.validTo ?? null) : null, holding: h, holdings: [h], certain: true };
}

// Two holdings at once, from the later start to the earlier reach; certain when their surely-held
// spans (stated bounds and attestations, not the widest span) still meet.
function overlap<H extends StoredDates>(a: Placed<H>, b: Placed<H>): Succession<H> {
  const until = min(a.reach, b.reach);
  const fromA = surelyFrom(a.h);
  const fromB = surelyFrom(b.h);
  const untilA = hasEnded(a.h) ? knownUntil(a.h) : a.reach;
  const untilB = hasEnded(b.h) ? knownUntil(b.h) : b.reach;
  const certain = !!(fromA && fromB && untilA && untilB) && (fromA > fromB ? fromA : fromB) < min(untilA, untilB);
  return { kind: SuccessionKind.Overlap, from: b.start, until, holding: null, holdings: [a.h, b.h], certain };
}

/** A person's holdings in time order (Person.career): by start, undated last; deprecated claims left out. */
export function shapeCareer<H extends StoredDates>(holdings: readonly H[]): H[] {
  return holdings.filter((h) => h.claimRank !== 'DEPRECATED').sort(byStart);
}

/**
 * The checks a data editor needs (issue 16): over plain lists of facts (from the dataset files or
 * from the database), what looks wrong or thin, each finding with its code, severity, the ids
 * involved, the days it is about and what to do. Dates are as stated (maybe imprecise or bounded):
 * compared through statedWindow / possibleSpan (basis.ts), so an imprecise date is a finding only
 * when every day it allows is. Pure: no I/O.
 */
import { DataCheckCode, DataCheckSeverity, RelationType, UnitKind } from '../model/generated/schema-types';
import { possibleSpan, statedWindow, type DatedFact, type StatedWindow } from './basis';

/** What kind of record a finding names. */
export type FactKind = 'unit' | 'relation' | 'post' | 'holding' | 'event';

/**
 * A citation as far as the checks go: a maintainer's note (maybe marked public knowledge) or a
 * source; `dated` when it shows its record on a day (a dated source, or an `asOf`).
 */
export interface CitationKind {
  note: boolean;
  publicKnowledge?: boolean;
  dated: boolean;
}

/** A dated fact with its citations; a `synthetic` (generated) one is not expected to be cited. */
interface CitedFact extends DatedFact {
  id: string;
  citations: readonly CitationKind[];
  synthetic?: boolean | null;
}

/** A claim's standing (schema/model.md "Claims: status and rank"); absent means ACCEPTED, NORMAL. */
interface ClaimFact {
  status?: string | null;
  claimRank?: string | null;
}

/** A unit: its stated bounds, kind and citations. */
export interface UnitFact extends CitedFact {
  kind: string;
}

/** A relation from a unit to a unit (or, SET_UP_FOR, to an event). */
export interface RelationFact extends CitedFact, ClaimFact {
  type: string;
  from: string;
  to: string;
}

/** A post of a unit. */
export interface PostFact {
  id: string;
  unit: string;
  leads: boolean;
  collective: boolean;
}

/** A person's holding of a post. */
export interface HoldingFact extends CitedFact, ClaimFact {
  person: string;
  post: string;
}

/** An event a body may be set up for. */
export interface EventFact {
  id: string;
  endDate?: string | null;
}

/**
 * The facts to check. `endUnits` are units outside the checked ones that checked lines end at:
 * only their dates are read (they are not checked themselves).
 */
export interface CheckFacts {
  units: readonly UnitFact[];
  relations: readonly RelationFact[];
  posts: readonly PostFact[];
  holdings: readonly HoldingFact[];
  events: readonly EventFact[];
  endUnits?: readonly UnitFact[];
}

/** One thing a check found. */
export interface Finding {
  code: DataCheckCode;
  severity: DataCheckSeverity;
  /** The records involved, the one to fix first. */
  subjects: { kind: FactKind; id: string }[];
  /** The days it is about, [from, until) (YYYY-MM-DD; null: open or no period). */
  from: string | null;
  until: string | null;
  /** What is wrong and what to do. */
  message: string;
}

/** How serious each check's findings are. */
export const CHECK_SEVERITY: Readonly<Record<DataCheckCode, DataCheckSeverity>> = {
  OVERLAPPING_HOLDERS: DataCheckSeverity.Error,
  DISPUTED_HOLDERS: DataCheckSeverity.Info,
  SUCCESSION_GAP: DataCheckSeverity.Warning,
  RELATION_BEYOND_UNIT: DataCheckSeverity.Error,
  RELATION_OPEN_PAST_UNIT: DataCheckSeverity.Warning,
  TEMPORARY_WITHOUT_END: DataCheckSeverity.Warning,
  NEVER_ATTESTED: DataCheckSeverity.Warning,
  NOTE_ONLY: DataCheckSeverity.Warning,
  PUBLIC_KNOWLEDGE_ONLY: DataCheckSeverity.Info,
};

/** Every check, in the SDL's order (the order a report groups them in). */
export const CHECK_CODES: readonly DataCheckCode[] = Object.values(DataCheckCode);

// Before and after every day, as statedWindow writes them.
const BEFORE_ALL = '';
const AFTER_ALL = '~';

const finding = (code: DataCheckCode, subjects: Finding['subjects'], from: string | null, until: string | null, message: string): Finding =>
  ({ code, severity: CHECK_SEVERITY[code], subjects, from, until, message });

const followed = (c: ClaimFact) => c.claimRank !== 'DEPRECATED';

/** How a fact's stated bounds read in a message: `2021-05 to …`. */
function stated(f: DatedFact): string {
  const side = (date: string | null | undefined, bound: string | null | undefined) =>
    date ? `${date}${bound && bound !== 'EXACT' ? ` (${bound.toLowerCase().replace('_', ' ')})` : ''}` : bound === 'UNKNOWN' ? 'unknown' : '…';
  if (!f.validFrom && !f.validTo && !f.validFromBound && !f.validToBound) return 'undated';
  return `${side(f.validFrom, f.validFromBound)} to ${side(f.validTo, f.validToBound)}`;
}

/**
 * Every finding of the checks in `codes` (all by default) over `facts`, by check (in CHECK_CODES'
 * order), then by the ids involved, then by date.
 */
export function runDataChecks(facts: CheckFacts, codes: readonly DataCheckCode[] = CHECK_CODES): Finding[] {
  const asked = new Set(codes);
  const out = [
    ...holderChecks(facts),
    ...relationEndChecks(facts),
    ...temporaryChecks(facts),
    ...evidenceChecks(facts),
  ].filter((f) => asked.has(f.code));
  const order = (c: DataCheckCode) => CHECK_CODES.indexOf(c);
  const key = (f: Finding) => f.subjects.map((s) => s.id).join(' ');
  return out.sort((a, b) => order(a.code) - order(b.code) || key(a).localeCompare(key(b)) || (a.from ?? '').localeCompare(b.from ?? ''));
}

/** How many findings each check made, in CHECK_CODES' order (checks that found nothing left out). */
export function countByCode(findings: readonly Finding[]): { code: DataCheckCode; severity: DataCheckSeverity; count: number }[] {
  return CHECK_CODES.map((code) => ({ code, severity: CHECK_SEVERITY[code], count: findings.filter((f) => f.code === code).length })).filter((c) => c.count > 0);
}

/** Overlaps on single-holder posts (a disputed pair apart) and gaps in leading posts' succession. */
function holderChecks(facts: CheckFacts): Finding[] {
  const byPost = new Map<string, HoldingFact[]>();
  for (const h of facts.holdings) if (followed(h)) byPost.set(h.post, [...(byPost.get(h.post) ?? []), h]);
  const out: Finding[] = [];
  for (const post of facts.posts) {
    const held = byPost.get(post.id) ?? [];
    if (!post.collective) out.push(...overlaps(post, held));
    if (post.leads) out.push(...gaps(post, held));
  }
  return out;
}

function overlaps(post: PostFact, held: HoldingFact[]): Finding[] {
  const out: Finding[] = [];
  const spans = held.map((h) => possibleSpan(h));
  for (let i = 0; i < held.length; i++) {
    for (let j = i + 1; j < held.length; j++) {
      const from = later(spans[i]!.validFrom, spans[j]!.validFrom);
      const until = earlier(spans[i]!.validTo, spans[j]!.validTo);
      if (from !== null && until !== null && from >= until) continue;
      const [a, b] = held[i]!.id <= held[j]!.id ? [held[i]!, held[j]!] : [held[j]!, held[i]!];
      const subjects = [{ kind: 'holding' as const, id: a.id }, { kind: 'holding' as const, id: b.id }];
      const both = `holdings '${a.id}' (${a.person}, ${stated(a)}) and '${b.id}' (${b.person}, ${stated(b)})`;
      if (a.status === 'DISPUTED' && b.status === 'DISPUTED') {
        const preferred = [a, b].filter((h) => h.claimRank === 'PREFERRED');
        out.push(finding('DISPUTED_HOLDERS', subjects, from, until, preferred.length === 1
          ? `post '${post.id}': ${both} are a dispute kept on purpose; '${preferred[0]!.id}' (PREFERRED) is followed. Settle it when a source does: deprecate the other (claimRank: DEPRECATED).`
          : `post '${post.id}': ${both} are both DISPUTED, but ${preferred.length ? 'both are' : 'neither is'} PREFERRED: mark the one to follow claimRank: PREFERRED and leave the other NORMAL.`));
      } else {
        out.push(finding('OVERLAPPING_HOLDERS', subjects, from, until,
          `post '${post.id}' has one holder at a time, but ${both} overlap: fix the dates (validTo is the first day no longer held), ` +
            'mark both status: DISPUTED with claimRank: PREFERRED on the one to follow when sources disagree, deprecate the wrong one (claimRank: DEPRECATED), or make the post collective.'));
      }
    }
  }
  return out;
}

/** Where every earlier holding has surely ended before the next may have started: a day with no known holder. */
function gaps(post: PostFact, held: HoldingFact[]): Finding[] {
  const windows = held.map((h) => ({ h, w: statedWindow(h) })).sort((x, y) => x.w.startEarliest.localeCompare(y.w.startEarliest) || x.h.id.localeCompare(y.h.id));
  const out: Finding[] = [];
  let last: { h: HoldingFact; w: StatedWindow } | undefined;
  for (const next of windows) {
    if (last && last.w.endLatest !== AFTER_ALL && next.w.startEarliest !== BEFORE_ALL && last.w.endLatest < next.w.startEarliest) {
      out.push(finding('SUCCESSION_GAP', [{ kind: 'post', id: post.id }, { kind: 'holding', id: last.h.id }, { kind: 'holding', id: next.h.id }],
        last.w.endLatest, next.w.startEarliest,
        `post '${post.id}' leads its unit but has no known holder from ${last.w.endLatest} until ${next.w.startEarliest} (after '${last.h.id}', ${stated(last.h)}; before '${next.h.id}', ${stated(next.h)}): ` +
          'add the holding of that time if a source names it; if the post was vacant, say so in a note on the next holding.'));
    }
    if (!last || next.w.endLatest > last.w.endLatest) last = next;
  }
  return out;
}

/**
 * Lines whose stated dates run outside the life of a unit at either end (SET_UP_FOR, deprecated lines
 * and SUCCEEDED_BY aside: a succession starts the day its old unit ends, by definition).
 */
function relationEndChecks(facts: CheckFacts): Finding[] {
  const units = new Map([...(facts.endUnits ?? []), ...facts.units].map((u) => [u.id, u]));
  const out: Finding[] = [];
  for (const r of facts.relations) {
    if (r.type === RelationType.SetUpFor || r.type === RelationType.SucceededBy || !followed(r)) continue;
    const rw = statedWindow(r);
    for (const end of [r.from, r.to]) {
      const unit = units.get(end);
      if (!unit) continue;
      const uw = statedWindow(unit);
      const subjects = [{ kind: 'relation' as const, id: r.id }, { kind: 'unit' as const, id: unit.id }];
      const line = `line '${r.id}' (${r.type}, ${stated(r)})`;
      const life = `unit '${unit.id}' (${stated(unit)})`;
      if (uw.startEarliest !== BEFORE_ALL && rw.startLatest < uw.startEarliest) {
        out.push(finding('RELATION_BEYOND_UNIT', subjects, rw.startEarliest || null, uw.startEarliest,
          `${line} starts before ${life} existed: give the line a validFrom on or after ${uw.startEarliest}, or fix the unit's validFrom.`));
      } else if (uw.startEarliest !== BEFORE_ALL && rw.startEarliest === BEFORE_ALL) {
        out.push(finding('RELATION_OPEN_PAST_UNIT', subjects, null, uw.startEarliest,
          `${line} has no start, so it reads as holding before ${life} existed: give the line a validFrom (on or after ${uw.startEarliest}).`));
      }
      if (uw.endLatest !== AFTER_ALL && rw.endEarliest > uw.endLatest) {
        out.push(finding('RELATION_BEYOND_UNIT', subjects, uw.endLatest, rw.endEarliest === AFTER_ALL ? null : rw.endEarliest,
          `${line} runs past the end of ${life}: end the line by ${uw.endLatest} (validTo), or fix the unit's validTo.`));
      } else if (uw.endLatest !== AFTER_ALL && rw.endLatest === AFTER_ALL) {
        out.push(finding('RELATION_OPEN_PAST_UNIT', subjects, uw.endLatest, null,
          `${line} has no end, so it reads as holding after ${life} ended: give the line a validTo (by ${uw.endLatest}).`));
      }
    }
  }
  return out;
}

/** Temporary bodies (set up for an event, or of kind TEMPORARY_COMMAND) that state no end. */
function temporaryChecks(facts: CheckFacts): Finding[] {
  const events = new Map(facts.events.map((e) => [e.id, e]));
  const setUpFor = new Map<string, string>();
  for (const r of facts.relations) if (r.type === RelationType.SetUpFor && followed(r) && !setUpFor.has(r.from)) setUpFor.set(r.from, r.to);
  const out: Finding[] = [];
  for (const u of facts.units) {
    const eventId = setUpFor.get(u.id);
    if ((!eventId && u.kind !== UnitKind.TemporaryCommand) || u.validTo || u.validToBound) continue;
    const event = eventId ? events.get(eventId) : undefined;
    const subjects: Finding['subjects'] = [{ kind: 'unit', id: u.id }, ...(eventId ? [{ kind: 'event' as const, id: eventId }] : [])];
    const attested = u.lastAttested ? ` (last attested ${u.lastAttested})` : '';
    out.push(finding('TEMPORARY_WITHOUT_END', subjects, null, null, event?.endDate
      ? `unit '${u.id}' is set up for event '${event.id}', which ended on ${event.endDate}, but has no end of its own${attested}: give it validTo (e.g. validTo: ${event.endDate.slice(0, 7)}, validToBound: NOT_AFTER).`
      : `temporary body '${u.id}' has no end${attested}${eventId ? ` and its event '${eventId}' none either` : ''}, so it reads as lasting for ever: ` +
        `give it validTo (validToBound: NOT_AFTER when only a latest end is known)${eventId ? ', or give the event its endDate' : ''}, or validToBound: NOT_BEFORE with a date a source shows it still existing.`));
  }
  return out;
}

/** Units, lines and holdings that no citation shows on a day, or that only notes support; generated ones aside (never cited). */
function evidenceChecks(facts: CheckFacts): Finding[] {
  const out: Finding[] = [];
  const lists: [FactKind, readonly CitedFact[]][] = [['unit', facts.units], ['relation', facts.relations], ['holding', facts.holdings]];
  for (const [kind, list] of lists) {
    for (const f of list) {
      if (f.synthetic) continue;
      const subjects = [{ kind, id: f.id }];
      if (!f.citations.some((c) => c.dated)) {
        const publicNote = f.citations.some((c) => c.publicKnowledge);
        out.push(finding('NEVER_ATTESTED', subjects, null, null,
          `${kind} '${f.id}' is never attested (no citation of a dated source, no asOf): cite a source that shows it, or give its ` +
            `${publicNote ? 'public-knowledge note the asOf of the day the public record shows it' : 'note the asOf of the day it reports'}.`));
      }
      if (f.citations.length && f.citations.every((c) => c.note)) {
        const publicOnly = f.citations.every((c) => c.publicKnowledge);
        out.push(publicOnly
          ? finding('PUBLIC_KNOWLEDGE_ONLY', subjects, null, null,
            `${kind} '${f.id}' rests only on a note marked public knowledge: cite a source that states it when one is found.`)
          : finding('NOTE_ONLY', subjects, null, null,
            `${kind} '${f.id}' rests only on a maintainer's note: cite a source and its exact words, or mark the note publicKnowledge: true if it records public knowledge.`));
      }
    }
  }
  return out;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

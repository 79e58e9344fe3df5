/**
 * Checks and shapes of what mutations take, with no I/O: ids, texts and citations, and the stored
 * shape of a citation (schema/model.md: `citations` as one JSON string, `sourceIds` as a list).
 */
import { ClaimRank, ClaimStatus } from '../model/generated/schema-types';

/** A problem with one argument: what is wrong and the argument's path. */
export class InputProblem extends Error {
  constructor(message: string, readonly argument: string) {
    super(message);
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** Longest name or title, and longest quote or note, accepted. */
export const MAX_TEXT = 300;
export const MAX_QUOTE = 4000;

/** A new id: letters, digits, `-`, `_`, `.`, `:`, 1 to 128 characters. @throws InputProblem */
export function checkNewId(id: string, argument: string): string {
  if (!ID.test(id)) throw new InputProblem(`${argument} must be 1 to 128 letters, digits, '-', '_', '.' or ':' starting with a letter or digit, e.g. "hanoi-police".`, argument);
  return id;
}

/** A text of at most `max` characters, trimmed; null when absent. @throws InputProblem when required and empty */
export function checkText(value: string | null | undefined, argument: string, opts: { required?: boolean; max?: number } = {}): string | null {
  const max = opts.max ?? MAX_TEXT;
  if (value == null) {
    if (opts.required) throw new InputProblem(`${argument} is required.`, argument);
    return null;
  }
  if (value.length > max) throw new InputProblem(`${argument} is longer than ${max} characters.`, argument);
  const text = value.trim();
  if (!text && opts.required) throw new InputProblem(`${argument} must not be empty.`, argument);
  return text || null;
}

export interface CitationIn {
  sourceId?: string | null;
  quote?: string | null;
  note?: string | null;
}

/** A citation as stored: `{ source, quote }` or `{ note }`. */
export type StoredCitation = { source: string; quote: string } | { note: string };

/** The citation, checked: a source with a quote, or a note (not both). @throws InputProblem */
export function checkCitation(c: CitationIn): StoredCitation {
  const quote = checkText(c.quote, 'change.citation.quote', { max: MAX_QUOTE });
  const note = checkText(c.note, 'change.citation.note', { max: MAX_QUOTE });
  if (c.sourceId != null) {
    if (note) throw new InputProblem('Give either sourceId with quote, or note, not both.', 'change.citation');
    if (!quote) throw new InputProblem('A citation of a source needs the quote that supports the change.', 'change.citation.quote');
    if (c.sourceId.length > 200) throw new InputProblem('change.citation.sourceId is longer than 200 characters.', 'change.citation.sourceId');
    return { source: c.sourceId, quote };
  }
  if (quote) throw new InputProblem('A quote needs the sourceId of the source it is from.', 'change.citation.sourceId');
  if (!note) throw new InputProblem('Every change needs a citation: sourceId and quote, or a note saying who entered it and from what.', 'change.citation');
  return { note };
}

/** The stored properties of a list of citations. */
export function citedProps(citations: StoredCitation[]): { citations: string; sourceIds: string[]; synthetic: false } {
  const sourceIds = [...new Set(citations.flatMap((c) => ('source' in c ? [c.source] : [])))];
  return { citations: JSON.stringify(citations), sourceIds, synthetic: false };
}

/** The status and rank a claim (a relation or a holding) made by a change is stored with: accepted, normal. */
export const NEW_CLAIM = { status: ClaimStatus.Accepted, claimRank: ClaimRank.Normal } as const;

/** The stored citations of a record plus one more. */
export function addCitation(stored: string | null | undefined, extra: StoredCitation): StoredCitation[] {
  let list: StoredCitation[] = [];
  try {
    const parsed: unknown = stored ? JSON.parse(stored) : [];
    if (Array.isArray(parsed)) list = parsed as StoredCitation[];
  } catch {
    list = [];
  }
  return [...list, extra];
}

/** Keys of `input` whose value is not undefined (null clears, for optional fields). */
export function definedEntries<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A checked change as the rules see it: the day it takes effect (YYYY-MM-DD) and its citation. */
export interface Change {
  iso: string;
  citation: StoredCitation;
  /** The stored props (`citations`, `sourceIds`, `synthetic`) of a record created by this change. */
  cited: ReturnType<typeof citedProps>;
}

/** What a change's work returns: its result, the ids it touched (for the audit) and, for updates, the old values. */
export interface Outcome<T> {
  result: T;
  targetIds: string[];
  before?: unknown;
}

/**
 * The shape of each kind of record (seed/README.md), as zod schemas. Objects are strict: an unknown
 * field is an error, so a typo never silently drops a fact. Optional fields may be absent or null.
 */
import { z } from 'zod';
import { isPartialDate } from '../../api/src/domain/basis';
import { isIsoDate } from '../../api/src/domain/dates';
import { CLAIM_RANKS, CLAIM_STATUSES, DATE_BOUNDS } from './claims';
import { EVENT_KINDS, RELATION_TYPES, UNIT_KINDS, type Kind } from './kinds';

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

const id = z.string().regex(ID, {
  error: 'an id is lower-case letters and digits joined by - or _ (e.g. hanoi-police); rename it',
});
const text = z.string().trim().min(1, { error: 'must not be empty; write the text or remove the field' });
const optText = text.nullable().optional();
const date = z.string().refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD (e.g. 2021-09-30); fix it' });
const optDate = date.nullable().optional();
// YAML reads a bare year (2021) as a number: it is the year.
const partialDate = z.preprocess((v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v), z.string().refine(isPartialDate, {
  error: 'must be a real date written YYYY-MM-DD (or YYYY-MM, YYYY when only the month or year is known: 2021-09-30, 2021-09, 2021); fix it',
}));
const optPartialDate = partialDate.nullable().optional();
const bound = z.enum(DATE_BOUNDS).nullable().optional();
/** The stated bounds of a unit, relation or holding: dates (maybe imprecise) and what each says of the real start or end. */
const stated = { validFrom: optPartialDate, validTo: optPartialDate, validFromBound: bound, validToBound: bound };
/** A claim's standing: status and rank (claims.ts). */
const claim = { status: z.enum(CLAIM_STATUSES).nullable().optional(), claimRank: z.enum(CLAIM_RANKS).nullable().optional() };

const citation = z
  .strictObject({
    source: id.optional(), quote: text.optional(), note: text.optional(),
    // The day (or month, year) the citation shows the fact on, when not its source's date.
    asOf: partialDate.optional(),
    // A note that records public knowledge (not from a source): marked so, as the model asks.
    publicKnowledge: z.literal(true, { error: 'publicKnowledge is `true` or left out' }).optional(),
  })
  .refine((c) => (c.note === undefined ? c.source !== undefined && c.quote !== undefined && c.publicKnowledge === undefined : c.source === undefined && c.quote === undefined), {
    error: 'a citation is either `source` + `quote` (the exact words of the article) or `note` alone; fix this one (either may add asOf; only a note publicKnowledge)',
  });
/** One citation: an article and its exact words, or a maintainer's note. */
export type Citation = z.infer<typeof citation>;
const citations = z.array(citation).min(1, { error: 'needs at least one citation (source + quote, or note)' });

/** The zod schema of each kind. */
export const RECORD_SCHEMAS = {
  sources: z.strictObject({
    id,
    file: z.string().regex(/^[^/\\]+\.txt$/, { error: 'must be the article file name, e.g. 002_a06e79c81e7a80e8.txt (no folders)' }),
    title: text,
    date,
    dateNote: optText,
    publisher: optText,
    url: optText,
  }),
  units: z.strictObject({
    id, name: text, nameVi: optText, abbreviation: optText, kind: z.enum(UNIT_KINDS),
    jurisdiction: optText, ...stated, citations,
  }),
  posts: z.strictObject({
    id, title: text, titleVi: optText, unit: id,
    leads: z.boolean().nullable().optional(), collective: z.boolean().nullable().optional(), citations,
  }),
  persons: z.strictObject({ id, name: text, nameVi: optText, rank: optText, citations }),
  holdings: z.strictObject({
    id, person: id, post: id, rank: optText, ...stated, ...claim, note: optText, citations,
  }),
  events: z.strictObject({
    id, name: text, nameVi: optText, kind: z.enum(EVENT_KINDS), startDate: optDate, endDate: optDate, citations,
  }),
  relations: z.strictObject({
    id, type: z.enum(RELATION_TYPES), from: id, to: id, ...stated, ...claim, note: optText, citations,
  }),
} satisfies Record<Kind, z.ZodType>;

/** A validated record of kind K. */
export type RecordOf<K extends Kind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;
export type SourceRecord = RecordOf<'sources'>;
export type UnitRecord = RecordOf<'units'>;
export type PostRecord = RecordOf<'posts'>;
export type PersonRecord = RecordOf<'persons'>;
export type HoldingRecord = RecordOf<'holdings'>;
export type EventRecord = RecordOf<'events'>;
export type RelationRecord = RecordOf<'relations'>;

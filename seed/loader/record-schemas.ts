/**
 * The shape of each kind of record (seed/README.md), as zod schemas. Objects are strict: an unknown
 * field is an error, so a typo never silently drops a fact. Optional fields may be absent or null.
 */
import { z } from 'zod';
import { isIsoDate } from '../../api/src/domain/dates';
import { EVENT_KINDS, RELATION_TYPES, UNIT_KINDS, type Kind } from './kinds';

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

const id = z.string().regex(ID, {
  error: 'an id is lower-case letters and digits joined by - or _ (e.g. hanoi-police); rename it',
});
const text = z.string().trim().min(1, { error: 'must not be empty; write the text or remove the field' });
const optText = text.nullable().optional();
const date = z.string().refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD (e.g. 2021-09-30); fix it' });
const optDate = date.nullable().optional();

const citation = z
  .strictObject({ source: id.optional(), quote: text.optional(), note: text.optional() })
  .refine((c) => (c.note === undefined ? c.source !== undefined && c.quote !== undefined : c.source === undefined && c.quote === undefined), {
    error: 'a citation is either `source` + `quote` (the exact words of the article) or `note` alone; fix this one',
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
    jurisdiction: optText, validFrom: optDate, validTo: optDate, citations,
  }),
  posts: z.strictObject({
    id, title: text, titleVi: optText, unit: id,
    leads: z.boolean().nullable().optional(), collective: z.boolean().nullable().optional(), citations,
  }),
  persons: z.strictObject({ id, name: text, nameVi: optText, rank: optText, citations }),
  holdings: z.strictObject({
    id, person: id, post: id, rank: optText, validFrom: optDate, validTo: optDate, note: optText, citations,
  }),
  events: z.strictObject({
    id, name: text, nameVi: optText, kind: z.enum(EVENT_KINDS), startDate: optDate, endDate: optDate, citations,
  }),
  relations: z.strictObject({
    id, type: z.enum(RELATION_TYPES), from: id, to: id, validFrom: optDate, validTo: optDate, note: optText, citations,
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

/**
 * The record kinds of the dataset and the fixed vocabularies of the graph: unit and event kinds,
 * relationship types, and the Neo4j label or type each kind is written as. Everything that reaches
 * Cypher as a label or type comes from these lists, never from input.
 */

/** The kinds of record, in the order they are written (nodes before the edges that join them). */
export const KINDS = ['sources', 'units', 'events', 'persons', 'posts', 'holdings', 'relations'] as const;
export type Kind = (typeof KINDS)[number];

/** Unit kinds (schema/model.md). */
export const UNIT_KINDS = [
  'MINISTRY', 'MINISTRY_DEPARTMENT', 'HIGH_COMMAND', 'COMMAND_CENTRE', 'PROVINCIAL_POLICE',
  'PROVINCIAL_DEPARTMENT', 'DISTRICT_POLICE', 'COMMUNE_POLICE', 'LEADERSHIP_BOARD', 'COMMITTEE',
  'PARTY_BODY', 'STATE_BODY', 'MILITARY_UNIT', 'TEMPORARY_COMMAND', 'OTHER',
] as const;

/** Event kinds (schema/model.md). */
export const EVENT_KINDS = ['ELECTION', 'PARTY_CONGRESS', 'PANDEMIC_RESPONSE', 'STATE_EVENT', 'OTHER'] as const;

/** Relationship types a `relations` record may have; all go unit -> unit except SET_UP_FOR. */
export const RELATION_TYPES = [
  'REPORTS_TO', 'ANSWERABLE_TO', 'COORDINATES_WITH', 'ADVISES', 'GUIDES', 'ESTABLISHED_BY', 'SET_UP_FOR',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The node label each node kind is written as. */
export const NODE_LABELS = {
  sources: 'Source',
  units: 'Unit',
  events: 'Event',
  persons: 'Person',
  posts: 'Post',
} as const;
export type NodeKind = keyof typeof NODE_LABELS;

/** Every relationship type the loader writes (the allowlist the Cypher builder checks). */
export const WRITTEN_REL_TYPES = [...RELATION_TYPES, 'HOLDS', 'POST_OF'] as const;
export type WrittenRelType = (typeof WRITTEN_REL_TYPES)[number];

/** The singular noun of a kind, for messages ("unit 'x'"). */
export const SINGULAR: Record<Kind, string> = {
  sources: 'source', units: 'unit', events: 'event', persons: 'person', posts: 'post', holdings: 'holding', relations: 'relation',
};

/** The kind a data file holds: its name up to the first `-` or `.` (`units-hanoi.yaml` -> units). */
export function kindOfFile(fileName: string): Kind | undefined {
  const stem = fileName.split(/[-.]/, 1)[0] ?? '';
  return (KINDS as readonly string[]).includes(stem) ? (stem as Kind) : undefined;
}

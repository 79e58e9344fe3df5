/**
 * The record kinds of the dataset and the fixed vocabularies of the graph: unit and event kinds,
 * relationship types, and the Neo4j label or type each kind is written as. Everything that reaches
 * Cypher as a label or type comes from these lists, never from input.
 */
import { RELATION_TYPES } from '../../api/src/model/vocabulary';

/** The kinds of record, in the order they are written (nodes before the edges that join them). */
export const KINDS = ['sources', 'units', 'events', 'persons', 'posts', 'holdings', 'relations'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Unit kinds, event kinds and relationship types: the SDL's enums (schema/schema.graphql), as
 * generated. All relationship types go unit -> unit except SET_UP_FOR.
 */
export { UNIT_KINDS, EVENT_KINDS, RELATION_TYPES } from '../../api/src/model/vocabulary';
export type { RelationType } from '../../api/src/model/generated/schema-types';

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

/**
 * The SDL's vocabularies as lists, in the SDL's order (codegen keeps it: `sort: false` in
 * schema/codegen.ts). Derived from the generated consts, so a value added to or removed from an SDL
 * enum reaches every list; tests/unit/vocabulary.test.ts fails when a list is written out by hand.
 */
import { EventKind, RelationType, UnitKind } from './generated/schema-types';

/** Every unit kind (SDL `UnitKind`). */
export const UNIT_KINDS = Object.values(UnitKind);

/** Every event kind (SDL `EventKind`). */
export const EVENT_KINDS = Object.values(EventKind);

/** Every relation type (SDL `RelationType`). */
export const RELATION_TYPES = Object.values(RelationType);

/**
 * The lines between two units that chains, paths and neighbourhoods follow: all but SET_UP_FOR,
 * which points at an event, and SUCCEEDED_BY, which joins a unit to the one that carried it on
 * (a dated change, not a line anybody answers along).
 */
export const UNIT_RELATION_TYPES = RELATION_TYPES.filter((t) => t !== RelationType.SetUpFor && t !== RelationType.SucceededBy);

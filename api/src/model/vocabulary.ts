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

/** The relation types that join two units: all but SET_UP_FOR, which points at an event. */
export const UNIT_RELATION_TYPES = RELATION_TYPES.filter((t) => t !== RelationType.SetUpFor);

/**
 * The API's types as the page uses them, named for the page. Every one is derived from the types
 * graphql-codegen generates from the SDL and the page's operations (./generated/operations.ts,
 * `npm run codegen`), so a field or enum value the API changes fails the page's typecheck.
 * Dates are `YYYY-MM-DD` text.
 */
import type {
  ChainQuery,
  CitationInfoFragment,
  RelationLiteFragment,
  SearchQuery,
  UnitCardFragment,
  UnitDetailsQuery,
} from './generated/operations';

export type { RelationType, UnitKind } from './generated/operations';

/** A relation between two units, as drawn: an edge. `to` is null when it points at an event (SET_UP_FOR). */
export type RelationLite = RelationLiteFragment;

/** A unit's fields as the API sends them (fragment UnitCard). */
export type UnitCardFields = UnitCardFragment;

/** A unit as drawn: a node, with every relation it has on the date asked once they are fetched. */
export interface UnitCard extends UnitCardFields {
  /** Null until fetched (fetchRelations). */
  relations: RelationLite[] | null;
}

/** Why a fact is believed. */
export type CitationInfo = CitationInfoFragment;

/** Everything the side panel shows about a unit. */
export type UnitDetails = NonNullable<UnitDetailsQuery['unit']>;

/** A relation with the names of both ends, for the side panel. */
export type RelationInfo = UnitDetails['relations'][number];

/** A search result. */
export type SearchHit = SearchQuery['searchUnits']['edges'][number];

type ChainData = ChainQuery['chainOfResponsibility'];
type ChainStepData = ChainData['paths'][number]['steps'][number];

/** A chain of responsibility: each branch from the unit up, its units as drawn. */
export interface ChainInfo extends Omit<ChainData, 'paths'> {
  paths: { steps: (Omit<ChainStepData, 'unit'> & { unit: UnitCard })[] }[];
}

/** Children of a unit along the reporting line. */
export interface ChildrenPage {
  totalCount: number;
  units: UnitCard[];
}

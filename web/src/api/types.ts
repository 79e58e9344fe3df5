/**
 * The API's types as the page asks for them, typed by hand from schema/schema.graphql (only the
 * fields the page's operations select). Dates are `YYYY-MM-DD` text.
 */

/** What kind of body a unit is (SDL `UnitKind`). */
export type UnitKind =
  | 'MINISTRY'
  | 'MINISTRY_DEPARTMENT'
  | 'HIGH_COMMAND'
  | 'COMMAND_CENTRE'
  | 'PROVINCIAL_POLICE'
  | 'PROVINCIAL_DEPARTMENT'
  | 'DISTRICT_POLICE'
  | 'COMMUNE_POLICE'
  | 'LEADERSHIP_BOARD'
  | 'COMMITTEE'
  | 'PARTY_BODY'
  | 'STATE_BODY'
  | 'MILITARY_UNIT'
  | 'TEMPORARY_COMMAND'
  | 'OTHER';

/** The kinds of relation (SDL `RelationType`). */
export type RelationType =
  | 'REPORTS_TO'
  | 'ANSWERABLE_TO'
  | 'COORDINATES_WITH'
  | 'ADVISES'
  | 'GUIDES'
  | 'ESTABLISHED_BY'
  | 'SET_UP_FOR';

/** The lines a chain of responsibility follows (SDL `ChainLine`). */
export type ChainLine = 'REPORTING' | 'RESPONSIBILITY';

/** A relation between two units, as drawn: an edge. */
export interface RelationLite {
  id: string;
  type: RelationType;
  from: { id: string };
  /** Null when the relation points at an event (SET_UP_FOR). */
  to: { id: string } | null;
  validFrom: string | null;
  validTo: string | null;
}

/** A unit as drawn: a node, with every relation it has on the date asked once they are fetched. */
export interface UnitCard {
  id: string;
  name: string;
  nameVi: string | null;
  abbreviation: string | null;
  kind: UnitKind;
  validFrom: string | null;
  validTo: string | null;
  synthetic: boolean;
  childCount: number;
  /** Null until fetched (fetchRelations). */
  relations: RelationLite[] | null;
}

/** A source document. */
export interface SourceInfo {
  id: string;
  title: string;
  date: string | null;
  publisher: string | null;
  url: string | null;
}

/** Why a fact is believed. */
export interface CitationInfo {
  source: SourceInfo | null;
  quote: string | null;
  note: string | null;
}

/** A person holding a post. */
export interface HoldingInfo {
  id: string;
  rank: string | null;
  validFrom: string | null;
  validTo: string | null;
  person: { id: string; name: string; nameVi: string | null; rank: string | null };
  citations: CitationInfo[];
}

/** A post, with who held it on the date asked. */
export interface PostInfo {
  id: string;
  title: string;
  titleVi: string | null;
  collective: boolean;
  holders: HoldingInfo[];
  citations: CitationInfo[];
}

/** A relation with the names of both ends, for the side panel. */
export interface RelationInfo {
  id: string;
  type: RelationType;
  from: { id: string; name: string };
  to: { id: string; name: string } | null;
  event: { id: string; name: string } | null;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
}

/** Everything the side panel shows about a unit. */
export interface UnitDetails {
  id: string;
  name: string;
  nameVi: string | null;
  abbreviation: string | null;
  kind: UnitKind;
  jurisdiction: string | null;
  validFrom: string | null;
  validTo: string | null;
  synthetic: boolean;
  childCount: number;
  citations: CitationInfo[];
  leadPost: PostInfo | null;
  relations: RelationInfo[];
}

/** A search result. */
export interface SearchHit {
  score: number;
  node: { id: string; name: string; nameVi: string | null; abbreviation: string | null; kind: UnitKind };
}

/** One branch of a chain of responsibility, from the unit up. */
export interface ChainPathInfo {
  steps: { depth: number; unit: UnitCard; up: RelationLite | null }[];
}

/** A chain of responsibility. */
export interface ChainInfo {
  asOf: string;
  truncated: boolean;
  paths: ChainPathInfo[];
}

/** Children of a unit along the reporting line. */
export interface ChildrenPage {
  totalCount: number;
  units: UnitCard[];
}

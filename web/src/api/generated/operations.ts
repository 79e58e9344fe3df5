/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** What kind of body a unit is. */
export type UnitKind =
  /** A ministry, e.g. the Ministry of Public Security. */
  | 'MINISTRY'
  /** A department or office at ministry level, e.g. the MPS Office. */
  | 'MINISTRY_DEPARTMENT'
  /** A high command or command, e.g. the High Command of Guard Police. */
  | 'HIGH_COMMAND'
  /** A command or information centre inside a command. */
  | 'COMMAND_CENTRE'
  /** The police force of a province or centrally-run city, e.g. Hanoi Public Security. */
  | 'PROVINCIAL_POLICE'
  /** A department of a provincial police force, e.g. Hanoi's Planning Department. */
  | 'PROVINCIAL_DEPARTMENT'
  /** A district-level police unit (abolished on 2025-03-01). */
  | 'DISTRICT_POLICE'
  /** A commune or ward police unit. */
  | 'COMMUNE_POLICE'
  /** A board of directors or leadership board. */
  | 'LEADERSHIP_BOARD'
  /** A committee or sub-committee. */
  | 'COMMITTEE'
  /** A body of the Communist Party of Viet Nam. */
  | 'PARTY_BODY'
  /** A State body outside the police (a council, a people's committee, the National Assembly). */
  | 'STATE_BODY'
  /** A unit of the army, e.g. the Hanoi Capital Military High Command. */
  | 'MILITARY_UNIT'
  /** A temporary command set up for an event. */
  | 'TEMPORARY_COMMAND'
  /** Anything else. */
  | 'OTHER';

/** The kinds of relation between units (and from a unit to an event). */
export type RelationType =
  /** The primary reporting line: a unit is under exactly one parent at a time. */
  | 'REPORTS_TO'
  /** Responsibility / accountability: the unit (or its head) answers to the other; several at once. */
  | 'ANSWERABLE_TO'
  /** Coordination between bodies. */
  | 'COORDINATES_WITH'
  /** Gives advice to. */
  | 'ADVISES'
  /** Guidance or professional direction given to. */
  | 'GUIDES'
  /** The unit was set up by the other. */
  | 'ESTABLISHED_BY'
  /** A temporary command or committee set up for an event. */
  | 'SET_UP_FOR'
  /**
   * The unit was carried on by the other from the day of the change (`validFrom`): several units
   * succeeded by one are a merger, one by several a split, one by one a renaming or continuation.
   * Not a line of responsibility: chains, paths and neighbourhoods do not follow it.
   */
  | 'SUCCEEDED_BY';

export type UnitCardFragment = { id: string, name: string, nameVi: string | null, abbreviation: string | null, kind: UnitKind, validFrom: string | null, validTo: string | null, synthetic: boolean, childCount: number };

export type RelationLiteFragment = { id: string, type: RelationType, validFrom: string | null, validTo: string | null, from: { id: string }, to: { id: string } | null };

export type CitationInfoFragment = { quote: string | null, note: string | null, source: { id: string, title: string, date: string | null, publisher: string | null, url: string | null } | null };

export type ChildrenPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameVi: string | null, abbreviation: string | null, kind: UnitKind, validFrom: string | null, validTo: string | null, synthetic: boolean, childCount: number } }> };

export type UnitRelationsFragment = { id: string, relations: Array<{ id: string, type: RelationType, validFrom: string | null, validTo: string | null, from: { id: string }, to: { id: string } | null }> };

export type SubtreeQueryVariables = Exact<{
  id: string | number;
  depth: number;
  asOf?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SubtreeQuery = { root: { id: string, name: string, nameVi: string | null, abbreviation: string | null, kind: UnitKind, validFrom: string | null, validTo: string | null, synthetic: boolean, childCount: number } | null, subordinates: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ parentId: string, depth: number, node: { id: string, name: string, nameVi: string | null, abbreviation: string | null, kind: UnitKind, validFrom: string | null, validTo: string | null, synthetic: boolean, childCount: number } }> } };

export type ChainQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ChainQuery = { chainOfResponsibility: { asOf: string, truncated: boolean, paths: Array<{ steps: Array<{ depth: number, unit: { id: string, name: string, nameVi: string | null, abbreviation: string | null, kind: UnitKind, validFrom: string | null, validTo: string | null, synthetic: boolean, childCount: number }, up: { id: string, type: RelationType, validFrom: string | null, validTo: string | null, from: { id: string }, to: { id: string } | null } | null }> }> } };

export type SearchQueryVariables = Exact<{
  q: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { searchUnits: { edges: Array<{ score: number, node: { id: string, name: string, nameVi: string | null, abbreviation: string | null, kind: UnitKind } }> } };

export type UnitDetailsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type UnitDetailsQuery = { unit: { id: string, name: string, nameVi: string | null, abbreviation: string | null, kind: UnitKind, jurisdiction: string | null, validFrom: string | null, validTo: string | null, synthetic: boolean, childCount: number, citations: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, date: string | null, publisher: string | null, url: string | null } | null }>, leadPost: { id: string, title: string, titleVi: string | null, collective: boolean, citations: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, date: string | null, publisher: string | null, url: string | null } | null }>, holders: Array<{ id: string, rank: string | null, validFrom: string | null, validTo: string | null, person: { id: string, name: string, nameVi: string | null, rank: string | null }, citations: Array<{ quote: string | null, note: string | null, source: { id: string, title: string, date: string | null, publisher: string | null, url: string | null } | null }> }> } | null, relations: Array<{ id: string, type: RelationType, validFrom: string | null, validTo: string | null, note: string | null, from: { id: string, name: string }, to: { id: string, name: string } | null, event: { id: string, name: string } | null }> } | null };

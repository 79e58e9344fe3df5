/**
 * The shapes resolvers pass around: rows as the Cypher queries return them (dates as ISO text,
 * `citations` still the stored JSON string). graphql-codegen maps the SDL's types onto these.
 */
import type { Basis, ChainLine, ClaimRank, ClaimStatus, DateBound, EventKind, RelationType, UnitKind } from './generated/schema-types';

interface Cited {
  /** JSON text of `[{ source, quote } | { note }]`, as stored. */
  citations?: string | null;
  synthetic?: boolean | null;
}

/**
 * Stated bounds and attestations as stored (schema/model.md, "Dates, attestations, basis, status and
 * rank"): `validFrom`/`validTo` the widest span the stated bounds allow, the date as written and its
 * bound only when they say more, and `asOf`, the date of the read that returned the record (what
 * `basis` reads on when not given a date).
 */
export interface Evidenced {
  validFrom?: string | null;
  validTo?: string | null;
  validFromText?: string | null;
  validToText?: string | null;
  validFromBound?: DateBound | null;
  validToBound?: DateBound | null;
  firstAttested?: string | null;
  lastAttested?: string | null;
  asOf?: string;
}

/** A claim's status and rank as stored (absent on records written before they existed: ACCEPTED, NORMAL). */
export interface Claimed {
  status?: ClaimStatus | null;
  claimRank?: ClaimRank | null;
}

/** The stored properties a UnitModel carries (the Unit fields that are plain properties); id and name first. */
export const UNIT_PROPERTIES = ['id', 'name', 'nameVi', 'abbreviation', 'kind', 'jurisdiction', 'validFrom', 'validTo', 'citations', 'synthetic',
  'validFromText', 'validToText', 'validFromBound', 'validToBound', 'firstAttested', 'lastAttested'] as const;
export type UnitProperty = (typeof UNIT_PROPERTIES)[number];

const EVIDENCE: readonly UnitProperty[] = ['validFrom', 'validTo', 'validFromText', 'validToText', 'validFromBound', 'validToBound', 'firstAttested', 'lastAttested'];
/** The stored properties a Unit field needs besides its own name (a field not listed reads the property of its name). */
export const UNIT_FIELD_PROPERTIES: Readonly<Record<string, readonly UnitProperty[]>> = {
  basis: EVIDENCE,
  validFromStated: ['validFrom', 'validFromText'],
  validToStated: ['validTo', 'validToText'],
  validFromBound: ['validFrom', 'validFromText', 'validFromBound'],
  validToBound: ['validTo', 'validToText', 'validToBound'],
};

export interface UnitModel extends Cited, Evidenced {
  id: string;
  name: string;
  nameVi?: string | null;
  abbreviation?: string | null;
  kind: UnitKind;
  jurisdiction?: string | null;
}

export interface PostModel extends Cited {
  id: string;
  title: string;
  titleVi?: string | null;
  leads?: boolean | null;
  collective?: boolean | null;
  unitId: string;
}

export interface PersonModel extends Cited {
  id: string;
  name: string;
  nameVi?: string | null;
  rank?: string | null;
}

export interface HoldingModel extends Cited, Evidenced, Claimed {
  id: string;
  personId: string;
  postId: string;
  rank?: string | null;
}

export interface EventModel extends Cited {
  id: string;
  name: string;
  nameVi?: string | null;
  kind: EventKind;
  startDate?: string | null;
  endDate?: string | null;
}

export interface RelationModel extends Cited, Evidenced, Claimed {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** True when `to` is an Event (SET_UP_FOR). */
  toEvent?: boolean | null;
  note?: string | null;
}

export interface SourceModel {
  id: string;
  file?: string | null;
  title: string;
  date?: string | null;
  dateNote?: string | null;
  publisher?: string | null;
  url?: string | null;
}

export interface CitationModel {
  source?: string;
  quote?: string;
  note?: string;
}

export interface ChainStepModel {
  depth: number;
  unit: UnitModel;
  up: RelationModel | null;
  asOf: string;
  /** The chain's minimum basis: its leaders are read at least this strong. */
  minBasis: Basis;
  /** True when `up` has a competing claim on the chain's date. */
  disputed: boolean;
}

export interface ChainPathModel {
  steps: ChainStepModel[];
}

export interface ChainModel {
  unit: UnitModel;
  asOf: string;
  lines: ChainLine[];
  paths: ChainPathModel[];
  truncated: boolean;
  /** The lines of the chain that have a competing claim on its date. */
  disputes: RelationModel[];
}

/** A Cytoscape node's data as find-elements.cypher returns it, with the unit's evidence and the date read on. */
export interface GraphNodeDataModel extends Evidenced {
  id: string;
  label: string;
  labelVi?: string | null;
  kind: UnitKind;
  childCount: number;
  synthetic: boolean;
}

/** A Cytoscape edge's data as find-elements.cypher returns it, with the relation's evidence and the date read on. */
export interface GraphEdgeDataModel extends Evidenced {
  id: string;
  source: string;
  target: string;
  type: RelationType;
}

export interface UnitPathModel {
  units: UnitModel[];
  relations: RelationModel[];
}

/** The citations of a record, parsed from their stored JSON text (an empty list when absent). */
export function parseCitations(record: Cited): CitationModel[] {
  if (!record.citations) return [];
  const parsed: unknown = JSON.parse(record.citations);
  return Array.isArray(parsed) ? (parsed as CitationModel[]) : [];
}

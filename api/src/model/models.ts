/**
 * The shapes resolvers pass around: rows as the Cypher queries return them (dates as ISO text,
 * `citations` still the stored JSON string). graphql-codegen maps the SDL's types onto these.
 */
import type { RelationType, UnitKind, EventKind, ChainLine } from './generated/schema-types';

interface Cited {
  /** JSON text of `[{ source, quote } | { note }]`, as stored. */
  citations?: string | null;
  synthetic?: boolean | null;
}

/** The stored properties a UnitModel carries (the Unit fields that are plain properties); id and name first. */
export const UNIT_PROPERTIES = ['id', 'name', 'nameVi', 'abbreviation', 'kind', 'jurisdiction', 'validFrom', 'validTo', 'citations', 'synthetic'] as const;
export type UnitProperty = (typeof UNIT_PROPERTIES)[number];

export interface UnitModel extends Cited {
  id: string;
  name: string;
  nameVi?: string | null;
  abbreviation?: string | null;
  kind: UnitKind;
  jurisdiction?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
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

export interface HoldingModel extends Cited {
  id: string;
  personId: string;
  postId: string;
  rank?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface EventModel extends Cited {
  id: string;
  name: string;
  nameVi?: string | null;
  kind: EventKind;
  startDate?: string | null;
  endDate?: string | null;
}

export interface RelationModel extends Cited {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** True when `to` is an Event (SET_UP_FOR). */
  toEvent?: boolean | null;
  validFrom?: string | null;
  validTo?: string | null;
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

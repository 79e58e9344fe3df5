/**
 * The shapes of the history fields' entries (Unit.history, Post.succession), as domain/unit-history.ts
 * and domain/succession.ts make them; graphql-codegen maps the SDL's entry types onto these.
 */
import type { HistoryKind, SuccessionKind } from './generated/schema-types';
import type { CitationModel, HoldingModel, RelationModel } from './models';

/** A value of a unit's field before and after an update (SDL `FieldChange`). */
export interface FieldChangeModel {
  field: string;
  before: string | null;
  after: string | null;
}

/** One entry of a unit's history (SDL `HistoryEntry`); `unitId`/`unitIds` name the other units. */
export interface HistoryEntryModel {
  kind: HistoryKind;
  on: string | null;
  onText: string | null;
  from: string | null;
  until: string | null;
  firstAttested: string | null;
  lastAttested: string | null;
  unitId: string | null;
  unitIds: string[];
  relation: RelationModel | null;
  holding: HoldingModel | null;
  changes: FieldChangeModel[];
  citations: CitationModel[];
}

/** One entry of a post's succession (SDL `SuccessionEntry`). */
export interface SuccessionEntryModel {
  kind: SuccessionKind;
  from: string | null;
  until: string | null;
  holding: HoldingModel | null;
  holdings: HoldingModel[];
  certain: boolean;
}

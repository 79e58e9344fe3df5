/**
 * What a unit change writes onto the unit: the stored properties of a new unit, the new values of an
 * updated one (with its recomputed search text and citations), and the values they replace.
 */
import type { CreateUnitInput, UpdateUnitInput } from '../model/generated/schema-types';
import type { UnitModel } from '../model/models';
import { addCitation, checkNewId, checkText, citedProps, definedEntries, type Change } from './change-input';
import { unitSearchText } from './fold-diacritics';
import { Refusal } from './refusal';

/** The stored properties of a new unit; dates are YYYY-MM-DD texts (db/unit-store.ts sends them as DATEs). */
export type NewUnitProps = { id: string; validFrom: string; validTo: null } & Record<string, unknown>;

/** Checks the fields of a new unit and returns its stored properties. @throws InputProblem */
export function newUnitProps(input: Omit<CreateUnitInput, 'parentId'>, change: Change, argument = 'input'): NewUnitProps {
  const u = {
    id: checkNewId(input.id, `${argument}.id`),
    name: checkText(input.name, `${argument}.name`, { required: true })!,
    nameVi: checkText(input.nameVi, `${argument}.nameVi`),
    abbreviation: checkText(input.abbreviation, `${argument}.abbreviation`),
    kind: input.kind,
    jurisdiction: checkText(input.jurisdiction, `${argument}.jurisdiction`),
  };
  return { ...u, searchText: unitSearchText(u), validFrom: change.iso, validTo: null, ...change.cited };
}

const UNIT_FIELDS = ['name', 'nameVi', 'abbreviation', 'kind', 'jurisdiction'] as const;

/**
 * The properties an update of `unit` writes (only the fields given; null clears an optional one)
 * and the old values of those fields, for the audit.
 * @throws Refusal BAD_USER_INPUT when `kind` is cleared; InputProblem for a bad text
 */
export function unitUpdate(unit: UnitModel, input: UpdateUnitInput, change: Change): { props: Record<string, unknown>; before: Record<string, unknown> } {
  const given = definedEntries(input);
  if (given.kind === null) throw Refusal.badInput('input.kind cannot be cleared; give a UnitKind.', 'input.kind');
  const texts = {
    ...('name' in given ? { name: checkText(given.name, 'input.name', { required: true })! } : {}),
    ...Object.fromEntries((['nameVi', 'abbreviation', 'jurisdiction'] as const).filter((k) => k in given).map((k) => [k, checkText(given[k], `input.${k}`)])),
  };
  const changed = { ...texts, ...(given.kind ? { kind: given.kind } : {}) };
  const before = Object.fromEntries(UNIT_FIELDS.filter((k) => k in changed).map((k) => [k, unit[k] ?? null]));
  const props = { ...changed, searchText: unitSearchText({ ...unit, ...changed }), ...citedProps(addCitation(unit.citations, change.citation)) };
  return { props, before };
}

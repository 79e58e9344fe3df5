/** Mutations of units: create, update, move, dissolve, merge and split (steps in mutation-unit-ops.ts). */
import { cypher } from '../../db/queries';
import { addCitation, checkNewId, checkText, citedProps, definedEntries } from '../../domain/change-input';
import { unitSearchText } from '../../domain/fold-diacritics';
import { badInput } from '../../errors';
import type { MutationResolvers } from '../generated/resolvers-types';
import type { UnitModel } from '../../model/models';
import { createUnitTx, dissolveTx, lockLiveUnit, newUnitProps, openChildren, parentOn, putUnder } from './mutation-unit-ops';
import { checked, conflict, run, runChange } from './mutation-tx';

const updateUnit = cypher<{ id: string; props: Record<string, unknown> }, { unit: UnitModel }>('mutations/update-unit');
const UNIT_FIELDS = ['name', 'nameVi', 'abbreviation', 'kind', 'jurisdiction'] as const;

export const UnitMutations: Pick<MutationResolvers, 'createUnit' | 'updateUnit' | 'moveUnit' | 'dissolveUnit' | 'mergeUnits' | 'splitUnit'> = {
  createUnit: (_, args, ctx) => runChange(ctx, 'createUnit', 'editor', args, async (tx, change) => {
    const unit = await createUnitTx(tx, newUnitProps(args.input, change), args.input.parentId, change);
    return { result: unit, targetIds: [unit.id, ...(args.input.parentId ? [args.input.parentId] : [])] };
  }),

  updateUnit: (_, args, ctx) => runChange(ctx, 'updateUnit', 'editor', args, async (tx, change) => {
    const unit = await lockLiveUnit(tx, args.id, 'id', change);
    const given = definedEntries(args.input);
    if (given.kind === null) throw badInput('input.kind cannot be cleared; give a UnitKind.', 'input.kind');
    const texts = checked(() => ({
      ...('name' in given ? { name: checkText(given.name, 'input.name', { required: true })! } : {}),
      ...Object.fromEntries((['nameVi', 'abbreviation', 'jurisdiction'] as const).filter((k) => k in given).map((k) => [k, checkText(given[k], `input.${k}`)])),
    }));
    const changed = { ...texts, ...(given.kind ? { kind: given.kind } : {}) };
    const merged = { ...unit, ...changed };
    const before = Object.fromEntries(UNIT_FIELDS.filter((k) => k in changed).map((k) => [k, unit[k] ?? null]));
    const props = { ...changed, searchText: unitSearchText(merged), ...citedProps(addCitation(unit.citations, change.citation)) };
    const [row] = await run(tx, updateUnit, { id: args.id, props });
    return { result: row!.unit, targetIds: [args.id], before };
  }),

  moveUnit: (_, args, ctx) => runChange(ctx, 'moveUnit', 'editor', args, async (tx, change) => {
    await lockLiveUnit(tx, args.unitId, 'unitId', change);
    await lockLiveUnit(tx, args.newParentId, 'newParentId', change);
    const before = { parentId: await parentOn(tx, args.unitId, change) };
    const unit = await putUnder(tx, args.unitId, args.newParentId, change);
    return { result: unit, targetIds: [args.unitId, args.newParentId, ...(before.parentId ? [before.parentId] : [])], before };
  }),

  dissolveUnit: (_, args, ctx) => runChange(ctx, 'dissolveUnit', 'admin', args, async (tx, change) => {
    const { unit, touched } = await dissolveTx(tx, args.id, change);
    return { result: unit, targetIds: touched };
  }),

  mergeUnits: (_, args, ctx) => runChange(ctx, 'mergeUnits', 'admin', args, async (tx, change) => {
    const ids = [...new Set(args.unitIds)];
    if (ids.length === 0 || ids.length > 100) throw badInput('unitIds must name 1 to 100 units to merge.', 'unitIds');
    if (ids.includes(args.into.id)) throw badInput(`into.id '${args.into.id}' is also in unitIds: the successor cannot be merged into itself.`, 'into.id');
    for (const id of ids) await lockLiveUnit(tx, id, 'unitIds', change);
    const { id: targetId, parentId, ...fields } = args.into;
    const existing = Object.values(fields).every((v) => v == null);
    if (existing) {
      await lockLiveUnit(tx, targetId, 'into.id', change);
    } else {
      if (!fields.name || !fields.kind) throw badInput('A new successor needs into.name and into.kind (give only into.id to merge into an existing unit).', 'into');
      const parent = parentId ?? (await parentOn(tx, ids[0]!, change));
      await createUnitTx(tx, newUnitProps({ ...fields, id: targetId, name: fields.name, kind: fields.kind }, change, 'into'), parent, change);
    }
    const touched = [targetId];
    for (const id of ids) {
      for (const child of await openChildren(tx, id, change)) {
        await putUnder(tx, child, targetId, change);
        touched.push(child);
      }
      touched.push(...(await dissolveTx(tx, id, change, 'unitIds')).touched);
    }
    const [row] = await run(tx, updateUnit, { id: targetId, props: {} });
    return { result: row!.unit, targetIds: touched };
  }),

  splitUnit: (_, args, ctx) => runChange(ctx, 'splitUnit', 'admin', args, async (tx, change) => {
    if (args.into.length < 1 || args.into.length > 100) throw badInput('into must list 1 to 100 new units.', 'into');
    const newIds = args.into.map((u, i) => checked(() => checkNewId(u.id, `into[${i}].id`)));
    if (new Set(newIds).size !== newIds.length || newIds.includes(args.id)) throw badInput('into ids must be different from each other and from id.', 'into');
    await lockLiveUnit(tx, args.id, 'id', change);
    const children = await openChildren(tx, args.id, change);
    const assignments = new Map((args.assignments ?? []).map((a) => [a.childId, a.newParentId]));
    const unassigned = children.filter((c) => !assignments.has(c));
    if (unassigned.length) throw conflict(`every unit under '${args.id}' must be assigned to a new unit; not assigned: ${unassigned.slice(0, 10).join(', ')}.`, { children: unassigned });
    for (const [child, target] of assignments) {
      if (!children.includes(child)) throw badInput(`'${child}' does not report to '${args.id}' on ${change.iso}.`, 'assignments');
      if (!newIds.includes(target)) throw badInput(`assignment of '${child}' names '${target}', not one of the new units.`, 'assignments');
    }
    const parent = await parentOn(tx, args.id, change);
    const created: UnitModel[] = [];
    for (const [i, input] of args.into.entries()) {
      created.push(await createUnitTx(tx, newUnitProps(input, change, `into[${i}]`), input.parentId ?? parent, change));
    }
    for (const [child, target] of assignments) await putUnder(tx, child, target, change);
    const { touched } = await dissolveTx(tx, args.id, change);
    return { result: created, targetIds: [...newIds, ...children, ...touched] };
  }),
};

/**
 * The history fields: Unit.history (history/find-unit-history.cypher, shaped by
 * domain/unit-history.ts), Post.succession (history/find-succession.cypher, domain/succession.ts),
 * Person.career (history/find-career.cypher), and the fields of their entries. One read per field.
 */
import { cypher } from '../../db/queries';
import { shapeCareer, shapeSuccession } from '../../domain/succession';
import type { StoredDates } from '../../domain/stored-dates';
import { HISTORY_ACTIONS, shapeUnitHistory, type UnitHistoryRead } from '../../domain/unit-history';
import type { HoldingModel } from '../../model/models';
import type { HistoryEntryResolvers, PersonResolvers, PostResolvers, UnitResolvers } from '../generated/resolvers-types';

/** Most lines (and leading holdings) of each kind one unit's history lists. */
export const MAX_HISTORY_LINES = 1000;

type StoredHolding = HoldingModel & StoredDates;

const findUnitHistory = cypher<{ id: string; maxLines: number; actions: string[] }, UnitHistoryRead>('history/find-unit-history');
const findSuccession = cypher<{ postId: string }, { holding: StoredHolding }>('history/find-succession');
const findCareer = cypher<{ personId: string }, { holding: StoredHolding }>('history/find-career');

/** Unit.history: one read of the unit's own facts and recorded changes, in time order. */
export const UnitHistory: Pick<UnitResolvers, 'history'> = {
  history: async (u, _, ctx) => {
    const [row] = await ctx.db.read(findUnitHistory, { id: u.id, maxLines: MAX_HISTORY_LINES, actions: HISTORY_ACTIONS });
    if (!row) return [];
    return shapeUnitHistory(row);
  },
};

/** Post.succession: one read of the post's holdings, with vacancies, overlaps and open spans. */
export const PostSuccession: Pick<PostResolvers, 'succession'> = {
  succession: async (p, _, ctx) => {
    const rows = await ctx.db.read(findSuccession, { postId: p.id });
    return shapeSuccession(rows.map((r) => r.holding), p.collective ?? false);
  },
};

/** Person.career: one read of the person's holdings, earliest first. */
export const PersonCareer: Pick<PersonResolvers, 'career'> = {
  career: async (p, _, ctx) => shapeCareer((await ctx.db.read(findCareer, { personId: p.id })).map((r) => r.holding)),
};

/** The fields of a HistoryEntry that name other units (loaded per request). */
export const HistoryEntry: HistoryEntryResolvers = {
  unit: (e, _, ctx) => (e.unitId ? ctx.loaders.unit.load(e.unitId) : null),
  units: async (e, _, ctx) => (await Promise.all(e.unitIds.map((id) => ctx.loaders.unit.load(id)))).filter((u) => u !== null),
};

/**
 * The unit queries of one write transaction (queries/mutations/*.cypher), as the unit use cases
 * (domain/unit-use-cases.ts) want them: days in and out as YYYY-MM-DD text, plain rows.
 */
import type { NewLineProps, UnitStore } from '../domain/unit-use-cases';
import type { OpenLine } from '../domain/date-conflicts';
import type { NewUnitProps } from '../domain/unit-props';
import type { UnitModel } from '../model/models';
import { cypherDate, type CypherDate, type QueryTx } from './driver';
import { cypher } from './queries';

type Label = 'Unit' | 'Post' | 'Person';
const q = {
  lockNode: cypher<{ label: Label; id: string }, { node: Record<string, unknown> }>('mutations/lock-node'),
  lockForMove: cypher<{ unitId: string; parentId: string; date: CypherDate }, { locked: string[] }>('mutations/lock-for-move'),
  findLoop: cypher<{ unitId: string; parentId: string; date: CypherDate }, { loop: string[] | null }>('mutations/find-loop'),
  openParentLines: cypher<{ unitId: string; date: CypherDate }, OpenLine>('mutations/find-open-parent-lines'),
  openChildren: cypher<{ unitId: string; date: CypherDate }, { id: string }>('mutations/find-open-children'),
  reparent: cypher<{ unitId: string; parentId: string; date: CypherDate; rel: Record<string, unknown> }, { unit: UnitModel; ended: string[] }>('mutations/reparent-unit'),
  createUnit: cypher<{ props: Record<string, unknown> }, { unit: UnitModel }>('mutations/create-unit'),
  updateUnit: cypher<{ id: string; props: Record<string, unknown> }, { unit: UnitModel }>('mutations/update-unit'),
  succeed: cypher<{ fromId: string; toId: string; rel: Record<string, unknown> }, { id: string }>('mutations/add-succession'),
  dissolve: cypher<{ id: string; date: CypherDate; citations: string }, { unit: UnitModel; relations: string[]; holdings: string[] }>('mutations/dissolve-unit'),
};

/** The UnitStore of the write transaction `tx`. */
export function unitStore(tx: QueryTx): UnitStore {
  return {
    async lockNode<T>(label: Label, id: string) {
      const [row] = await tx.run(q.lockNode, { label, id });
      return (row?.node as T | undefined) ?? null;
    },
    async lockForMove(unitId, parentId, day) {
      const [row] = await tx.run(q.lockForMove, { unitId, parentId, date: cypherDate(day) });
      return row?.locked ?? [];
    },
    async findPathUp(unitId, parentId, day) {
      const [row] = await tx.run(q.findLoop, { unitId, parentId, date: cypherDate(day) });
      return row?.loop ?? null;
    },
    openParentLines: (unitId, day) => tx.run(q.openParentLines, { unitId, date: cypherDate(day) }),
    async openChildren(unitId, day) {
      return (await tx.run(q.openChildren, { unitId, date: cypherDate(day) })).map((r) => r.id);
    },
    async reparent(unitId, parentId, line: NewLineProps) {
      const date = cypherDate(line.validFrom);
      const [row] = await tx.run(q.reparent, { unitId, parentId, date, rel: { ...line, validFrom: date } });
      return row!.unit;
    },
    async createUnit(props: NewUnitProps) {
      const [row] = await tx.run(q.createUnit, { props: { ...props, validFrom: cypherDate(props.validFrom) } });
      return row!.unit;
    },
    async updateUnit(id, props) {
      const [row] = await tx.run(q.updateUnit, { id, props });
      return row!.unit;
    },
    async succeed(fromId, toId, line: NewLineProps) {
      await tx.run(q.succeed, { fromId, toId, rel: { ...line, validFrom: cypherDate(line.validFrom) } });
    },
    async dissolve(id, day, citations) {
      const [row] = await tx.run(q.dissolve, { id, date: cypherDate(day), citations });
      return row!;
    },
  };
}

/**
 * The line queries of one write transaction (queries/mutations/*-relation.cypher, *-line*.cypher),
 * as the line use cases (domain/line-use-cases.ts) want them: days as YYYY-MM-DD text, plain rows.
 */
import { randomUUID } from 'node:crypto';
import type { LineStore, NewRelationProps } from '../domain/line-use-cases';
import type { RelationModel } from '../model/models';
import { cypherDate, type CypherDate, type QueryTx } from './driver';
import { cypher } from './queries';
import { unitStore } from './unit-store';

const q = {
  findOpen: cypher<{ fromId: string; toId: string; type: string; date: CypherDate }, { id: string }>('mutations/find-open-relation'),
  add: cypher<{ fromId: string; toId: string; type: string; props: Record<string, unknown> }, { relation: RelationModel }>('mutations/add-relation'),
  find: cypher<{ id: string }, { relation: RelationModel }>('mutations/find-line-by-id'),
  end: cypher<{ id: string; date: CypherDate; citations: string }, { relation: RelationModel }>('mutations/end-line'),
};

/** The LineStore of the write transaction `tx`. */
export function lineStore(tx: QueryTx): LineStore {
  return {
    lockNode: unitStore(tx).lockNode,
    async findOpenRelation(fromId, toId, type, day) {
      const [row] = await tx.run(q.findOpen, { fromId, toId, type, date: cypherDate(day) });
      return row?.id ?? null;
    },
    async addRelation(fromId, toId, type, props: NewRelationProps) {
      const stored = { id: `${type.toLowerCase()}:${randomUUID()}`, ...props, validFrom: cypherDate(props.validFrom) };
      const [row] = await tx.run(q.add, { fromId, toId, type, props: stored });
      return row!.relation;
    },
    async lockRelation(id) {
      const [row] = await tx.run(q.find, { id });
      return row?.relation ?? null;
    },
    async endRelation(id, day, citations) {
      const [row] = await tx.run(q.end, { id, date: cypherDate(day), citations });
      return row!.relation;
    },
  };
}

/**
 * The post, person and holding queries of one write transaction (queries/mutations/*.cypher), as the
 * people use cases (domain/people-use-cases.ts) want them: days as YYYY-MM-DD text, plain rows.
 */
import { randomUUID } from 'node:crypto';
import type { OpenHolding } from '../domain/date-conflicts';
import type { PeopleStore } from '../domain/people-use-cases';
import type { HoldingModel, PersonModel, PostModel } from '../model/models';
import { cypherDate, type CypherDate, type QueryTx } from './driver';
import { cypher } from './queries';
import { unitStore } from './unit-store';

type Props = Record<string, unknown>;
type PostRow = { post: Omit<PostModel, 'unitId'>; unitId: string };
type HoldingRow = { holding: Omit<HoldingModel, 'personId' | 'postId'>; personId: string; postId: string };
const q = {
  createPost: cypher<{ unitId: string; props: Props; link: Props }, PostRow>('mutations/create-post'),
  updatePost: cypher<{ id: string; props: Props }, PostRow>('mutations/update-post'),
  createPerson: cypher<{ props: Props }, { person: PersonModel }>('mutations/create-person'),
  updatePerson: cypher<{ id: string; props: Props }, { person: PersonModel }>('mutations/update-person'),
  openHoldings: cypher<{ postId: string; date: CypherDate }, OpenHolding>('mutations/find-open-holdings'),
  createHolding: cypher<{ personId: string; postId: string; props: Props }, HoldingRow>('mutations/create-holding'),
  endHolding: cypher<{ id: string; personId: string; postId: string; date: CypherDate; citations: string }, HoldingRow>('mutations/end-holding'),
};
const toPost = (r: PostRow): PostModel => ({ ...r.post, unitId: r.unitId });
const toHolding = (r: HoldingRow): HoldingModel => ({ ...r.holding, personId: r.personId, postId: r.postId });

/** The PeopleStore of the write transaction `tx`. */
export function peopleStore(tx: QueryTx): PeopleStore {
  return {
    lockNode: unitStore(tx).lockNode,
    async createPost(unitId, props, link) {
      return toPost((await tx.run(q.createPost, { unitId, props, link: { ...link, validFrom: cypherDate(link.validFrom) } }))[0]!);
    },
    async updatePost(id, props) {
      return toPost((await tx.run(q.updatePost, { id, props }))[0]!);
    },
    async createPerson(props) {
      return (await tx.run(q.createPerson, { props }))[0]!.person;
    },
    async updatePerson(id, props) {
      return (await tx.run(q.updatePerson, { id, props }))[0]!.person;
    },
    openHoldings: (postId, day) => tx.run(q.openHoldings, { postId, date: cypherDate(day) }),
    async createHolding(personId, postId, props) {
      const stored = { id: `holding:${randomUUID()}`, ...props, validFrom: cypherDate(props.validFrom), validTo: null, note: null };
      return toHolding((await tx.run(q.createHolding, { personId, postId, props: stored }))[0]!);
    },
    async endHolding(id, personId, postId, day, citations) {
      return toHolding((await tx.run(q.endHolding, { id, personId, postId, date: cypherDate(day), citations }))[0]!);
    },
  };
}

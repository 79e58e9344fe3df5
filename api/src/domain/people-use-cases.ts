/**
 * Changes to posts, persons and who holds a post (appoint, relieve), each inside one write transaction
 * given as a PeopleStore (db/people-store.ts). A post's lock makes two appointments to it queue, so the
 * one-holder rule of a post that is not collective holds under races.
 */
import type { CreatePersonInput, CreatePostInput, UpdatePersonInput, UpdatePostInput } from '../model/generated/schema-types';
import type { HoldingModel, PersonModel, PostModel } from '../model/models';
import { addCitation, checkNewId, checkText, citedProps, definedEntries, NEW_CLAIM, type Change, type Outcome } from './change-input';
import { checkAppointment, checkNotCollective, holdingToEnd, type OpenHolding } from './date-conflicts';
import { Refusal } from './refusal';
import { lockLiveUnit, type UnitStore } from './unit-use-cases';

type Props = Record<string, unknown>;

/** The reads and writes post and person changes need, inside one write transaction; days are YYYY-MM-DD. */
export interface PeopleStore extends Pick<UnitStore, 'lockNode'> {
  /** Creates the post (`props`) of the unit, linked from `validFrom` with the change's citation. */
  createPost(unitId: string, props: Props, link: { id: string; validFrom: string } & Change['cited']): Promise<PostModel>;
  updatePost(id: string, props: Props): Promise<PostModel>;
  createPerson(props: Props): Promise<PersonModel>;
  updatePerson(id: string, props: Props): Promise<PersonModel>;
  /** The post's holdings that hold on `day` or start after it. */
  openHoldings(postId: string, day: string): Promise<OpenHolding[]>;
  /** Creates a holding with a new id; `props.validFrom` is YYYY-MM-DD. */
  createHolding(personId: string, postId: string, props: { rank: string | null; validFrom: string } & Change['cited']): Promise<HoldingModel>;
  endHolding(id: string, personId: string, postId: string, day: string, citations: string): Promise<HoldingModel>;
}

// The checked texts among `keys` present in `given`; `required` ones may not be cleared.
function texts(given: Props, keys: string[], required: string[]): Props {
  return Object.fromEntries(keys.filter((k) => k in given).map((k) => [k, checkText(given[k] as string | null, `input.${k}`, { required: required.includes(k) })]));
}

// The old values of the keys of `changed`, for the audit.
const valuesBefore = (record: object, changed: Props): Props => Object.fromEntries(Object.keys(changed).map((k) => [k, (record as Props)[k] ?? null]));

async function requireNode<T>(store: PeopleStore, label: 'Post' | 'Person', id: string, argument: string): Promise<T> {
  const node = await store.lockNode<T>(label, id);
  if (!node) throw Refusal.notFound(`${label.toLowerCase()} '${id}' (${argument}) not found.`);
  return node;
}

/** createPost: a new post of a live unit. @throws Refusal CONFLICT when the id is taken */
export async function createPost(store: PeopleStore, input: CreatePostInput, change: Change): Promise<Outcome<PostModel>> {
  const id = checkNewId(input.id, 'input.id');
  await lockLiveUnit(store, input.unitId, 'input.unitId', change);
  if (await store.lockNode('Post', id)) throw Refusal.conflict(`post id '${id}' is already in use; choose another id.`);
  const props = { id, ...texts(input, ['title', 'titleVi'], ['title']), leads: input.leads ?? false, collective: input.collective ?? false, ...change.cited };
  const post = await store.createPost(input.unitId, props, { id: `post-of:${id}`, validFrom: change.iso, ...change.cited });
  return { result: post, targetIds: [id, input.unitId] };
}

/** updatePost: new values for some fields. @throws Refusal CONFLICT when made not collective while several hold it */
export async function updatePost(store: PeopleStore, id: string, input: UpdatePostInput, change: Change): Promise<Outcome<PostModel>> {
  const post = await requireNode<PostModel>(store, 'Post', id, 'id');
  const given = definedEntries(input);
  if (given.leads === null || given.collective === null) throw Refusal.badInput('leads and collective are true or false, not null.', 'input');
  if (given.collective === false && post.collective) checkNotCollective(id, (await store.openHoldings(id, change.iso)).length, change.iso);
  const changed = { ...texts(given, ['title', 'titleVi'], ['title']), ...definedEntries({ leads: given.leads, collective: given.collective }) };
  const updated = await store.updatePost(id, { ...changed, ...citedProps(addCitation(post.citations, change.citation)) });
  return { result: updated, targetIds: [id], before: valuesBefore(post, changed) };
}

/** createPerson: a new person. @throws Refusal CONFLICT when the id is taken */
export async function createPerson(store: PeopleStore, input: CreatePersonInput, change: Change): Promise<Outcome<PersonModel>> {
  const id = checkNewId(input.id, 'input.id');
  if (await store.lockNode('Person', id)) throw Refusal.conflict(`person id '${id}' is already in use; choose another id.`);
  const person = await store.createPerson({ id, ...texts(input, ['name', 'nameVi', 'rank'], ['name']), ...change.cited });
  return { result: person, targetIds: [id] };
}

/** updatePerson: new values for some fields. */
export async function updatePerson(store: PeopleStore, id: string, input: UpdatePersonInput, change: Change): Promise<Outcome<PersonModel>> {
  const person = await requireNode<PersonModel>(store, 'Person', id, 'id');
  const changed = texts(definedEntries(input), ['name', 'nameVi', 'rank'], ['name']);
  const updated = await store.updatePerson(id, { ...changed, ...citedProps(addCitation(person.citations, change.citation)) });
  return { result: updated, targetIds: [id], before: valuesBefore(person, changed) };
}

/** appointPerson: the person holds the post from the change's day. @throws Refusal NOT_FOUND or CONFLICT */
export async function appointPerson(store: PeopleStore, personId: string, postId: string, rank: string | null | undefined, change: Change): Promise<Outcome<HoldingModel>> {
  const post = await requireNode<PostModel>(store, 'Post', postId, 'postId');
  await requireNode<PersonModel>(store, 'Person', personId, 'personId');
  checkAppointment(post, personId, await store.openHoldings(postId, change.iso), change.iso);
  const holding = await store.createHolding(personId, postId, { rank: checkText(rank, 'rank'), validFrom: change.iso, ...change.cited, ...NEW_CLAIM });
  return { result: holding, targetIds: [holding.id, personId, postId] };
}

/** relievePerson: the person's holding of the post ends on the change's day. @throws Refusal NOT_FOUND */
export async function relievePerson(store: PeopleStore, personId: string, postId: string, change: Change): Promise<Outcome<HoldingModel>> {
  await requireNode<PostModel>(store, 'Post', postId, 'postId');
  const current = holdingToEnd(postId, personId, await store.openHoldings(postId, change.iso), change.iso);
  const holding = await store.endHolding(current.id, personId, postId, change.iso, change.cited.citations);
  return { result: holding, targetIds: [current.id, personId, postId], before: { validTo: null } };
}

/** Mutations of posts and persons, and of who holds a post: appoint, relieve. */
import { randomUUID } from 'node:crypto';
import { cypher } from '../../db/queries';
import { addCitation, checkNewId, checkText, citedProps, definedEntries } from '../../domain/change-input';
import { badInput, notFound } from '../../errors';
import type { MutationResolvers } from '../generated/resolvers-types';
import type { HoldingModel, PersonModel, PostModel } from '../../model/models';
import { lockLiveUnit, lockNode } from './mutation-unit-ops';
import { checked, conflict, run, runChange, type Change } from './mutation-tx';

type DateP = Change['date'];
type Props = Record<string, unknown>;
type PostRow = { post: Omit<PostModel, 'unitId'>; unitId: string };
type HoldingRow = { holding: Omit<HoldingModel, 'personId' | 'postId'>; personId: string; postId: string };
const q = {
  createPost: cypher<{ unitId: string; props: Props; link: Props }, PostRow>('mutations/create-post'),
  updatePost: cypher<{ id: string; props: Props }, PostRow>('mutations/update-post'),
  createPerson: cypher<{ props: Props }, { person: PersonModel }>('mutations/create-person'),
  updatePerson: cypher<{ id: string; props: Props }, { person: PersonModel }>('mutations/update-person'),
  openHoldings: cypher<{ postId: string; date: DateP }, { id: string; personId: string; validFrom: string | null }>('mutations/find-open-holdings'),
  createHolding: cypher<{ personId: string; postId: string; props: Props }, HoldingRow>('mutations/create-holding'),
  endHolding: cypher<{ id: string; personId: string; postId: string; date: DateP; citations: string }, HoldingRow>('mutations/end-holding'),
};
const toPost = (r: PostRow): PostModel => ({ ...r.post, unitId: r.unitId });
const toHolding = (r: HoldingRow): HoldingModel => ({ ...r.holding, personId: r.personId, postId: r.postId });

/** The checked texts of `given` (only the keys present); `required` ones may not be cleared. */
function texts(given: Record<string, unknown>, keys: string[], required: string[]): Props {
  return checked(() => Object.fromEntries(keys.filter((k) => k in given).map((k) => [k, checkText(given[k] as string | null, `input.${k}`, { required: required.includes(k) })])));
}

async function requireNode<T>(tx: Parameters<typeof lockNode>[0], label: 'Post' | 'Person', id: string, argument: string): Promise<T> {
  const node = await lockNode<T>(tx, label, id);
  if (!node) throw notFound(`${label.toLowerCase()} '${id}' (${argument}) not found.`);
  return node;
}

export const PeopleMutations: Pick<MutationResolvers, 'createPost' | 'updatePost' | 'createPerson' | 'updatePerson' | 'appointPerson' | 'relievePerson'> = {
  createPost: (_, args, ctx) => runChange(ctx, 'createPost', 'editor', args, async (tx, change) => {
    const id = checked(() => checkNewId(args.input.id, 'input.id'));
    await lockLiveUnit(tx, args.input.unitId, 'input.unitId', change);
    if (await lockNode(tx, 'Post', id)) throw conflict(`post id '${id}' is already in use; choose another id.`);
    const props = { id, ...texts(args.input, ['title', 'titleVi'], ['title']), leads: args.input.leads ?? false, collective: args.input.collective ?? false, ...change.cited };
    const [row] = await run(tx, q.createPost, { unitId: args.input.unitId, props, link: { id: `post-of:${id}`, validFrom: change.date, ...change.cited } });
    return { result: toPost(row!), targetIds: [id, args.input.unitId] };
  }),

  updatePost: (_, args, ctx) => runChange(ctx, 'updatePost', 'editor', args, async (tx, change) => {
    const post = await requireNode<PostModel>(tx, 'Post', args.id, 'id');
    const given = definedEntries(args.input);
    if (given.leads === null || given.collective === null) throw badInput('leads and collective are true or false, not null.', 'input');
    if (given.collective === false && post.collective) {
      const open = await run(tx, q.openHoldings, { postId: args.id, date: change.date });
      if (open.length > 1) throw conflict(`post '${args.id}' has ${open.length} holders on or after ${change.iso}; relieve all but one before making it not collective.`);
    }
    const changed = { ...texts(given, ['title', 'titleVi'], ['title']), ...definedEntries({ leads: given.leads, collective: given.collective }) };
    const before = Object.fromEntries(Object.keys(changed).map((k) => [k, (post as unknown as Props)[k] ?? null]));
    const [row] = await run(tx, q.updatePost, { id: args.id, props: { ...changed, ...citedProps(addCitation(post.citations, change.citation)) } });
    return { result: toPost(row!), targetIds: [args.id], before };
  }),

  createPerson: (_, args, ctx) => runChange(ctx, 'createPerson', 'editor', args, async (tx, change) => {
    const id = checked(() => checkNewId(args.input.id, 'input.id'));
    if (await lockNode(tx, 'Person', id)) throw conflict(`person id '${id}' is already in use; choose another id.`);
    const [row] = await run(tx, q.createPerson, { props: { id, ...texts(args.input, ['name', 'nameVi', 'rank'], ['name']), ...change.cited } });
    return { result: row!.person, targetIds: [id] };
  }),

  updatePerson: (_, args, ctx) => runChange(ctx, 'updatePerson', 'editor', args, async (tx, change) => {
    const person = await requireNode<PersonModel>(tx, 'Person', args.id, 'id');
    const changed = texts(definedEntries(args.input), ['name', 'nameVi', 'rank'], ['name']);
    const before = Object.fromEntries(Object.keys(changed).map((k) => [k, (person as unknown as Props)[k] ?? null]));
    const [row] = await run(tx, q.updatePerson, { id: args.id, props: { ...changed, ...citedProps(addCitation(person.citations, change.citation)) } });
    return { result: row!.person, targetIds: [args.id], before };
  }),

  appointPerson: (_, args, ctx) => runChange(ctx, 'appointPerson', 'editor', args, async (tx, change) => {
    // The post's lock makes two appointments to one post queue, so the one-holder rule holds under races.
    const post = await requireNode<PostModel>(tx, 'Post', args.postId, 'postId');
    await requireNode<PersonModel>(tx, 'Person', args.personId, 'personId');
    const open = await run(tx, q.openHoldings, { postId: args.postId, date: change.date });
    const same = open.find((h) => h.personId === args.personId);
    if (same) throw conflict(`'${args.personId}' already holds '${args.postId}' on or after ${change.iso} (holding '${same.id}').`);
    if (open.length && !post.collective) {
      throw conflict(`post '${args.postId}' is held by '${open[0]!.personId}' on or after ${change.iso} and is not collective; relieve them first (relievePerson).`, { holders: open.map((h) => h.personId) });
    }
    const rank = checked(() => checkText(args.rank, 'rank'));
    const props = { id: `holding:${randomUUID()}`, rank, validFrom: change.date, validTo: null, note: null, ...change.cited };
    const [row] = await run(tx, q.createHolding, { personId: args.personId, postId: args.postId, props });
    return { result: toHolding(row!), targetIds: [row!.holding.id, args.personId, args.postId] };
  }),

  relievePerson: (_, args, ctx) => runChange(ctx, 'relievePerson', 'editor', args, async (tx, change) => {
    await requireNode<PostModel>(tx, 'Post', args.postId, 'postId');
    const open = (await run(tx, q.openHoldings, { postId: args.postId, date: change.date })).filter((h) => h.personId === args.personId);
    const current = open.find((h) => !h.validFrom || h.validFrom < change.iso);
    if (!current) throw notFound(`'${args.personId}' does not hold '${args.postId}' before ${change.iso}; see Post.holders(asOf: ...).`);
    const [row] = await run(tx, q.endHolding, { id: current.id, personId: args.personId, postId: args.postId, date: change.date, citations: change.cited.citations });
    return { result: toHolding(row!), targetIds: [current.id, args.personId, args.postId], before: { validTo: null } };
  }),
};

/**
 * The first fetch of a view. Without state in the URL: the root and two levels under it, in one
 * request. With state (a copied link): the units named and the children of the expanded ones, in one
 * request, then the chain of the selected unit when it is on (or when the selected unit is not
 * reachable otherwise, to bring it into view).
 */
import { fetchChain, fetchSubtree, fetchUnitsAndChildren } from './api/operations';
import { ApiError } from './api/graphql-client';
import { ViewModel } from './graph/view-model';
import type { UrlState } from './ui/url-state';

/**
 * Fills `model` for `state`.
 * @returns how many elements the view will draw.
 * @throws ApiError when the API fails, or NOT_FOUND when the root unit does not exist.
 */
export async function loadInitialView(model: ViewModel, state: UrlState): Promise<number> {
  if (state.expanded === null) {
    const tree = await fetchSubtree(state.root, 2, state.date);
    if (!tree.root) throw new ApiError(`There is no unit '${state.root}' to start from; remove root= from the address.`, 'GRAPHQL', 'NOT_FOUND');
    model.putUnits([tree.root]);
    const byParent = new Map<string, string[]>();
    for (const { unit, parentId } of tree.units) {
      model.putUnits([unit]);
      model.parentHint.set(unit.id, parentId);
      byParent.set(parentId, [...(byParent.get(parentId) ?? []), unit.id]);
    }
    model.childrenOf.set(state.root, byParent.get(state.root) ?? []);
    model.expanded.add(state.root);
    for (const id of byParent.get(state.root) ?? []) {
      if (!model.units.get(id)?.childCount) continue;
      model.childrenOf.set(id, byParent.get(id) ?? []);
      model.expanded.add(id);
    }
  } else {
    for (const id of state.shown) model.revealed.add(id);
    const unitIds = [...new Set([state.root, ...state.shown, ...state.expanded, ...(state.selected ? [state.selected] : [])])];
    const { units, children } = await fetchUnitsAndChildren(unitIds, state.expanded, state.date);
    if (!units.has(state.root)) throw new ApiError(`There is no unit '${state.root}' to start from; remove root= from the address.`, 'GRAPHQL', 'NOT_FOUND');
    model.putUnits(units.values());
    for (const [parent, page] of children) model.putChildren(parent, page.units);
  }
  const sel = model.selected;
  if (sel && !model.units.has(sel) && state.expanded === null) {
    const { units } = await fetchUnitsAndChildren([sel], [], state.date);
    model.putUnits(units.values());
  }
  if (sel && !model.units.has(sel)) model.selected = null;
  else if (sel && (state.chain || !model.visibleIds().has(sel))) {
    const chain = await fetchChain(sel, state.date);
    model.putChain(sel, chain);
    if (!state.chain) model.chain = null;
  }
  return model.elementCount();
}

/** A view fetched before the page's code was all loaded. */
export interface Prefetched {
  model: ViewModel;
  total: number;
}

/** Starts fetching the view of `state` into a new model. @throws as loadInitialView does. */
export async function prefetchView(state: UrlState): Promise<Prefetched> {
  const model = new ViewModel(state.root);
  model.asOf = state.date;
  model.selected = state.selected;
  return { model, total: await loadInitialView(model, state) };
}

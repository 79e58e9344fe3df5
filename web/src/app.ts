/**
 * The page's controller: every user action (expand, select, chain, search, date, filters, export)
 * goes through here, changes the view model, fetches only what the view needs, redraws through
 * sync-graph, and writes the state into the URL. Failures go to the error banner with a Retry that
 * repeats the action. Longer than most files because it is the one place actions meet; the drawing,
 * fetching and widgets it calls live in graph/, api/ and ui/.
 */
import type { NodeSingular } from 'cytoscape';
import { ApiError, isAbort } from './api/graphql-client';
import { ALIAS_BATCH, fetchChain, fetchChildren, fetchRelations, fetchUnitsAndChildren } from './api/operations';
import { SingleFlight } from './api/single-flight';
import { GraphCanvas } from './graph/create-graph';
import { elkReadyAt } from './graph/elk-layout';
import type { DrawnRelation } from './graph/kinds';
import { applyPositions, chooseLayout, layoutPositions } from './graph/layouts';
import { applyClasses, syncGraph } from './graph/sync-graph';
import { ViewModel } from './graph/view-model';
import { bringIntoView, fitTo, flash, frameView } from './graph/viewport';
import { prefetchView, type Prefetched } from './load-view';
import type { Shell } from './shell';
import { download, exportView, type ExportFile, type ExportFormat } from './ui/export-view';
import { keepInView } from './ui/graph-keyboard';
import { confirmLargeView, setBusy } from './ui/notices';
import { PanelLoader } from './ui/panel-loader';
import { saveUrlState, type UrlState } from './ui/url-state';

/** Relations requests sent at once while filling in the lines of a view. */
const RELATION_ROUND = 2;

/** Elements drawn without asking first. */
export const DEFAULT_WARN_AT = 2500;

/** Figures the benchmark reads through the test hook. */
export interface Metrics {
  /** Milliseconds from navigation start to the first graph drawn. */
  firstDrawMs: number | null;
  /** Milliseconds of the last expansion, from the request to the frame drawn. */
  lastExpandMs: number | null;
  /** Milliseconds from navigation start to the ELK worker's first answer. */
  elkReadyMs: number | null;
  /** Milliseconds the last full layout took, and which. */
  lastLayout: { kind: 'elk' | 'tree'; ms: number } | null;
}

/** The page. */
export class App {
  model: ViewModel;
  hidden = new Set<DrawnRelation>();
  chainOn = false;
  warnAt = DEFAULT_WARN_AT;
  pending = 0;
  lastExport: ExportFile | null = null;
  readonly metrics: Metrics = { firstDrawMs: null, lastExpandMs: null, elkReadyMs: null, lastLayout: null };
  private readonly relations = new SingleFlight(() => this.fetchMissingRelations());
  private readonly panelLoader: PanelLoader;
  private chainCtl: AbortController | null = null;

  constructor(readonly shell: Shell, readonly graph: GraphCanvas, state: UrlState) {
    this.panelLoader = new PanelLoader(shell.panel, {
      toggleExpand: (u) => void this.toggle(u),
      toggleChain: (u) => void this.toggleChain(u),
      reveal: (u) => void this.reveal(u),
    });
    this.model = new ViewModel(state.root);
    this.applyState(state);
  }

  private applyState(s: UrlState): void {
    this.model = new ViewModel(s.root);
    this.model.asOf = s.date;
    this.model.selected = s.selected;
    this.hidden = new Set(s.hidden);
    this.chainOn = s.chain && !!s.selected;
    this.warnAt = s.warnAt ?? DEFAULT_WARN_AT;
    this.shell.filters.set(this.hidden);
    this.shell.dateInput.value = s.date ?? '';
  }

  /** The state to write into the URL. */
  urlState(): UrlState {
    const visible = this.model.visibleIds();
    return {
      root: this.model.rootId,
      selected: this.model.selected,
      expanded: [...this.model.expanded].filter((id) => visible.has(id)),
      shown: [...this.model.revealed].filter((id) => id !== this.model.rootId && visible.has(id)),
      date: this.model.asOf,
      hidden: [...this.hidden],
      chain: this.chainOn,
      warnAt: this.warnAt === DEFAULT_WARN_AT ? null : this.warnAt,
    };
  }

  /** Runs an action with the busy indicator; a failure shows in the banner with a Retry of it. */
  async run<T>(label: string, task: () => Promise<T>): Promise<T | undefined> {
    this.pending++;
    setBusy(this.shell.busy, true, `${label}…`);
    try {
      return await task();
    } catch (err) {
      if (isAbort(err)) return undefined;
      const msg = err instanceof ApiError ? err.message : `Something went wrong: ${(err as Error).message}`;
      this.shell.banner.show(`${label} failed. ${msg}`, () => void this.run(label, task));
      console.error(err);
      return undefined;
    } finally {
      this.pending--;
      if (this.pending === 0) setBusy(this.shell.busy, false);
    }
  }

  /**
   * Opens the view the URL describes (the top of the structure when it describes none). `prefetched`
   * is that view's fetch, started before the page's code was loaded; a retry fetches again.
   */
  async open(state: UrlState, prefetched?: Promise<Prefetched>): Promise<void> {
    this.applyState(state);
    let early = prefetched;
    await this.run('Loading the structure', async () => {
      const pending = early ?? prefetchView(state);
      early = undefined; // a retry fetches again
      const { model, total } = await pending;
      this.model = model;
      if (total > this.warnAt && !(await confirmLargeView(this.shell.dialog, total, this.warnAt))) {
        return this.open({ ...state, expanded: null, shown: [], selected: null, chain: false });
      }
      this.shell.banner.hide();
      this.graph.fitRenderer(total);
      this.graph.cy.elements().remove();
      syncGraph(this.graph.cy, { model, hidden: this.hidden, place: false });
      // The opening view is a pure tree (the lines across it come after): the compact tree draws it at
      // once, where ELK's worker would still be starting. A copied link may hold dual lines: ELK.
      this.showPanel();
      await this.fullLayout({ fit: true, animate: false, kind: state.expanded === null ? 'tree' : undefined });
      await nextFrame();
      this.metrics.firstDrawMs ??= performance.now();
      this.afterChange();
      void this.fillRelations();
      if (model.selected) void this.showDetails(model.selected);
      else this.panelLoader.message('Select a unit to see who leads it and the sources.');
    });
  }

  /** Lays the whole view out again (ELK layered, or the compact tree when large). */
  async fullLayout({ fit, animate, kind: asked }: { fit: boolean; animate: boolean; kind?: 'elk' | 'tree' }): Promise<void> {
    const cy = this.graph.cy;
    const kind = asked ?? chooseLayout(cy, this.model);
    const t0 = performance.now();
    let pos;
    try {
      pos = await layoutPositions(cy, this.model, kind);
    } catch (err) {
      console.warn('ELK failed; using the compact tree', err);
      pos = await layoutPositions(cy, this.model, 'tree');
    }
    await applyPositions(cy, pos, animate);
    this.metrics.lastLayout = { kind, ms: performance.now() - t0 };
    this.metrics.elkReadyMs = elkReadyAt;
    if (fit) this.frame();
  }

  /** Fits the view (or shows its top at a readable zoom). */
  frame(): void {
    frameView(this.graph.cy, this.model.rootId);
  }

  /** Redraws after the model changed: new units placed, nothing else moved; then fetches their relations. */
  redraw(): void {
    this.graph.fitRenderer(this.model.elementCount());
    syncGraph(this.graph.cy, { model: this.model, hidden: this.hidden, place: true });
    this.afterChange();
    void this.fillRelations();
  }

  /** Fetches the relations of the units on show that lack them, and draws the lines they add. */
  fillRelations(): Promise<void> {
    return this.relations.trigger();
  }

  // One round of the relations fill: a few batches at once; the tree is redrawn when all are in.
  private async fetchMissingRelations(): Promise<boolean> {
    const model = this.model;
    const missing = model.missingRelations(model.visibleIds());
    if (!missing.length) {
      this.afterChange();
      return false;
    }
    const round = missing.slice(0, ALIAS_BATCH * RELATION_ROUND);
    const done = await this.run('Loading the lines between units', async () => {
      const parts = Array.from({ length: Math.ceil(round.length / ALIAS_BATCH) }, (_, i) => round.slice(i * ALIAS_BATCH, (i + 1) * ALIAS_BATCH));
      const results = await Promise.all(parts.map((ids) => fetchRelations(ids, model.asOf)));
      if (model !== this.model) return false;
      const byUnit = new Map(results.flatMap((m) => [...m]));
      // A unit the API no longer returns keeps no relation: mark it fetched, with none.
      for (const id of round) if (!byUnit.has(id)) byUnit.set(id, []);
      model.putRelations(byUnit);
      this.graph.fitRenderer(model.elementCount());
      syncGraph(this.graph.cy, { model, hidden: this.hidden, place: true });
      return true;
    });
    return done === true;
  }

  // The side panel takes room only while a unit is selected: the canvas gets it back otherwise.
  private showPanel(): void {
    const layout = document.querySelector('.layout');
    const want = !!this.model.selected;
    if (!layout || layout.classList.contains('has-selection') === want) return;
    layout.classList.toggle('has-selection', want);
    this.graph.cy.resize();
  }

  private afterChange(): void {
    this.showPanel();
    const visible = this.model.visibleIds();
    this.shell.tree.render(this.model, visible);
    this.shell.filters.setWebgl(this.graph.webgl);
    saveUrlState(this.urlState());
  }

  /** Expands a collapsed unit, collapses an expanded one. */
  async toggle(id: string): Promise<void> {
    if (this.model.expanded.has(id)) this.collapse(id);
    else await this.expand(id);
  }

  /** Fetches and shows the units under `id`, placed under it; asks first when the view gets large. */
  async expand(id: string): Promise<void> {
    const u = this.model.units.get(id);
    if (!u || u.childCount === 0 || this.model.expanded.has(id)) return;
    const estimate = this.graph.cy.elements().length + u.childCount * 2;
    if (estimate > this.warnAt && !(await confirmLargeView(this.shell.dialog, estimate, this.warnAt))) return;
    await this.run(`Expanding ${u.name}`, async () => {
      const t0 = performance.now();
      const pages = await fetchChildren([id], this.model.asOf);
      this.model.putChildren(id, pages.get(id)?.units ?? []);
      this.redraw();
      bringIntoView(this.graph.cy, [id, ...(this.model.childrenOf.get(id) ?? [])]);
      await nextFrame();
      this.metrics.lastExpandMs = performance.now() - t0;
      if (this.model.selected === id) void this.showDetails(id);
    });
  }

  /** Hides what is under `id`. */
  collapse(id: string): void {
    this.model.collapse(id);
    if (!this.model.chain) this.chainOn = false;
    this.redraw();
    if (this.model.selected) void this.showDetails(this.model.selected);
  }

  /** Selects a unit: highlights it, fills the side panel, follows with the chain when it is on. */
  async select(id: string): Promise<void> {
    if (!this.model.units.has(id)) return;
    this.model.selected = id;
    if (this.chainOn && this.model.chain?.unitId !== id) await this.loadChain(id);
    applyClasses(this.graph.cy, this.model, this.hidden);
    this.afterChange();
    void this.showDetails(id);
  }

  /** A click on a unit: selects it; a click on the selected unit expands or collapses it. */
  async tapNode(id: string): Promise<void> {
    const u = this.model.units.get(id);
    if (this.model.selected === id || (u && u.childCount > 0 && !this.model.expanded.has(id))) {
      if (this.model.selected !== id) await this.select(id);
      await this.toggle(id);
    } else {
      await this.select(id);
    }
  }

  /** Shows or hides the chain of responsibility of `id`. */
  async toggleChain(id: string): Promise<void> {
    if (this.chainOn && this.model.chain?.unitId === id) {
      this.chainOn = false;
      this.model.chain = null;
      applyClasses(this.graph.cy, this.model, this.hidden);
      this.afterChange();
      void this.showDetails(id);
      return;
    }
    this.chainOn = true;
    this.model.selected = id;
    await this.loadChain(id);
    this.redraw();
    fitTo(this.graph.cy, this.chainIds());
    void this.showDetails(id);
  }

  private async loadChain(id: string): Promise<void> {
    this.chainCtl?.abort();
    const ctl = new AbortController();
    this.chainCtl = ctl;
    await this.run('Finding the chain of responsibility', async () => {
      const chain = await fetchChain(id, this.model.asOf, { signal: ctl.signal });
      if (ctl.signal.aborted) return;
      this.model.putChain(id, chain);
      this.redraw();
    });
  }

  private chainIds(): string[] {
    return [...(this.model.chain?.nodeIds ?? [])];
  }

  /** Brings a unit into view with its chain (a search result): selects it and shows the chain. */
  async choose(id: string): Promise<void> {
    this.chainOn = true;
    this.model.selected = id;
    this.model.chain = null;
    await this.loadChain(id);
    if (!this.model.units.has(id)) return;
    this.redraw();
    fitTo(this.graph.cy, this.chainIds());
    flash(this.graph.cy, id);
    void this.showDetails(id);
  }

  /** Shows a unit named in the side panel (adds it to the view if needed) and selects it. */
  async reveal(id: string): Promise<void> {
    if (!this.graph.cy.getElementById(id).nonempty()) {
      const ok = await this.run('Adding the unit', async () => {
        const { units } = await fetchUnitsAndChildren([id], [], this.model.asOf);
        this.model.putUnits(units.values());
        this.model.revealed.add(id);
        this.redraw();
        return true;
      });
      if (!ok) return;
    }
    await this.select(id);
    const node = this.graph.cy.getElementById(id) as NodeSingular;
    if (node.nonempty()) keepInView(this.graph.cy, node);
    flash(this.graph.cy, id);
  }

  /** Escape: clears the chain, then the selection. */
  clear(): void {
    if (this.chainOn || this.model.chain) {
      this.chainOn = false;
      this.model.chain = null;
    } else {
      this.model.selected = null;
    }
    applyClasses(this.graph.cy, this.model, this.hidden);
    this.afterChange();
    if (this.model.selected) void this.showDetails(this.model.selected);
    else this.panelLoader.message('Select a unit to see who leads it and the sources.');
  }

  /** Shows the structure on `date` (null: today): refetches what is on show, for that date. */
  async setDate(date: string | null): Promise<void> {
    this.model.asOf = date;
    await this.run('Loading the structure on that date', async () => {
      const m = this.model;
      const unitIds = [...new Set([...m.revealed, ...m.expanded, ...(m.selected ? [m.selected] : [])])];
      const parents = [...m.expanded];
      const { units, children } = await fetchUnitsAndChildren(unitIds, parents, date);
      const chain = this.chainOn && m.selected ? await fetchChain(m.selected, date) : null;
      m.clearFetched();
      m.expanded.clear();
      m.putUnits(units.values());
      for (const [p, page] of children) m.putChildren(p, page.units);
      m.chain = null;
      if (chain && m.selected) m.putChain(m.selected, chain);
      this.redraw();
      if (m.selected) void this.showDetails(m.selected);
    });
  }

  /** Switches a relation kind on or off. */
  setFilter(type: DrawnRelation, shown: boolean): void {
    if (shown) this.hidden.delete(type);
    else this.hidden.add(type);
    applyClasses(this.graph.cy, this.model, this.hidden);
    this.afterChange();
  }

  /** Exports the view in `format` and offers it for download. */
  async exportAs(format: ExportFormat): Promise<void> {
    await this.run('Exporting', async () => {
      const file = await exportView(this.graph.cy, format, this.model.asOf);
      this.lastExport = file;
      download(file);
    });
  }

  /** Fills the side panel for `id`. */
  showDetails(id: string): Promise<void> {
    return this.panelLoader.show(id, this.model, this.chainOn, (label, task) => this.run(label, task));
  }
}

/** Resolves after the next frame is painted. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

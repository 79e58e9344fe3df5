/**
 * Wires the widgets, the canvas and the keyboard to the controller (app.ts), installs the test hook,
 * and opens the view whose fetch main.ts already started. Loaded by main.ts as a separate chunk, so
 * Cytoscape is parsed while the first request is on its way.
 */
import { App } from './app';
import { GraphCanvas } from './graph/create-graph';
import type { Prefetched } from './load-view';
import { createShell } from './shell';
import { installTestHook } from './test-hook';
import { byId } from './ui/dom';
import { bindGraphKeyboard } from './ui/graph-keyboard';
import type { UrlState } from './ui/url-state';

/** Starts the page on `state`, whose view is being fetched by `prefetched`. */
export function boot(state: UrlState, prefetched: Promise<Prefetched>): App {
  // The widgets and the canvas call the app, which needs them first: they reach it through `app`.
  let app: App;
  const shell = createShell({
    select: (id) => void app.select(id),
    toggle: (id) => void app.toggle(id),
    chain: (id) => void app.toggleChain(id),
    clear: () => app.clear(),
    choose: (id) => void app.choose(id),
    setDate: (date) => void app.setDate(date),
    setFilter: (type, shown) => app.setFilter(type, shown),
    exportAs: (format) => void app.exportAs(format),
    tidy: () => void app.run('Laying out', () => app.fullLayout({ fit: true, animate: true })),
    reset: () => void app.open({ ...app.urlState(), expanded: null, shown: [], selected: null, chain: false }),
    zoom: (factor) => {
      const cy = app.graph.cy;
      if (factor === 'fit') cy.fit(undefined, 30);
      else cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
  });
  const container = byId('cy');
  // ?webgl=0 keeps the canvas renderer; ?webgl=1 uses WebGL even on a software rasteriser.
  const flag = new URLSearchParams(location.search).get('webgl');
  const webgl = flag === '0' ? 'off' : flag === '1' ? 'force' : 'auto';
  const graph = new GraphCanvas(container, { onNodeTap: (id) => void app.tapNode(id), onBackgroundTap: () => {} }, { webgl });
  app = new App(shell, graph, state);
  bindGraphKeyboard(container, () => app.graph.cy, () => app.model, {
    select: (id) => void app.select(id),
    toggle: (id) => void app.toggle(id),
    chain: (id) => void app.toggleChain(id),
    clear: () => app.clear(),
  }, shell.live);
  installTestHook(app);
  void app.open(state, prefetched);
  return app;
}

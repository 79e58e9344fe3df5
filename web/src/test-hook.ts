/**
 * `window.__commandGraph`: what browser tests and the benchmark read and drive. It reports what the
 * user sees (units and relations drawn, their classes, the selection, the chain, the URL state) and
 * waits until the page is idle (no request, no layout) so a test never races the page.
 */
import type { App } from './app';
import { readUrlState, type UrlState } from './ui/url-state';

/** A drawn unit, as tests see it. */
export interface HookNode {
  id: string;
  label: string;
  kind: string;
  childCount: number;
  classes: string[];
  x: number;
  y: number;
  /** True when the unit's centre is inside the viewport. */
  onScreen: boolean;
  /** The unit's centre in page coordinates (to click it). */
  px: number;
  py: number;
}

/** A drawn relation, as tests see it. */
export interface HookEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  classes: string[];
  /** False when switched off by a filter. */
  shown: boolean;
}

/** The hook's surface. */
export interface CommandGraphHook {
  app: App;
  /** Resolves when no request, layout or search is pending (checked over two frames). */
  whenIdle: () => Promise<void>;
  nodes: () => HookNode[];
  edges: () => HookEdge[];
  selected: () => string | null;
  chain: () => { unitId: string; paths: string[][] } | null;
  state: () => UrlState;
  /** The query string the page wrote into the address bar. */
  search: () => string;
  renderer: () => { large: boolean; webgl: boolean; elements: number };
  lastExport: () => { name: string; type: string; size: number; text: string | null } | null;
  banner: () => string | null;
  metrics: () => App['metrics'];
}

declare global {
  interface Window {
    __commandGraph?: CommandGraphHook;
  }
}

/** Installs the hook on `window`. */
export function installTestHook(app: App): void {
  const idle = () => app.pending === 0 && app.shell.search.pending === 0;
  window.__commandGraph = {
    app,
    whenIdle: () =>
      new Promise((resolve) => {
        let calm = 0;
        const tick = () => {
          calm = idle() ? calm + 1 : 0;
          if (calm >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    nodes: () => {
      const cy = app.graph.cy;
      const ext = cy.extent();
      const box = cy.container()!.getBoundingClientRect();
      return cy.nodes().map((n) => {
        const p = n.position();
        const r = n.renderedPosition();
        return {
          id: n.id(),
          label: n.data('label') as string,
          kind: n.data('kind') as string,
          childCount: n.data('childCount') as number,
          classes: n.classes() as unknown as string[],
          x: p.x,
          y: p.y,
          onScreen: p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2,
          px: box.left + r.x,
          py: box.top + r.y,
        };
      });
    },
    edges: () =>
      app.graph.cy.edges().map((e) => ({
        id: e.id(),
        source: e.data('source') as string,
        target: e.data('target') as string,
        type: e.data('type') as string,
        classes: e.classes() as unknown as string[],
        shown: !e.hasClass('filtered'),
      })),
    selected: () => app.model.selected,
    chain: () => (app.model.chain ? { unitId: app.model.chain.unitId, paths: app.model.chain.paths } : null),
    state: () => readUrlState(location.search),
    search: () => location.search,
    renderer: () => ({ large: app.graph.large, webgl: app.graph.webgl, elements: app.graph.cy.elements().length }),
    lastExport: () => {
      const f = app.lastExport;
      return f ? { name: f.name, type: f.type, size: f.blob.size, text: f.text ?? null } : null;
    },
    banner: () => app.shell.banner.message,
    metrics: () => app.metrics,
  };
}

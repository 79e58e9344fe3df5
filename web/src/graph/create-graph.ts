/**
 * The Cytoscape instance behind the canvas. Large views switch to Cytoscape's WebGL renderer when
 * the browser has WebGL on a GPU (else to the canvas renderer's cached-texture panning), which needs a new
 * instance: GraphCanvas rebuilds it in place, keeping elements, positions, viewport and selection.
 * WebGL draws neither taxi nor dashed edges, so a large view uses straight edges and tells line kinds
 * apart by colour and arrow shape only (the legend says so).
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { buildStyle } from './style';

/** Element counts from which a view is large (WebGL, simpler style). */
export const LARGE_VIEW_ELEMENTS = 1500;

/** What the page listens to. */
export interface GraphHandlers {
  /** A unit was clicked. */
  onNodeTap: (id: string) => void;
  /** The empty canvas was clicked. */
  onBackgroundTap: () => void;
}

/**
 * Whether this browser has WebGL worth using: a GPU, not a software rasteriser (SwiftShader, llvmpipe),
 * where the canvas renderer's cached-texture panning is faster. `force` accepts software too.
 */
export function webglAvailable(force = false): boolean {
  try {
    const c = document.createElement('canvas');
    const gl = (c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return false;
    if (force) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

/** The canvas and its Cytoscape instance (replaced when the renderer changes). */
export class GraphCanvas {
  cy: Core;
  /** True while the view is drawn in large mode. */
  large = false;
  /** True when large mode draws with WebGL. */
  webgl = false;
  private readonly canWebgl: boolean;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: GraphHandlers,
    options: { webgl?: 'auto' | 'off' | 'force' } = {},
  ) {
    const mode = options.webgl ?? 'auto';
    this.canWebgl = mode !== 'off' && webglAvailable(mode === 'force');
    this.cy = this.create(false);
  }

  /**
   * Switches between the normal and the large renderer when `elementCount` crosses the threshold.
   * @returns true when the instance was replaced.
   */
  fitRenderer(elementCount: number): boolean {
    const large = elementCount >= LARGE_VIEW_ELEMENTS;
    if (large === this.large) return false;
    const old = this.cy;
    const json = old.elements().jsons();
    const zoom = old.zoom();
    const pan = old.pan();
    old.destroy();
    this.cy = this.create(large);
    this.cy.batch(() => this.cy.add(json as never));
    this.cy.viewport({ zoom, pan });
    return true;
  }

  private create(large: boolean): Core {
    this.large = large;
    this.webgl = large && this.canWebgl;
    const renderer: Record<string, unknown> = { name: 'canvas' };
    if (this.webgl) Object.assign(renderer, { webgl: true, webglTexSize: 4096, webglBatchSize: 4096 });
    else if (large) Object.assign(renderer, { hideEdgesOnViewport: false, textureOnViewport: true });
    const cy = cytoscape({
      container: this.container,
      style: buildStyle({ large }),
      minZoom: 0.02,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: false,
      pixelRatio: large ? 1 : 'auto',
      renderer,
    } as cytoscape.CytoscapeOptions);
    cy.on('tap', 'node', (e: EventObject) => this.handlers.onNodeTap(e.target.id()));
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.handlers.onBackgroundTap();
    });
    // Selection is the page's (class `selected`), not Cytoscape's: a click goes through onNodeTap.
    cy.autounselectify(true);
    return cy;
  }
}

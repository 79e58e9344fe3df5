/**
 * Moves of the viewport only (pan and zoom, never the units): framing the opening view, bringing an
 * expansion or a chain into view, and a short highlight on a unit just brought into view.
 */
import type { Core } from 'cytoscape';
import { collectionOf } from './elements';

/** Below this zoom captions cannot be read: framing stops there and shows the top instead. */
export const READABLE_ZOOM = 0.55;

/** Fits the whole view, unless that makes captions unreadable: then shows the top at a readable zoom. */
export function frameView(cy: Core, rootId: string): void {
  cy.fit(undefined, 30);
  if (cy.zoom() >= READABLE_ZOOM) return;
  const root = cy.getElementById(rootId);
  cy.zoom(READABLE_ZOOM);
  if (root.nonempty()) cy.pan({ x: cy.width() / 2 - root.position('x') * READABLE_ZOOM, y: 60 - root.position('y') * READABLE_ZOOM });
}

/** Pans (zooming out only if it must) so that the units `ids` are on screen, when they are not. */
export function bringIntoView(cy: Core, ids: Iterable<string>): void {
  const block = collectionOf(cy, ids);
  if (block.empty()) return;
  const bb = block.boundingBox();
  const ext = cy.extent();
  if (bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2) return;
  if (bb.w <= ext.w && bb.h <= ext.h) cy.animate({ center: { eles: block }, duration: 200 });
  else cy.animate({ fit: { eles: block, padding: 30 }, duration: 200 });
}

/** Zooms to the units `ids` (a chain), with room around them, never closer than 1:1. */
export function fitTo(cy: Core, ids: Iterable<string>): void {
  const eles = collectionOf(cy, ids);
  if (eles.empty()) return;
  const bb = eles.boundingBox();
  const padding = 60;
  const fitting = Math.min((cy.width() - 2 * padding) / Math.max(bb.w, 1), (cy.height() - 2 * padding) / Math.max(bb.h, 1));
  if (fitting <= 1) cy.animate({ fit: { eles, padding }, duration: 250 });
  else cy.animate({ zoom: 1, center: { eles }, duration: 250 } as never);
}

/** Highlights a unit for a moment. */
export function flash(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  node.addClass('flash');
  setTimeout(() => node.removeClass('flash'), 1600);
}

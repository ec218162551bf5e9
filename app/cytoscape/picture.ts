/** Puts a restored picture on the canvas: node positions, then zoom and pan, over a fresh layout where needed. */
import type { Core, NodeSingular } from 'cytoscape';
import type { Picture } from '../state/restoring.ts';
import type { LayoutName } from '../state/view.ts';
import { pinViewport } from './fitting.ts';
import { runLayout } from './layouts.ts';

/**
 * Applies `picture` to a graph that already has its elements. Nodes the picture does not place
 * (the data changed since) get the layout's positions first; placed nodes then go exactly where
 * the picture says, and the viewport is pinned so that no resize refits it.
 */
export function applyPicture(cy: Core, picture: Picture, layout: LayoutName): void {
  if (picture.kind === 'fresh') {
    runLayout(cy, layout);
    return;
  }
  const placed = cy.nodes().filter((n) => picture.positions.has(n.id()));
  if (placed.length < cy.nodes().length) runLayout(cy, layout);
  placed.positions((n) => {
    const [x, y] = picture.positions.get((n as NodeSingular).id()) ?? [0, 0];
    return { x, y };
  });
  pinViewport(cy, picture.zoom, picture.pan);
}

/** Moves the viewport to an actor: what the search does after selecting it. */
import type { Core } from 'cytoscape';
import { scaleOf } from './scale.ts';

/** Zoom at which a searched-for actor is shown, unless the user is already closer. */
const FOCUS_ZOOM = 1.4;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Centres the viewport on a node, zooming in to it; animated unless the user asks for less motion
 * or the graph is large, where every frame of the animation redraws thousands of elements.
 */
export function centreOn(cy: Core, key: string): void {
  const node = cy.getElementById(key);
  // Under the table the graph has no size to centre in; it is fitted again when it comes back.
  if (node.empty() || cy.width() === 0) return;
  cy.stop(true, true);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.zoom(), FOCUS_ZOOM));
  const still = reducedMotion() || scaleOf(cy.nodes().length).large;
  cy.animate({ zoom, center: { eles: node } }, { duration: still ? 0 : 300 });
}

/**
 * How far out the user may zoom, set from how far out the graph had to go to fit. Cytoscape
 * clamps a fit to the zoom limit, so a limit fixed in advance cut a big graph off: the fit runs
 * without one, and the limit comes after it (scale.ts: zoomFloor).
 */
import type { Core } from 'cytoscape';
import { scaleOf, zoomFloor } from './scale.ts';

/** A zoom no graph needs: the limit while the graph is fitted. */
const UNLIMITED_ZOOM = 1e-6;

/** Runs `fit` (a layout, or cy.fit) with no zoom limit, then sets the limit from where it ended. */
export function roomToFit(cy: Core, fit: () => void): void {
  const scale = scaleOf(cy.nodes().length);
  cy.minZoom(UNLIMITED_ZOOM);
  try {
    fit();
  } finally {
    cy.minZoom(zoomFloor(scale, cy.zoom()));
  }
}

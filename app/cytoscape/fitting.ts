/**
 * Keeps the graph fitted to its box when the box changes size (window, breakpoint, back from the
 * table), until the user pans or zooms: after that their viewport is theirs, and only resized.
 */
import type { Core } from 'cytoscape';

/** Space left around the graph when it is fitted to its box. */
export const FIT_PADDING = 40;

/** Starts following `box`'s size; returns the function that stops it. */
export function followResize(cy: Core, box: HTMLElement): () => void {
  let userMoved = false;
  let fitting = false;
  // Any viewport change not made here is the user's (or a search focusing an actor) ...
  cy.on('viewport', () => {
    if (!fitting) userMoved = true;
  });
  // ... except a layout's own fit, which ends with layoutstop.
  cy.on('layoutstop', () => {
    userMoved = false;
  });
  const observer = new ResizeObserver(() => {
    cy.resize();
    if (userMoved || box.clientWidth === 0 || box.clientHeight === 0) return;
    fitting = true;
    cy.fit(undefined, FIT_PADDING);
    fitting = false;
  });
  observer.observe(box);
  return () => observer.disconnect();
}

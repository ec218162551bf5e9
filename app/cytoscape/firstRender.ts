/**
 * A canvas's first frame: what waits for it (the panels that are not the graph), and the page's
 * "first render" signal for the bench (scripts/bench), a performance mark set once, when
 * cytoscape has drawn the graph's elements for the first time.
 */
import type { Core } from 'cytoscape';

/** The mark's name; the bench waits for exactly this one. */
export const FIRST_RENDER = 'dyad-first-render';

let marked = false;

const mark = (): void => {
  if (marked) return;
  marked = true;
  performance.mark(FIRST_RENDER);
};

/**
 * Calls `then` once the canvas has drawn the first frame after this call; call it once the
 * elements are in and laid out. The canvas renderer says when it has drawn a frame ('render');
 * the WebGL one does not, so there the call waits two animation frames: cytoscape draws in the
 * first of them.
 */
export function afterFirstFrame(cy: Core, webgl: boolean, then: () => void): void {
  if (webgl) requestAnimationFrame(() => requestAnimationFrame(then));
  else cy.one('render', then);
}

/** Marks the first frame drawn after this call, once per page. */
export function markFirstRender(cy: Core, webgl: boolean): void {
  if (!marked) afterFirstFrame(cy, webgl, mark);
}

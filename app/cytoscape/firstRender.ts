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
 * Waits for the first frame the canvas draws after this call (call it once the elements are in
 * and laid out), then sets the page's mark (the first time on the page) and calls `then`: one
 * listener per canvas for both. The canvas renderer says when it has drawn a frame ('render');
 * the WebGL one does not, so there the wait is two animation frames: cytoscape draws in the first
 * of them.
 */
export function markFirstRender(cy: Core, webgl: boolean, then?: () => void): void {
  const drawn = (): void => {
    mark();
    then?.();
  };
  if (webgl) requestAnimationFrame(() => requestAnimationFrame(drawn));
  else cy.one('render', drawn);
}

/**
 * Keeps the graph fitted to its box when the box changes size (window, breakpoint, back from the
 * table), until the user pans or zooms: after that their viewport is theirs, and only resized.
 * A restored snapshot pins the viewport the same way, so no later fit undoes it.
 */
import type { Core } from 'cytoscape';
import { roomToFit } from './room.ts';

/** Space left around the graph when it is fitted to its box. */
export const FIT_PADDING = 40;

// Kept per instance rather than in followResize's closure: a snapshot may be pinned before the
// resize follower starts (effects run in order) and must still count. Not in cy.scratch():
// setting the core's scratch restyles every element, and this is set on every pan frame.
const owned = new WeakMap<Core, boolean>();

/** Sets zoom and pan and marks the viewport as chosen, so resizing the box no longer refits it. */
export function pinViewport(cy: Core, zoom: number, pan: readonly [number, number]): void {
  cy.viewport({ zoom, pan: { x: pan[0], y: pan[1] } });
  owned.set(cy, true);
}

/** Starts following `box`'s size; returns the function that stops it. */
export function followResize(cy: Core, box: HTMLElement): () => void {
  let fitting = false;
  // Any viewport change not made here is the user's (or a search focusing an actor) ...
  const moved = () => {
    if (!fitting) owned.set(cy, true);
  };
  // ... except a layout's own fit, which ends with layoutstop.
  const laidOut = () => {
    owned.set(cy, false);
  };
  cy.on('viewport', moved);
  cy.on('layoutstop', laidOut);
  // The size the canvas was made and fitted at. The observer reports the box's size as soon as it
  // starts; at this size there is nothing to refit, and refitting measures every element again
  // (90 ms on 20,000 relations, just after the first frame).
  let size = [cy.width(), cy.height()];
  const observer = new ResizeObserver(() => {
    const now = [box.clientWidth, box.clientHeight];
    if (now[0] === size[0] && now[1] === size[1]) return;
    size = now;
    cy.resize();
    if (owned.get(cy) === true || now[0] === 0 || now[1] === 0) return;
    fitting = true;
    // A graph laid out while its box had no size (the table opened first) is fitted here first.
    roomToFit(cy, () => cy.fit(undefined, FIT_PADDING));
    fitting = false;
  });
  observer.observe(box);
  return () => {
    observer.disconnect();
    cy.off('viewport', moved);
    cy.off('layoutstop', laidOut);
  };
}

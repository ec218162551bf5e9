/**
 * A large graph's names, given as the user comes close enough to read them (level of detail).
 * Its actors start without a `name`, so the stylesheet gives them no text (stylesheet.ts); an
 * actor in view whose name would be legible at the zoom gets its label as its name, and keeps it.
 * Measuring and styling every name up front took a fifth of the first render of 1,000 actors,
 * at a zoom where not one of them was drawn.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { namedFrom } from './names.ts';

/**
 * Names given per frame at most: a jump from the whole graph to a crowded corner names the rest
 * over the next frames, rather than in one frame long enough to be felt.
 */
const NAMES_PER_FRAME = 300;
/** The view is widened by this share of its size on every side, so a short pan finds names ready. */
const MARGIN = 0.25;

/** True when the node's name is given. */
const named = (n: NodeSingular): boolean => n.data('name') !== undefined;

/**
 * Gives their name to up to `limit` actors that lack one, lie in the view (widened by MARGIN) and
 * are big enough for their name to be legible at the zoom; returns how many such actors it left.
 */
export function nameInView(cy: Core, limit = NAMES_PER_FRAME): number {
  const from = namedFrom(cy.zoom());
  if (!Number.isFinite(from)) return 0;
  const { x1, y1, w, h } = cy.extent();
  const [left, top, right, bottom] = [x1 - w * MARGIN, y1 - h * MARGIN, x1 + w * (1 + MARGIN), y1 + h * (1 + MARGIN)];
  const due = cy.nodes().filter((n) => {
    if (named(n) || Number(n.data('size')) < from) return false;
    const { x, y } = n.position();
    return x >= left && x <= right && y >= top && y <= bottom;
  });
  cy.batch(() => {
    due.slice(0, limit).forEach((n) => void n.data('name', n.data('label')));
  });
  return Math.max(0, due.length - limit);
}

/**
 * Names actors as the view moves, at most once a frame, and at once for the view as it is;
 * returns the function that stops it.
 */
export function nameAsViewed(cy: Core): () => void {
  let frame: number | null = null;
  const run = () => {
    frame = null;
    if (nameInView(cy) > 0) schedule();
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(run);
  };
  // A layout or a dragged actor moves actors without moving the view.
  cy.on('viewport position', schedule);
  schedule();
  return () => {
    cy.off('viewport position', schedule);
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
  };
}

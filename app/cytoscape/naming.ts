/**
 * A large graph's names, given as the user comes close enough to read them (level of detail).
 * Its actors start without a `name`, so the stylesheet gives them no text (stylesheet.ts); an
 * actor in view whose name would be legible at the zoom gets its label as its name, and keeps it.
 * Measuring and styling every name up front took a fifth of the first render of 1,000 actors,
 * at a zoom where not one of them was drawn.
 */
import type { Core, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
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
 * Gives their name to up to `limit` actors of `among` that lack one, lie in the view (widened by
 * MARGIN) and are big enough for their name to be legible at the zoom; returns how many such
 * actors it left.
 */
export function nameInView(cy: Core, limit = NAMES_PER_FRAME, among: NodeCollection = cy.nodes()): number {
  const from = namedFrom(cy.zoom());
  if (!Number.isFinite(from)) return 0;
  const { x1, y1, w, h } = cy.extent();
  const [left, top, right, bottom] = [x1 - w * MARGIN, y1 - h * MARGIN, x1 + w * (1 + MARGIN), y1 + h * (1 + MARGIN)];
  const due = among.filter((n) => {
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
  // A name once given is kept: each frame looks only at the actors still without one, not at the
  // whole graph (this runs on every frame of a pan), and once all are named it looks at none.
  let unnamed: NodeCollection = cy.nodes().filter((n) => !named(n));
  const run = () => {
    frame = null;
    // Too far out for any name (the opening view of a large graph): nothing to look at at all.
    if (unnamed.empty() || !Number.isFinite(namedFrom(cy.zoom()))) return;
    const left = nameInView(cy, NAMES_PER_FRAME, unnamed);
    unnamed = unnamed.filter((n) => !named(n) && !n.removed());
    if (left > 0) schedule();
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(run);
  };
  // Actors the explorer adds later (another view of the graph) start without a name too.
  const added = (e: EventObject) => {
    unnamed = unnamed.union(e.target as NodeSingular) as NodeCollection;
    schedule();
  };
  // A layout or a dragged actor moves actors without moving the view.
  cy.on('viewport position', schedule);
  cy.on('add', 'node', added);
  schedule();
  return () => {
    cy.off('viewport position', schedule);
    cy.off('add', 'node', added);
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
  };
}

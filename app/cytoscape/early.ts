/**
 * A graph drawn before the explorer: what the page made of the graph while React and the panels
 * were still loading, for GraphView to take over rather than draw again.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphFile } from '../../graph-data/schema.ts';
import type { Picture } from '../state/restoring.ts';
import type { ViewState } from '../state/view.ts';
import type { CanvasElements } from './canvas.ts';

export interface EarlyGraph {
  graph: GraphFile;
  /** The view it was drawn for: the explorer's opening view, the very same object. */
  view: ViewState;
  elements: ElementDefinition[];
  picture: Picture | null;
  cy: Core;
  /** Where cytoscape draws, moved into GraphView's box when it takes over. */
  canvas: CanvasElements;
}

/** The early canvas when it was drawn for `graph` and this very `view` object; null otherwise. Only looks. */
export function drawnFor(early: { current: EarlyGraph | null } | undefined, graph: GraphFile, view: ViewState): EarlyGraph | null {
  const drawn = early?.current ?? null;
  return drawn && drawn.graph === graph && drawn.view === view ? drawn : null;
}

/**
 * Hands `early` over once, and only for the graph and view it was drawn for; null otherwise. Once:
 * a second mount (React's strict mode in development) must make its own canvas, as the first
 * mount's cleanup destroyed this one.
 */
export function takeOver(early: { current: EarlyGraph | null }, graph: GraphFile, view: ViewState): EarlyGraph | null {
  const taken = drawnFor(early, graph, view);
  if (taken) early.current = null;
  return taken;
}

/**
 * Puts the early canvas in `box`; returns the function that stops what it started. Cytoscape keeps
 * where its container is on the page, to place pointer events, and forgets it when the container
 * or an ancestor it had when it was made scrolls, or the window resizes. The ancestors are new
 * here: so the cache is cleared now, and on every scroll of anything around the container (a
 * 'scroll' event on the container itself, which it listens to).
 */
export function moveInto(early: EarlyGraph, box: HTMLElement): () => void {
  const { layer, container } = early.canvas;
  box.append(layer);
  const forget = () => container.dispatchEvent(new Event('scroll'));
  const scrolled = (e: Event) => {
    if (e.target !== container && e.target instanceof Node && e.target.contains(container)) forget();
  };
  forget();
  const doc = box.ownerDocument;
  doc.addEventListener('scroll', scrolled, { capture: true, passive: true });
  return () => doc.removeEventListener('scroll', scrolled, { capture: true });
}

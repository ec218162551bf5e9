/**
 * How the canvas copes with the size of the graph. Small graphs (the seed corpus) are drawn at
 * full quality; past LARGE_GRAPH_NODES actors the force layout, the labels and the hover change,
 * because fcose's proof-quality run grows with the square of the actors (about 3 s for 200 in
 * headless Chromium) and every focus change restyles every element.
 */

/** Actors above which a graph is drawn as a large one. */
export const LARGE_GRAPH_NODES = 150;

/** What changes for a large graph. */
export interface Scale {
  /** The fast force layout (spread.ts) instead of fcose; labels by level of detail; hover lights without fading. */
  large: boolean;
  /** How far out the user may zoom: far enough to see a large graph whole. */
  minZoom: number;
}

/** The scale of a graph of `nodes` actors. */
export function scaleOf(nodes: number): Scale {
  const large = nodes > LARGE_GRAPH_NODES;
  // 0.2 keeps a small graph's labels readable; a large one needs to fit 2,000 actors in the box.
  return { large, minZoom: large ? 0.02 : 0.2 };
}

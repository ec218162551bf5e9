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
  /**
   * How far out the user may zoom, at the least: past it a small graph's labels are unreadable and
   * a large one is a speck. A graph whose fit needs more room lowers it (zoomFloor).
   */
  minZoom: number;
}

/** The scale of a graph of `nodes` actors. */
export function scaleOf(nodes: number): Scale {
  const large = nodes > LARGE_GRAPH_NODES;
  // 0.2 keeps a small graph's labels readable; 0.02 shows 2,000 actors whole in the usual box.
  return { large, minZoom: large ? 0.02 : 0.2 };
}

/**
 * The zoom-out limit once a layout has fitted the graph at `fitted`: the scale's own limit, or
 * half the fit when that is further out, so that the whole graph always fits its box and there is
 * room to zoom out past it (a fixed 0.02 cut off a graph of 4,000 actors, which needed about 0.007).
 * Half: the box may shrink to half its size (a narrower window) and the graph still fits.
 */
export function zoomFloor(scale: Scale, fitted: number): number {
  return Number.isFinite(fitted) && fitted > 0 ? Math.min(scale.minZoom, fitted / 2) : scale.minZoom;
}

/** Pixel sizes from evidence counts. Square roots, so that area, not diameter, follows the count. */

/** The smallest and largest actor diameters, in pixels. */
export const NODE_MIN = 28;
export const NODE_MAX = 96;
const EDGE_MIN = 1.5;
const EDGE_MAX = 9;

/** The diameter of an actor stated in `sentences` distinct sentences. */
export function nodeSize(sentences: number): number {
  return Math.round(Math.min(NODE_MAX, NODE_MIN + 6 * Math.sqrt(sentences)));
}

/** The line width of an edge that shows `sentences` distinct sentences. */
export function edgeWidth(sentences: number): number {
  return Math.round(10 * Math.min(EDGE_MAX, EDGE_MIN + 1.2 * Math.sqrt(Math.max(0, sentences - 1)))) / 10;
}

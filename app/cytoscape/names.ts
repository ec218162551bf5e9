/**
 * How big a large graph's actor names are, and from what zoom one is worth drawing. Pure: the
 * stylesheet (stylesheet.ts) and the naming as the user zooms (naming.ts) read the same steps.
 */
import { NODE_MAX, NODE_MIN } from './sizes.ts';

/** A large graph's smallest and largest name, in pixels at zoom 1. */
const NAME_MIN = 12;
const NAME_MAX = 44;
/**
 * The names grow with the actor in a few steps rather than smoothly (mapData): the first time a
 * page measures or draws text at a font size costs Chromium about 2 ms, and actors' sizes gave
 * up to 69 sizes of name, a tenth of a second before the first frame of a large graph.
 */
export const NAME_STEPS = 8;
/** On screen, a name smaller than this many pixels is not drawn (cytoscape's min-zoomed-font-size). */
export const MIN_NAME_PX = 9;

/** One step: the actor sizes it covers, [from, to), and their names' font size at zoom 1. */
export interface NameStep {
  from: number;
  to: number;
  font: number;
}

const SPAN = (NODE_MAX - NODE_MIN) / NAME_STEPS;

/** Every step, smallest actors first. The first starts at 0 and the last ends at Infinity, so every size is in one. */
export const NAME_SCALE: readonly NameStep[] = Array.from({ length: NAME_STEPS }, (_, i) => ({
  from: i === 0 ? 0 : NODE_MIN + i * SPAN,
  to: i === NAME_STEPS - 1 ? Infinity : NODE_MIN + (i + 1) * SPAN,
  font: Math.round(NAME_MIN + ((NAME_MAX - NAME_MIN) * i) / (NAME_STEPS - 1)),
}));

/** The font size, at zoom 1, of the name of an actor of diameter `size`. */
export function nameFont(size: number): number {
  return (NAME_SCALE.find((s) => size < s.to) ?? NAME_SCALE[NAME_SCALE.length - 1]!).font;
}

/**
 * The smallest actor size whose name is drawn at `zoom` (Infinity: none is), with room for a view
 * `ahead` times as close: names are given a little before they show, so zooming in finds them
 * ready, and a picture exported at twice the screen's scale has them too.
 */
export function namedFrom(zoom: number, ahead = 2): number {
  const step = NAME_SCALE.find((s) => s.font * zoom * ahead >= MIN_NAME_PX);
  return step ? step.from : Infinity;
}

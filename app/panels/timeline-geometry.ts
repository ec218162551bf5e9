/** Where things go inside the timeline's SVG, in pixels: one place, so marks, axis and brush line up. */

/** Room at each side for the handles and the first and last labels. */
export const PAD_X = 22;
/** Room above the marks for a handle's day label. */
export const TOP = 16;
/** Day columns grow up from here, at most COLUMN_HEIGHT tall. */
export const DAY_BASE = 56;
export const COLUMN_HEIGHT = DAY_BASE - TOP;
/** Range bars: one lane of LANE_HEIGHT under the columns per lane, LANE_GAP apart. */
export const LANES_TOP = 60;
export const LANE_HEIGHT = 4;
export const LANE_GAP = 2;
/** The axis line, its ticks and the labels under it. */
export const AXIS_Y = 82;
export const LABEL_Y = 97;
export const HEIGHT = 104;

/** Width and left offset of a day's column inside its cell: narrower than a wide cell, never under 2 px. */
export function columnBox(cell: number): { width: number; inset: number } {
  const width = Math.max(2, Math.min(16, cell * 0.7));
  return { width, inset: (cell - width) / 2 };
}

/** Height of one sentence in a day column: the busiest day fills the column, a quiet one is not a sliver. */
export function unitHeight(busiest: number): number {
  return busiest > 0 ? Math.min(8, COLUMN_HEIGHT / busiest) : 0;
}

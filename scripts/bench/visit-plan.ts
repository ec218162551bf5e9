/**
 * How many times the bench visits each page of a graph, and in which order. Pure.
 *
 * A first render on this two-core machine swings by up to a factor of two from one visit to the
 * next, on either page alike (the seed graph: 672–1481 ms over five visits of the very same
 * build), and the median of five visits of each page put the ratio of one unchanged explorer
 * anywhere from 1.1 to 1.35 at 1,000 relations. So, after the visits that also pan, each graph
 * gets up to a minute of visits that time the first render alone (quick ones, so the small graphs
 * get the most); and the two pages take turns going first, so that whatever the browser still
 * does after a visit (closing a context, collecting garbage) falls on each of them alike.
 */

/**
 * Visits of each page that time the first render and then pan (the pan figures pool their frames).
 * Five: at 20,000 relations a pan's frames are fast or slow as cytoscape's layer cache happens to
 * be ready (frames of 100–150 ms and of 500–800 ms on both pages), and three visits were too few
 * for the pooled median to settle.
 */
export const PANNED_VISITS = 5;
/** Visits of each page at the most, panned or not. */
export const MAX_VISITS = 11;
/** Once a graph's first-render-only rounds have taken this long, no more of them begin. */
export const EXTRA_VISITS_MS = 60_000;

/** The next round's visits, or null when the graph has had its rounds. */
export interface Round {
  /** Whether the visits pan after the first render. */
  pan: boolean;
  /** Whether the bare page goes first. The first round is the explorer's: the bare page takes its graph box's size from it. */
  bareFirst: boolean;
}

/** Visits of each page that pan: PANNED_VISITS, or one with the bench's --quick. */
export const pannedVisits = (quick: boolean): number => (quick ? 1 : PANNED_VISITS);

/**
 * Round `done + 1` of a graph, whose first-render-only rounds have taken `extraMs` so far; `quick`
 * is the bench's --quick (one panned round).
 */
export function nextRound(done: number, extraMs: number, quick: boolean): Round | null {
  const panned = pannedVisits(quick);
  const most = quick ? 1 : MAX_VISITS;
  if (done >= most || (done >= panned && extraMs >= EXTRA_VISITS_MS)) return null;
  return { pan: done < panned, bareFirst: done % 2 === 1 };
}

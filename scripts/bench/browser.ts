/**
 * The browser half of the bench, for the explorer's side of issue 5: time to first render, pan
 * frame time and the gzipped size of the first load, measured in Chromium on a built graph.
 * Not measured yet: measureBrowser returns null and the report says so.
 */

/** What the explorer's bench reports, per graph it is given. */
export interface BrowserFigures {
  /** From navigation start to the first frame with the graph drawn, in ms. */
  firstRenderMs: number;
  /** Median and 95th percentile frame time while panning, in ms. */
  panFrameMs: { median: number; p95: number };
  /** Everything the first load fetches (HTML, JS, CSS, graph.json), gzipped, in bytes. */
  firstLoadGzipBytes: number;
}

/** Where the graph to measure is: the build's output for one bench corpus. */
export interface BrowserInput {
  corpus: string;
  graph: string;
}

/** Measures the explorer on each built graph; null until the explorer side fills it in. */
export async function measureBrowser(inputs: BrowserInput[]): Promise<BrowserFigures[] | null> {
  void inputs;
  return null;
}

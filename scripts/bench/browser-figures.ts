/** The browser half's figures per graph, from the visits of the explorer and the bare page. Pure. */
import type { FirstLoad } from './first-load.ts';
import type { Visit } from './measure-page.ts';
import { intervals, median, quantile, ratio } from './stats.ts';

/** One page's figures over its visits. */
export interface PageFigures {
  /** Median over the visits, in ms from navigation start. */
  firstRenderMs: number;
  /** Over every frame of every visit's pan, in ms. */
  panMedianMs: number;
  panP95Ms: number;
  frames: number;
}

/** Everything measured on one graph. */
export interface GraphFigures {
  graph: string;
  nodes: number;
  edges: number;
  /** The renderer the explorer drew with; the bare page is checked to use the same. */
  renderer: 'canvas' | 'webgl';
  /** The graph box both pages drew into, in CSS pixels. */
  canvas: { width: number; height: number };
  /** Visits of each page: their first renders give the medians (visit-plan.ts). */
  visits: number;
  app: PageFigures;
  bare: PageFigures;
  /** Explorer over bare page: the figures issue 5 sets a target for (≤ 1.3). */
  ratios: { firstRender: number; panMedian: number; panP95: number };
  firstLoad: FirstLoad | null;
  /** Why a figure is missing or suspect; empty when all went as planned. */
  notes: string[];
}

/** What the browser half reports: the graphs measured, and what could not be measured and why. */
export interface BrowserReport {
  graphs: GraphFigures[];
  notMeasured: string[];
  /** Visits per page and graph that pan (the first of its visits), and how long each pan lasted. */
  panned: number;
  panMs: number;
  /** The one-minute load average when the browser half began and ended: above the cores, frames suffer. */
  load: [number, number];
}

function pageFigures(visits: readonly Visit[]): PageFigures {
  const frames = visits.flatMap((v) => intervals(v.stamps));
  return {
    firstRenderMs: median(visits.map((v) => v.firstRenderMs).filter(Number.isFinite)),
    panMedianMs: median(frames),
    panP95Ms: quantile(frames, 0.95),
    frames: frames.length,
  };
}

/** The figures of one graph; notes say where the two pages did not draw the same thing. */
export function summarise(graph: string, app: readonly Visit[], bare: readonly Visit[], firstLoad: FirstLoad | null): GraphFigures {
  const [a, b] = [app[0], bare[0]];
  if (!a || !b) throw new Error(`no visits of ${graph}`);
  const notes = [...new Set([...app.flatMap((v) => v.problems.map((p) => `explorer: ${p}`)), ...bare.flatMap((v) => v.problems.map((p) => `bare page: ${p}`))])];
  if (a.canvas.webgl !== b.canvas.webgl) notes.push(`renderers differ (explorer ${a.canvas.webgl ? 'WebGL' : 'canvas'}, bare ${b.canvas.webgl ? 'WebGL' : 'canvas'}): bare/mirror.ts is out of date`);
  if (a.canvas.nodes !== b.canvas.nodes || a.canvas.edges !== b.canvas.edges) {
    notes.push(`element counts differ (explorer ${a.canvas.nodes}/${a.canvas.edges}, bare ${b.canvas.nodes}/${b.canvas.edges})`);
  }
  const [appFigures, bareFigures] = [pageFigures(app), pageFigures(bare)];
  return {
    graph,
    nodes: b.canvas.nodes,
    edges: b.canvas.edges,
    renderer: a.canvas.webgl ? 'webgl' : 'canvas',
    canvas: { width: a.canvas.width, height: a.canvas.height },
    visits: Math.min(app.length, bare.length),
    app: appFigures,
    bare: bareFigures,
    ratios: {
      firstRender: ratio(appFigures.firstRenderMs, bareFigures.firstRenderMs),
      panMedian: ratio(appFigures.panMedianMs, bareFigures.panMedianMs),
      panP95: ratio(appFigures.panP95Ms, bareFigures.panP95Ms),
    },
    firstLoad,
    notes,
  };
}

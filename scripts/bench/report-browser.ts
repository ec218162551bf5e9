/** The browser half of the report: issue 5's checks and the Markdown section. */
import type { BrowserReport } from './browser-figures.ts';
import { MAX_PAN_MS, MIN_FRAMES } from './measure-page.ts';
import { MAX_VISITS } from './visit-plan.ts';

/** A target of issue 5, met or missed. */
export interface Check {
  name: string;
  value: number;
  target: string;
  ok: boolean;
}

/** Explorer / bare page at most this, at every size (issue 5). */
export const MAX_RATIO = 1.3;
/** First load under 350 KB of gzipped JavaScript (KB = 1000 bytes, as MB is 10^6 here). */
export const MAX_FIRST_LOAD_JS = 350_000;
/** The graph the first-load target is about: the app as it ships. */
export const SHIPPED = 'seed graph';

/** One check per ratio per graph, and the first-load check on the shipped graph. */
export function browserChecks(b: BrowserReport): Check[] {
  const ratio = (name: string, value: number): Check => ({ name, value, target: `≤ ${MAX_RATIO}`, ok: value <= MAX_RATIO });
  const checks = b.graphs.flatMap((g) => [
    ratio(`first render, explorer / bare, ${g.graph}`, g.ratios.firstRender),
    ratio(`pan frame median, explorer / bare, ${g.graph}`, g.ratios.panMedian),
  ]);
  const shipped = b.graphs.find((g) => g.graph === SHIPPED)?.firstLoad;
  if (shipped) {
    checks.push({ name: `first load, gzipped JS, ${SHIPPED} (KB)`, value: shipped.jsGzipBytes / 1000, target: '< 350', ok: shipped.jsGzipBytes < MAX_FIRST_LOAD_JS });
  }
  return checks;
}

const f = (n: number | null | undefined, digits = 0): string => (n !== null && n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '—');

/** The Markdown lines of the browser section (under its heading). */
export function browserMarkdown(b: BrowserReport): string[] {
  const rows = b.graphs.map((g) =>
    [
      g.graph, f(g.nodes), f(g.edges), g.renderer, f(g.visits),
      f(g.app.firstRenderMs), f(g.bare.firstRenderMs), f(g.ratios.firstRender, 2),
      f(g.app.panMedianMs, 1), f(g.bare.panMedianMs, 1), f(g.ratios.panMedian, 2),
      f(g.app.panP95Ms, 1), f(g.bare.panP95Ms, 1),
      f(g.firstLoad && g.firstLoad.jsGzipBytes / 1000), f(g.firstLoad && g.firstLoad.totalGzipBytes / 1000),
    ].join(' | '),
  );
  const notes = b.graphs.flatMap((g) => g.notes.map((n) => `- ${g.graph}: ${n}`));
  return [
    `Chromium (headless, the browser tests' flags), a 1280×900 window. Each graph is drawn by the explorer and by a bare Cytoscape`,
    `page (scripts/bench/bare/) with the same nodes and edges, the same renderer and the same layout as the explorer picks for that`,
    `size, cytoscape's default style and nothing else, in a box of the explorer's graph box's size. First render: from navigation`,
    `start to the page's "dyad-first-render" mark, median of each page's visits (the two pages take turns going first; a graph`,
    `whose visits are quick gets more, up to ${MAX_VISITS}). Pan: the time between animation frames while cy.panBy circles the view, in the`,
    `first ${b.panned} visit${b.panned > 1 ? 's' : ''} of each page, ${(b.panMs / 1000).toFixed(1)} s (and ${MIN_FRAMES} frames, up to ${MAX_PAN_MS / 1000} s) per visit, all frames. Ratios are explorer / bare (target ≤ ${MAX_RATIO}). First load: every`,
    `file fetched until the explorer is up, its panels' chunk included (HTML, JS, CSS, JSON), gzip -9, KB = 1000 bytes. Load average ${f(b.load[0], 1)} → ${f(b.load[1], 1)}.`,
    '',
    ...(rows.length
      ? [
          '| graph | nodes | edges | renderer | visits | first render ms | bare ms | ratio | pan median ms | bare ms | ratio | pan p95 ms | bare ms | first load JS gz KB | total gz KB |',
          '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
          ...rows.map((r) => `| ${r} |`),
        ]
      : []),
    ...(notes.length ? ['', ...notes] : []),
    ...(b.notMeasured.length ? ['', ...b.notMeasured.map((n) => `Not measured: ${n}`)] : []),
  ];
}

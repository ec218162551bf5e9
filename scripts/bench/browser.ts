/**
 * The browser half of the bench (issue 5): in Chromium, for the seed graph and synthetic graphs
 * of 1,000, 5,000 and 20,000 edges, the explorer's time to first render and frame time while
 * panning beside a bare Cytoscape page drawing the same elements, and the gzipped first load.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { GraphFile } from '../../graph-data/schema.ts';
import { buildAndServe } from '../../tests/e2e/app.ts';
import { findChromium, launchChromium } from '../../tests/e2e/chromium.ts';
import { buildBare } from './bare-build.ts';
import { type BrowserReport, type GraphFigures, summarise } from './browser-figures.ts';
import { fetchAll, firstLoad } from './first-load.ts';
import { visit, type Visit, type VisitOptions } from './measure-page.ts';
import { intervals, median } from './stats.ts';
import { syntheticGraph } from './synthetic.ts';
import { nextRound, pannedVisits } from './visit-plan.ts';

export type { BrowserReport, GraphFigures } from './browser-figures.ts';

const SEED_GRAPH = new URL('../../graph-data/graph.json', import.meta.url);
/** Sizes of the synthetic graphs, in edges; actors are a fifth of that (issue 5: 2,000 for 10,000). */
const SYNTHETIC_EDGES = [1000, 5000, 20000];
const SYNTHETIC_SEED = 5;

export interface BrowserOptions {
  /** Fewer frames, one visit per page, no 20,000-edge graph. */
  quick: boolean;
  /** A folder for the synthetic graph files. */
  work: string;
  /** Progress, a line at a time. */
  log: (line: string) => void;
}

/** One graph to measure: its file for the explorer's build (none: the seed graph as built). */
interface Subject {
  name: string;
  graph: GraphFile;
  file?: string;
}

function subjects(options: BrowserOptions): Subject[] {
  const seed: Subject = { name: 'seed graph', graph: GraphFile.parse(JSON.parse(readFileSync(SEED_GRAPH, 'utf8'))) };
  const sizes = options.quick ? SYNTHETIC_EDGES.filter((e) => e < 20000) : SYNTHETIC_EDGES;
  return [
    seed,
    ...sizes.map((edges) => {
      const { graph } = syntheticGraph({ actors: edges / 5, edges, seed: SYNTHETIC_SEED });
      const file = join(options.work, `synthetic-${edges}.json`);
      writeFileSync(file, JSON.stringify(graph));
      return { name: `${edges.toLocaleString('en')} edges`, graph, file };
    }),
  ];
}

const ms = (t: number): string => (Number.isFinite(t) ? `${t.toFixed(0)} ms` : '—');

/** Builds both pages for one graph and visits them in rounds (visit-plan.ts), one visit of each page a round. */
async function measureGraph(browser: Browser, s: Subject, quick: boolean, visitOptions: VisitOptions, log: BrowserOptions['log']): Promise<GraphFigures> {
  const started = performance.now();
  const app = await buildAndServe(s.file);
  const bare = await buildBare(s.graph).catch(async (e: unknown) => {
    await app.close();
    throw e;
  });
  log(`bench: browser, ${s.name}: built both pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    const [apps, bares]: [Visit[], Visit[]] = [[], []];
    let extraMs = 0;
    // The bare page draws into a box of the explorer's graph box's size: the same pixels.
    const bareUrl = (box: Visit['canvas']): string => `${bare.url}?w=${box.width}&h=${box.height}`;
    for (let round = nextRound(0, 0, quick); round; round = nextRound(apps.length, extraMs, quick)) {
      const began = performance.now();
      const options = round.pan ? visitOptions : { ...visitOptions, panMs: 0 };
      // Never in the first round, so the explorer's box is known by then.
      const first = round.bareFirst ? await visit(browser, bareUrl((apps[0] as Visit).canvas), options) : null;
      const a = await visit(browser, app.url, options);
      const b = first ?? (await visit(browser, bareUrl(a.canvas), options));
      apps.push(a);
      bares.push(b);
      const pan = (v: Visit): string => `${median(intervals(v.stamps)).toFixed(1)} ms`;
      const pans = round.pan ? `, pan frame ${pan(a)} (bare ${pan(b)})` : '';
      log(`bench: browser, ${s.name}, visit ${apps.length}${first ? ', bare page first' : ''}: first render ${ms(a.firstRenderMs)} (bare ${ms(b.firstRenderMs)})${pans}`);
      if (!round.pan) extraMs += performance.now() - began;
    }
    const load = firstLoad(await fetchAll((apps[0] as Visit).startup));
    return summarise(s.name, apps, bares, load);
  } finally {
    await Promise.all([app.close(), bare.close()]);
  }
}

/** Measures every graph; a graph that fails is reported as failed, and the others still run. */
export async function measureBrowser(options: BrowserOptions): Promise<BrowserReport> {
  const visitOptions: VisitOptions = { panMs: options.quick ? 1500 : 3000, timeoutMs: 300_000 };
  const load = loadavg()[0] ?? NaN;
  const report = (graphs: GraphFigures[], notMeasured: string[]): BrowserReport => ({
    graphs, notMeasured, panned: pannedVisits(options.quick), panMs: visitOptions.panMs, load: [load, loadavg()[0] ?? NaN],
  });
  let chromium: string | null;
  try {
    chromium = findChromium();
  } catch (e) {
    return report([], [e instanceof Error ? e.message : String(e)]);
  }
  // Found, not installed: the bench never runs apt-get; the browser tests may.
  if (!chromium) return report([], ['No Chromium found: install Chromium or set CHROME_PATH to measure the explorer.']);
  const graphs: GraphFigures[] = [];
  const notMeasured: string[] = [];
  const browser = await launchChromium();
  try {
    for (const s of subjects(options)) {
      options.log(`bench: browser, ${s.name} (${s.graph.nodes.length} actors, ${s.graph.edges.length} relations) …`);
      try {
        graphs.push(await measureGraph(browser, s, options.quick, visitOptions, options.log));
      } catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        options.log(`bench: browser, ${s.name} failed: ${why}`);
        notMeasured.push(`${s.name}: ${why}`);
      }
    }
  } finally {
    await browser.close();
  }
  return report(graphs, notMeasured);
}

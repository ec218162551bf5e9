/**
 * One timed visit of a page (the explorer's or the bare one) in a fresh browser context: time to
 * first render, the files fetched before it, then frame timestamps while panning.
 */
import type { Browser, Page } from 'playwright-core';
import { awaitMark, describeCanvas, FIRST_RENDER, KEEP_NAMES_SHIM, panFrames, startupFiles } from './probes.ts';

/** The window of the browser tests, so the explorer lays itself out as they see it. */
const VIEWPORT = { width: 1280, height: 900 };
/** How far the pan circles: enough to bring new parts of the graph into view every frame. */
const PAN_RADIUS = 200;
/** Frames a pan records at the least, so that a slow page still has a p95, unless it takes longer than MAX_PAN_MS. */
export const MIN_FRAMES = 30;
export const MAX_PAN_MS = 20_000;

/** What one visit saw. */
export interface Visit {
  /** From navigation start to the first-render mark; NaN when the page set none. */
  firstRenderMs: number;
  /** Timestamps of the animation frames while panning, in ms; none for a visit that does not pan. */
  stamps: number[];
  canvas: ReturnType<typeof describeCanvas>;
  /** The document and every file fetched until the explorer was up. */
  startup: string[];
  /** Uncaught errors and a missing mark: reasons to distrust the figures. */
  problems: string[];
}

export interface VisitOptions {
  /** How long to pan; 0: no pan, the visit ends once the first render is timed and the explorer is up. */
  panMs: number;
  /** Longest wait for the first render: a 20,000-edge layout on a busy machine takes a while. */
  timeoutMs: number;
}

/** Waits for the mark, up to `timeout`; NaN, and a problem noted, for a page that sets none. */
async function firstRender(page: Page, timeout: number, problems: string[]): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeout)));
  try {
    const at = await Promise.race([page.evaluate(awaitMark, { name: FIRST_RENDER, idleMs: 10_000 }), late]);
    if (at === 'late') throw new Error(`no first render within ${timeout / 1000} s`);
    if (at === null) problems.push(`no "${FIRST_RENDER}" mark: first render not measured`);
    return at ?? NaN;
  } finally {
    clearTimeout(timer);
  }
}

/** Visits `url`, waits for the first render, then (unless `panMs` is 0) settles, warms up and pans for `panMs`. */
export async function visit(browser: Browser, url: string, options: VisitOptions): Promise<Visit> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(KEEP_NAMES_SHIM);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    const firstRenderMs = await firstRender(page, options.timeoutMs, problems);
    // The explorer draws the graph before its panels load, and puts it on window.cy once they
    // have taken it over: the pan is of the finished page. The bare page sets it at once.
    await page.waitForFunction(() => window.cy !== undefined, undefined, { timeout: options.timeoutMs });
    // The first load is what the page fetched until then: the explorer's chunk, fetched once the
    // graph is drawn, is part of it.
    const startup = await page.evaluate(startupFiles);
    const canvas = await page.evaluate(describeCanvas);
    if (options.panMs === 0) return { firstRenderMs, stamps: [], canvas, startup, problems };
    // Let work queued behind the first render finish (both pages get the same pause), and warm
    // up the renderer's caches, so the pan measures panning.
    await page.waitForTimeout(1000);
    await page.evaluate(panFrames, { ms: 300, radius: PAN_RADIUS, frames: 0, maxMs: 300 });
    const stamps = await page.evaluate(panFrames, { ms: options.panMs, radius: PAN_RADIUS, frames: MIN_FRAMES, maxMs: MAX_PAN_MS });
    return { firstRenderMs, stamps, canvas, startup, problems };
  } finally {
    await context.close();
  }
}

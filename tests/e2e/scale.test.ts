/**
 * Big graphs (issue 5): the explorer built against synthetic graphs of 2,000 actors and 10,000
 * relations, and of 20,000 relations, must load, zoom, pan and answer clicks; and the first load
 * must stay under 350 KB of gzipped JavaScript. No timings are asserted: a test that is too
 * slow fails on its timeout, on any machine, not on a stopwatch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINK_VIEW, encodeLink } from '../../app/state/link.ts';
import { buildAndServe, type BuiltApp } from './app.ts';
import { launchChromium } from './chromium.ts';
import { firstLoadScripts, gzippedBytes } from './first-load.ts';
import { openPage } from './page.ts';
import { clearEdge, syntheticFile, waitForFirstRender } from './scale.ts';

/** The budget for the first load's JavaScript, gzipped. */
const FIRST_LOAD_BUDGET = 350_000;
/** Building, loading and laying out 20,000 relations on two busy cores takes a while. */
const SLOW = 300_000;
/** The built files these tests watch for: the graph of 10,000 relations (syntheticFile names it), and its first view. */
const GRAPH_FILE = /\/assets\/synthetic-10000-[^/]*\.json$/;
const FIRST_VIEW_FILE = /\/assets\/graph\.view-[^/]*\.json$/;

/** For one describe block: a synthetic graph, the app built against it, and a Chromium. */
function servedSynthetic(actors: number, edges: number) {
  const served: { browser?: Browser; app?: BuiltApp; remove?: () => void } = {};
  beforeAll(async () => {
    const { file, remove } = syntheticFile(actors, edges);
    served.remove = remove;
    served.app = await buildAndServe(file);
    served.browser = await launchChromium();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.app?.close();
    served.remove?.();
  });
  return served;
}

/**
 * Opens the page, every action on it with the slow budget (on a busy machine a click that opens
 * the sources matrix of 10,000 relations outlasted Playwright's default 30 s: the whole file ran
 * five times slower than on a quiet one), and waits for its first render.
 */
async function open(served: ReturnType<typeof servedSynthetic>) {
  const opened = await openPage(served.browser!, served.app!.url, { timeout: SLOW });
  await waitForFirstRender(opened.page, SLOW);
  return opened;
}

/** How many elements the canvas has, and whether all of them are drawn inside its box. */
function fitted(): { nodes: number; edges: number; inside: boolean } {
  const cy = window.cy!;
  const box = cy.elements().renderedBoundingBox({ includeLabels: false });
  return { nodes: cy.nodes().length, edges: cy.edges().length, inside: box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1 };
}

/** Clicks an edge where it is drawn and waits for its evidence in the sidebar. */
async function clickAnEdge(page: Awaited<ReturnType<typeof open>>['page']): Promise<string> {
  const target = await clearEdge(page);
  expect(target, 'an edge with a clear spot to click').not.toBeNull();
  await page.mouse.click(target!.x, target!.y);
  await page.locator(`.evidence-panel[data-edge="${target!.key}"]`).waitFor({ timeout: SLOW });
  expect(await page.locator('.evidence-panel li.evidence').count()).toBeGreaterThan(0);
  return target!.key;
}

describe('the explorer on 2,000 actors and 10,000 relations', () => {
  const served = servedSynthetic(2000, 10_000);

  it('keeps the first load under 350 KB of gzipped JavaScript, without zod, and fetches no other script until the explorer is up', async () => {
    const { dir } = served.app!;
    const scripts = firstLoadScripts(dir);
    expect(scripts.some((s) => /^assets\/index-.*\.js$/.test(s))).toBe(true);
    expect(gzippedBytes(dir, scripts)).toBeLessThan(FIRST_LOAD_BUDGET);
    // zod reads its `jitless` setting in every object schema it makes, so its code names it; the
    // first view checks the graph with graph-data/shapes.ts, and zod is loaded only for a failure.
    expect(scripts.filter((s) => readFileSync(join(dir, s), 'utf8').includes('jitless'))).toEqual([]);
    const { page, problems } = await open(served);
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)).filter((p) => p.endsWith('.js')),
    );
    expect(fetched.sort()).toEqual(scripts);
    // A graph this big comes as a file of its own (its download shows progress), not inside the page
    // or a script; and what the page draws first is its first view, with no evidence in it. The graph
    // itself is asked for only once that is drawn.
    const files = await page.evaluate(({ firstView, graph }) => {
      const entry = (pattern: string) => {
        const e = performance.getEntriesByType('resource').find((r) => new RegExp(pattern).test(new URL(r.name).pathname));
        return e ? { start: e.startTime, bytes: (e as PerformanceResourceTiming).decodedBodySize } : null;
      };
      return { first: entry(firstView), graph: entry(graph), drawn: performance.getEntriesByName('dyad-first-render')[0]!.startTime };
    }, { firstView: FIRST_VIEW_FILE.source, graph: GRAPH_FILE.source });
    expect(files.first, 'the first view fetched').not.toBeNull();
    expect(files.graph, 'the graph fetched').not.toBeNull();
    expect(files.graph!.start).toBeGreaterThanOrEqual(files.drawn);
    expect(files.first!.bytes).toBeLessThan(files.graph!.bytes / 4);
    expect(await problems()).toEqual([]);
  }, SLOW);

  it('opens from the graph alone when its first view cannot be had, or is not the graph\'s, and when the address asks for another view', async () => {
    const { browser, app } = served;
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(SLOW);
      await page.route(FIRST_VIEW_FILE, (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.goto(app!.url);
      await waitForFirstRender(page, SLOW);
      expect(await page.evaluate(() => window.cy!.edges().length)).toBe(10_000);
      const { key, label } = await page.evaluate(() => ({ key: window.cy!.edges()[0]!.id(), label: window.cy!.nodes()[0]!.data('label') as string }));
      // A first view that does not give the graph's own (here an actor renamed) is drawn, then redrawn from the graph.
      const other = await context.newPage();
      other.setDefaultTimeout(SLOW);
      await other.route(FIRST_VIEW_FILE, async (route) => {
        const view = (await (await route.fetch()).json()) as { nodes: { label: string }[] };
        view.nodes[0]!.label = 'Not this graph';
        await route.fulfill({ json: view });
      });
      await other.goto(app!.url);
      await waitForFirstRender(other, SLOW);
      expect(await other.evaluate(() => window.cy!.nodes()[0]!.data('label'))).toBe(label);
      expect(await other.evaluate(() => window.cy!.edges().length)).toBe(10_000);
      // A link to a relation: the first view holds no selection, so the page draws the link's view once the graph is in.
      const linked = await context.newPage();
      linked.setDefaultTimeout(SLOW);
      await linked.goto(`${app!.url}#${encodeLink({ ...DEFAULT_LINK_VIEW, selection: { kind: 'edge', key } })}`);
      await linked.locator(`.evidence-panel[data-edge="${key}"]`).waitFor();
      const order = await linked.evaluate((graph) => ({
        graph: (performance.getEntriesByType('resource').find((r) => new RegExp(graph).test(r.name)) as PerformanceResourceTiming).responseEnd,
        drawn: performance.getEntriesByName('dyad-first-render')[0]!.startTime,
      }), GRAPH_FILE.source);
      expect(order.drawn, 'drawn once the graph had arrived').toBeGreaterThan(order.graph);
      expect(await linked.evaluate(() => window.cy!.$(':selected').map((e) => e.id()))).toEqual([key]);
    } finally {
      await context.close();
    }
  }, SLOW);

  it('says so when the graph cannot be fetched after its first view is drawn, and opens it on Try again', async () => {
    const { browser, app } = served;
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(SLOW);
      await page.route(GRAPH_FILE, (route) => route.fulfill({ status: 503, body: 'down' }));
      await page.goto(app!.url);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Dyad cannot load the graph.*the server answered 503 for \/assets\/synthetic-10000-.*\.json\./);
      expect(await page.evaluate(() => performance.getEntriesByName('dyad-first-render').length), 'the first view was drawn first').toBe(1);
      await page.unroute(GRAPH_FILE);
      await page.getByRole('button', { name: 'Try again' }).click();
      await waitForFirstRender(page, SLOW);
      expect(await page.evaluate(() => window.cy!.edges().length)).toBe(10_000);
      expect(await page.locator('.toolbar').count()).toBe(1);
    } finally {
      await context.close();
    }
  }, SLOW);

  it('draws every actor and relation, fitted into the graph box, naming actors only once zoomed in on', async () => {
    const { page, problems } = await open(served);
    const drawn = await page.evaluate(fitted);
    expect(drawn).toEqual({ nodes: 2000, edges: 10_000, inside: true });
    expect(await page.locator('.stats').textContent()).toContain('2000 actors · 10000 relations');
    // Level of detail: too far out to read a name, no actor has one to measure or draw.
    const names = () => page.evaluate(() => window.cy!.nodes().filter((n) => n.style('label') !== '').length);
    expect(await names()).toBe(0);
    const hub = await page.evaluate(() => {
      const cy = window.cy!;
      const node = cy.nodes().max((n) => n.degree(false)).ele;
      cy.zoom({ level: 1, position: node.position() });
      return { id: node.id(), label: node.data('label') as string };
    });
    await expect.poll(() => page.evaluate((id) => window.cy!.getElementById(id).style('label'), hub.id)).toBe(hub.label);
    // Only the actors round the view: the rest of the graph still has no names.
    expect(await names()).toBeLessThan(2000);
    expect(await problems()).toEqual([]);
  }, SLOW);

  it('pans with a drag and zooms with the wheel, then answers a click on an edge', async () => {
    const { page, problems } = await open(served);
    const viewport = () => page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: window.cy!.pan() }));
    const start = await viewport();
    // A drag from the fitted graph's margin, where no element is: it pans rather than moves a node.
    const from = await page.evaluate(() => {
      const cy = window.cy!;
      const r = cy.container()!.getBoundingClientRect();
      const bb = cy.elements().renderedBoundingBox({ includeLabels: true });
      return { x: r.left + Math.max(4, bb.x1 / 2), y: r.top + Math.max(4, bb.y1 / 2), clear: bb.x1 > 8 && bb.y1 > 8 };
    });
    expect(from.clear, 'a margin round the fitted graph').toBe(true);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + 12 * i, from.y + 6 * i);
    await page.mouse.up();
    await expect.poll(async () => (await viewport()).pan.x).toBeGreaterThan(start.pan.x);
    const box = (await page.locator('.graph').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await viewport()).zoom).toBeGreaterThan(start.zoom);
    await clickAnEdge(page);
    expect(await problems()).toEqual([]);
  }, SLOW);

  it('opens an actor, the table and the sources matrix without freezing, showing a page of rows at a time', async () => {
    const { page, problems } = await open(served);
    const hub = await page.evaluate(() => window.cy!.nodes().max((n) => n.degree(false)).ele.id());
    // CSS locators: role and label queries walk the whole page, thousands of buttons at this size.
    await page.locator('#actor-search').fill(await page.evaluate((id) => window.cy!.getElementById(id).data('label') as string, hub));
    await page.locator('form.search button[type="submit"]').click();
    await page.locator(`.actor-panel[data-node="${hub}"]`).waitFor({ timeout: SLOW });
    await page.locator('.toolbar .switch button', { hasText: 'Table' }).click();
    await page.locator('.relation-table tbody tr').first().waitFor({ timeout: SLOW });
    expect(await page.locator('.relation-table tbody tr').count()).toBe(500);
    await page.locator('.relation-table .more-rows button').click();
    await expect.poll(() => page.locator('.relation-table tbody tr').count(), { timeout: SLOW }).toBe(1000);
    await page.locator('.toolbar .switch button', { hasText: 'Sources' }).click();
    await page.locator('.source-matrix tbody tr').first().waitFor({ timeout: SLOW });
    // A column per outlet and per article of unknown outlet: a page is as many rows as fit 10,000 cells.
    const matrix = await page.evaluate(() => ({ rows: document.querySelectorAll('.source-matrix tbody tr').length, columns: document.querySelectorAll('.source-matrix thead th').length }));
    expect(matrix.rows).toBe(Math.max(20, Math.min(500, Math.floor(10_000 / matrix.columns))));
    expect(await page.locator('.source-matrix .more-rows').textContent()).toMatch(/^Showing [\d,]+ of 10,000\./);
    expect(await problems()).toEqual([]);
  }, SLOW);
});

describe('the explorer on 20,000 relations', () => {
  const served = servedSynthetic(4000, 20_000);

  it('opens fitted whole into the graph box, and answers a click on an edge', async () => {
    const { page, problems } = await open(served);
    expect(await page.evaluate(fitted)).toEqual({ nodes: 4000, edges: 20_000, inside: true });
    await clickAnEdge(page);
    expect(await problems()).toEqual([]);
  }, SLOW);
});

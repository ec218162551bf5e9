import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GraphFile } from '../../graph-data/schema.ts';
import { servedApp } from './app.ts';
import type { BuiltApp } from './app.ts';
import { edgeClickPoint, nodeClickPoint, type Placed, placements, selectedIds, waitForGraph } from './cy.ts';
import { openPage } from './page.ts';

// The committed data, read here without the app's model code, so the two can check each other.
const graph = GraphFile.parse(JSON.parse(readFileSync(new URL('../../graph-data/graph.json', import.meta.url), 'utf8')));
const label = (id: string) => graph.nodes.find((n) => n.key === id)?.attributes.label ?? id;
const core = graph.nodes.filter((n) => n.attributes.core).map((n) => n.key);
const ACCUSATION = 'pakistan|accusation|india';
const model = (ps: Placed[]) => ps.map(({ id, x, y }) => ({ id, x, y }));

describe('the graph on graph-data/graph.json', () => {
  let browser: Browser;
  let app: BuiltApp;

  servedApp((b, a) => {
    browser = b;
    app = a;
  });

  const open = async (options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}) => {
    const opened = await openPage(browser, app.url, { colorScheme: options.colorScheme ?? 'light' });
    if (options.viewport) await opened.page.setViewportSize(options.viewport);
    await waitForGraph(opened.page, graph.nodes.length);
    return opened;
  };
  const status = (page: Page) => page.locator('.selection-status');

  it('draws every core actor with a size, inside the graph box, with no console errors or CSP violations', async () => {
    const { page, problems } = await open();
    expect(core.length).toBeGreaterThan(0);
    const drawn = await page.evaluate((ids) => {
      const cy = window.cy!;
      return ids.map((id) => {
        const n = cy.getElementById(id);
        const b = n.renderedBoundingBox({ includeLabels: false });
        return { id, found: n.nonempty(), visible: n.visible(), w: n.renderedWidth(), h: n.renderedHeight(), inside: b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height() };
      });
    }, core);
    for (const d of drawn) expect(d, d.id).toMatchObject({ found: true, visible: true, inside: true });
    for (const d of drawn) expect(d.w * d.h, d.id).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.cy!.edges().length)).toBe(graph.edges.length);
    expect(await problems()).toEqual([]);
  });

  it('draws the graph before the explorer loads, which then takes that very canvas over, the same size', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Noted in the same task as the page's first-render mark, before anything else can run.
    await context.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        if (name === 'dyad-first-render') {
          const canvas = document.querySelector<HTMLElement>('.graph .graph-canvas');
          const w = window as unknown as { __first: unknown; __canvas: unknown };
          w.__canvas = canvas;
          w.__first = { toolbar: document.querySelector('.toolbar') !== null, drawn: canvas?.querySelectorAll('canvas').length ?? 0, width: canvas?.clientWidth, height: canvas?.clientHeight };
        }
        return mark(name, options);
      };
    });
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForGraph(page, graph.nodes.length);
    const first = await page.evaluate(() => (window as unknown as { __first: unknown }).__first);
    const now = await page.evaluate(() => {
      const canvas = (window as unknown as { __canvas: HTMLElement }).__canvas;
      return { toolbar: document.querySelector('.toolbar') !== null, drawn: canvas.querySelectorAll('canvas').length, width: canvas.clientWidth, height: canvas.clientHeight, taken: window.cy!.container()?.parentElement === canvas && canvas.isConnected };
    });
    expect(first).toMatchObject({ toolbar: false });
    expect((first as { drawn: number }).drawn).toBeGreaterThan(0);
    expect(now).toMatchObject({ toolbar: true, taken: true });
    // The sketch's box is the explorer's at this window size: no refit, no second drawing.
    expect(now).toMatchObject({ width: (first as { width: number }).width, height: (first as { height: number }).height });
    await context.close();
  });

  it('comes inside the page: drawn with no request for the graph file, and the copy taken out of the page once read', async () => {
    const { page, problems } = await open();
    const seen = await page.evaluate(() => ({
      fetched: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.json')),
      block: document.getElementById('dyad-graph') !== null,
    }));
    expect(seen).toEqual({ fetched: [], block: false });
    expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(graph.nodes.length);
    expect(await problems()).toEqual([]);
  });

  it('says so when the graph cannot be fetched, and draws it on Try again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // A page without the graph inside it, as a big graph's is: the graph is then its file's to fetch.
    await page.route(app.url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="application\/json" id="dyad-graph">[^<]*<\/script>/, '');
      await route.fulfill({ response, body });
    });
    const graphFile = /\/assets\/graph-[^/]*\.json$/;
    await page.route(graphFile, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(app.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Dyad cannot load the graph.*the server answered 503 for \/assets\/graph-.*\.json\./);
    await page.unroute(graphFile);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForGraph(page, graph.nodes.length);
    expect(await page.locator('.toolbar').count()).toBe(1);
    await context.close();
  });

  it('draws India as an alleged actor, with a dashed outline the legend explains', async () => {
    const { page } = await open();
    const india = await page.evaluate(() => {
      const n = window.cy!.getElementById('india');
      return { alleged: n.data('alleged'), cls: n.hasClass('alleged'), border: n.style('border-style') };
    });
    expect(india).toEqual({ alleged: true, cls: true, border: 'dashed' });
    const legend = page.locator('[data-legend="alleged-actor"]');
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.textContent()).toMatch(/alleged actor.*others. claims/);
  });

  it('selects an edge clicked where it is drawn, says so, and Escape clears it', async () => {
    const { page, problems } = await open();
    const at = await edgeClickPoint(page, ACCUSATION);
    expect(at, 'the accusation edge has a clear spot to click').not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await page.waitForFunction((k) => window.cy!.getElementById(k).selected(), ACCUSATION);
    expect(await selectedIds(page)).toEqual([ACCUSATION]);
    expect(await page.evaluate((k) => window.cy!.getElementById(k).hasClass('selected'), ACCUSATION)).toBe(true);
    expect(await status(page).getAttribute('data-selection')).toBe(ACCUSATION);
    expect(await status(page).textContent()).toContain(`Selected: ${label('pakistan')} accuses ${label('india')}`);
    // The neighbourhood stays lit; the rest fades.
    expect(await page.evaluate(() => window.cy!.getElementById('afghan-taliban').hasClass('faded'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.cy!.$(':selected').length === 0);
    expect(await status(page).getAttribute('data-selection')).toBe('');
    expect(await problems()).toEqual([]);
  });

  it('selects an actor clicked where it is drawn, and the background clears it', async () => {
    const { page } = await open();
    const at = await nodeClickPoint(page, 'india');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => window.cy!.getElementById('india').selected());
    expect(await status(page).textContent()).toContain(`Selected: ${label('india')} (alleged actor)`);
    const box = (await page.locator('.graph').boundingBox())!;
    await page.mouse.click(box.x + 4, box.y + 4);
    await page.waitForFunction(() => window.cy!.$(':selected').length === 0);
  });

  it('hides the edges of a filtered type, and no node moves', async () => {
    const { page } = await open();
    const before = await placements(page);
    await page.locator('summary', { hasText: 'Relations' }).click();
    await page.getByRole('checkbox', { name: /^clash/ }).uncheck();
    await page.waitForFunction(() => window.cy!.edges('.type-clash').not('.hidden').empty());
    const edges = await page.evaluate(() =>
      window.cy!.edges().map((e) => ({ type: String(e.data('type')), hidden: e.classes().includes('hidden'), visible: e.visible() })),
    );
    expect(edges.filter((e) => e.type === 'clash').length).toBeGreaterThan(0);
    for (const e of edges) expect(e, e.type).toMatchObject(e.type === 'clash' ? { hidden: true, visible: false } : { hidden: false, visible: true });
    const after = await placements(page);
    expect(after.map((p) => p.id)).toEqual(before.map((p) => p.id));
    after.forEach((p, i) => {
      const b = before[i]!;
      for (const k of ['x', 'y', 'rx', 'ry'] as const) expect(Math.abs(p[k] - b[k]), `${p.id}.${k}`).toBeLessThanOrEqual(0.5);
    });
    await page.getByRole('checkbox', { name: /^clash/ }).check();
    await page.waitForFunction(() => window.cy!.edges('.hidden').empty());
  });

  it('lays out the same data the same way on every load, whatever the window size', async () => {
    const first = await placements((await open()).page);
    const again = await placements((await open()).page);
    const narrow = await placements((await open({ viewport: { width: 768, height: 1000 } })).page);
    expect(model(again)).toEqual(model(first));
    expect(model(narrow)).toEqual(model(first));
    expect(new Set(first.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(first.length);
  });

  it('lets nodes be dragged and laid out again; Reset and the default layout restore the picture', async () => {
    const { page } = await open();
    const first = await placements(page);
    const from = await nodeClickPoint(page, 'pakistan');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 });
    await page.mouse.up();
    const dragged = (await placements(page)).find((p) => p.id === 'pakistan')!;
    expect(Math.hypot(dragged.rx - from.x, dragged.ry - from.y)).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    expect(model(await placements(page))).toEqual(model(first));
    await page.getByLabel('Layout').selectOption('grid');
    expect(model(await placements(page))).not.toEqual(model(first));
    await page.getByLabel('Layout').selectOption('fcose');
    expect(model(await placements(page))).toEqual(model(first));
  });

  it('finds an actor by another of its names, selects it and centres it', async () => {
    const { page } = await open();
    const target = graph.nodes.find((n) => n.key === 'turkiye') ?? graph.nodes[0]!;
    const others = graph.nodes.filter((n) => n !== target).flatMap((n) => [n.attributes.label, ...n.attributes.names]);
    const name = target.attributes.names.find((x) => x !== target.attributes.label && !others.includes(x)) ?? target.attributes.label;
    // The names to pick from are listed once the field is first used, every one of them.
    expect(await page.locator('#actor-names option').count()).toBe(0);
    await page.getByLabel('Find actor').focus();
    const offered = await page.locator('#actor-names option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toContain(name);
    expect(offered).toContain(target.attributes.label);
    await page.getByLabel('Find actor').fill(name.toUpperCase());
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.cy!.getElementById(id).selected(), target.key);
    // The viewport animates to it from the next frame on; wait until it has arrived.
    await page.waitForFunction(() => window.cy!.zoom() >= 1.4 && !window.cy!.animated());
    const where = await page.evaluate((id) => {
      const cy = window.cy!;
      const p = cy.getElementById(id).renderedPosition();
      return { dx: p.x - cy.width() / 2, dy: p.y - cy.height() / 2, zoom: cy.zoom() };
    }, target.key);
    // cytoscape centres the node's box with its label, which hangs below the disc: hence the slack.
    expect(Math.abs(where.dx)).toBeLessThan(2);
    expect(Math.abs(where.dy)).toBeLessThan(40);
    expect(where.zoom).toBeGreaterThanOrEqual(1.4);
    expect(await status(page).getAttribute('data-selection')).toBe(target.key);
  });

  it('follows the dark colour scheme on the canvas too', async () => {
    const colour = async (scheme: 'light' | 'dark') => {
      const { page, problems } = await open({ colorScheme: scheme });
      const got = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.className = 'muted';
        document.body.append(probe);
        const fg = getComputedStyle(document.documentElement).getPropertyValue('--fg').trim();
        probe.remove();
        return { fg, label: window.cy!.nodes()[0]!.style('color') as string };
      });
      expect(await problems()).toEqual([]);
      return got;
    };
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    const light = await colour('light');
    const dark = await colour('dark');
    expect(hex(light.label)).toBe(light.fg);
    expect(hex(dark.label)).toBe(dark.fg);
    expect(dark.fg).not.toBe(light.fg);
  });

  it('restyles the canvas when the colour scheme changes while the page is open', async () => {
    const { page } = await open({ colorScheme: 'light' });
    const before = await page.evaluate(() => window.cy!.nodes()[0]!.style('color') as string);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction((b) => window.cy!.nodes()[0]!.style('color') !== b, before);
  });
});

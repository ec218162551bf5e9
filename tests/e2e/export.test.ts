import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GraphFile } from '../../graph-data/schema.ts';
import { parseCsv } from '../../app/export/testing/csv-parse.ts';
import { servedApp, type BuiltApp } from './app.ts';
import { waitForGraph } from './cy.ts';
import { exportFile, hideType, pngSize, shownRelations } from './downloads.ts';
import { openPage } from './page.ts';

// The committed data, read here without the app's model code, so the two can check each other.
const graph = GraphFile.parse(JSON.parse(readFileSync(new URL('../../graph-data/graph.json', import.meta.url), 'utf8')));
const idOf = new Map(graph.nodes.map((n) => [n.attributes.label, n.key]));
const relation = (e: { source: string; target: string; attributes: { type: string } }) => `${e.source}|${e.attributes.type}|${e.target}`;

describe('exports of graph-data/graph.json', () => {
  let browser: Browser;
  let app: BuiltApp;

  servedApp((b, a) => {
    browser = b;
    app = a;
  });

  const open = async () => {
    const opened = await openPage(browser, app.url, { colorScheme: 'light' });
    await waitForGraph(opened.page, graph.nodes.length);
    return opened;
  };
  /** Parses `text` with the page's own DOMParser; returns null on a parser error. */
  const domParse = (page: Page, text: string, type: string) =>
    page.evaluate(([text, type]) => {
      const doc = new DOMParser().parseFromString(text!, type as DOMParserSupportedType);
      if (doc.querySelector('parsererror')) return null;
      const edges = [...doc.querySelectorAll('edge')].map((e) => `${e.getAttribute('source')}|${e.getAttribute('kind')}|${e.getAttribute('target')}`);
      const groups = [...doc.querySelectorAll('g.edge')].map((g) => [g.getAttribute('data-id'), g.querySelectorAll('path').length > 0]);
      return { root: doc.documentElement.localName, edges: edges.sort(), groups, nodes: doc.querySelectorAll('node, g.node').length };
    }, [text, type]);

  it('saves a PNG of the view at twice the canvas size, with the legend beside it', async () => {
    const { page, problems } = await open();
    const saved = await exportFile(page, 'png');
    expect(saved.name).toMatch(/^dyad-graph-\d+-articles-\d{4}-\d{2}-\d{2}\.png$/);
    const size = pngSize(saved.bytes);
    const canvas = await page.evaluate(() => ({ w: window.cy!.width(), h: window.cy!.height() }));
    expect(size, 'a PNG signature and IHDR').not.toBeNull();
    expect(size!.width).toBeGreaterThanOrEqual(2 * canvas.w + 200);
    expect(size!.height).toBeGreaterThanOrEqual(2 * canvas.h);
    expect(await problems()).toEqual([]);
  });

  it('saves an SVG with one group and path per shown edge, hidden ones left out', async () => {
    const { page, problems } = await open();
    await hideType(page, 'clash');
    const saved = await exportFile(page, 'svg');
    expect(saved.name).toMatch(/-filtered\.svg$/);
    const parsed = await domParse(page, saved.text, 'image/svg+xml');
    expect(parsed?.root).toBe('svg');
    const shown = await page.evaluate(() => window.cy!.edges().not('.hidden').map((e) => e.id()));
    expect(parsed!.groups).toEqual(shown.map((id) => [id, true]));
    expect(parsed!.groups.some(([id]) => String(id).includes('|clash|'))).toBe(false);
    expect(parsed!.nodes).toBe(await page.evaluate(() => window.cy!.nodes().not('.hidden').length));
    expect(await problems()).toEqual([]);
  });

  it('saves graphology JSON that validates, holds only the shown edges and carries the view', async () => {
    const { page } = await open();
    await hideType(page, 'clash');
    const saved = await exportFile(page, 'json');
    expect(saved.name).toMatch(/^dyad-graph-.*-filtered\.json$/);
    const out = GraphFile.parse(JSON.parse(saved.text));
    const expected = graph.edges.filter((e) => e.attributes.type !== 'clash').map(relation).sort();
    expect(out.edges.map(relation).sort()).toEqual(expected);
    expect(out.edges.map(relation).sort()).toEqual(await shownRelations(page));
    expect(out.attributes.dyadSnapshot).toMatchObject({ v: 1, view: { filters: { hiddenTypes: ['clash'] } } });
    expect(Object.keys((out.attributes.dyadSnapshot as { positions: object }).positions)).toHaveLength(graph.nodes.length);
  });

  it('saves GEXF that the browser parses as XML, with the same relations as the canvas', async () => {
    const { page } = await open();
    const saved = await exportFile(page, 'gexf');
    expect(saved.name).toMatch(/^dyad-graph-\d+-articles-[\d-]+\.gexf$/);
    const parsed = await domParse(page, saved.text, 'application/xml');
    expect(parsed?.root).toBe('gexf');
    expect(parsed!.edges).toEqual(await shownRelations(page));
    expect(parsed!.nodes).toBe(graph.nodes.length);
  });

  it('saves CSV with one row per shown sentence and the same relations as the canvas', async () => {
    const { page } = await open();
    const shownAfter = graph.edges.filter((e) => e.attributes.evidence.some((x) => x.status !== 'alleged')).length;
    await page.locator('summary', { hasText: 'Evidence' }).click();
    await page.getByRole('checkbox', { name: /^alleged/ }).uncheck();
    await page.waitForFunction((n) => window.cy!.edges().not('.hidden').length === n, shownAfter);
    const saved = await exportFile(page, 'csv');
    expect(saved.name).toMatch(/^dyad-evidence-.*-filtered\.csv$/);
    expect(saved.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(saved.text);
    expect(header!.slice(0, 3)).toEqual(['source', 'type', 'target']);
    const sentences = graph.edges.flatMap((e) =>
      [...new Set(e.attributes.evidence.filter((x) => x.status !== 'alleged').map((x) => `${relation(e)}#${x.article}#${x.sentence}`))],
    );
    expect(rows).toHaveLength(sentences.length);
    const relations = [...new Set(rows.map((r) => `${idOf.get(r[0]!)}|${r[1]}|${idOf.get(r[2]!)}`))].sort();
    expect(relations).toEqual(await shownRelations(page));
  });

  it('turns the picture off under the table, still saves the SVG there, and closes when tabbed out of', async () => {
    const { page, problems } = await open();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const saved = await exportFile(page, 'svg');
    expect(saved.text).not.toMatch(/NaN|Infinity/);
    expect((await domParse(page, saved.text, 'image/svg+xml'))!.groups).toHaveLength(graph.edges.length);
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await button.click();
    expect(await page.locator('[data-export="png"]').isDisabled()).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await problems()).toEqual([]);
  });

  it('opens from the keyboard; Escape closes it, refocuses the button and keeps the selection', async () => {
    const { page } = await open();
    await page.getByLabel('Find actor').fill('Pakistan');
    await page.getByLabel('Find actor').press('Enter');
    await page.waitForFunction(() => window.cy!.getElementById('pakistan').selected());
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('png');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('svg');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Export/);
    expect(await page.evaluate(() => window.cy!.getElementById('pakistan').selected())).toBe(true);
    expect((await exportFile(page, 'png')).name).toMatch(/-pakistan\.png$/);
  });
});

import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CSP } from '../../app/csp.ts';
import { GraphFile } from '../../graph-data/schema.ts';
import { servedApp } from './app.ts';
import type { BuiltApp } from './app.ts';
import { waitForGraph } from './cy.ts';
import { openPage } from './page.ts';

// The committed data, read here independently of the app's own model code.
const graph = GraphFile.parse(JSON.parse(readFileSync(new URL('../../graph-data/graph.json', import.meta.url), 'utf8')));

describe('the explorer on graph-data/graph.json', () => {
  let browser: Browser;
  let app: BuiltApp;

  servedApp((b, a) => {
    browser = b;
    app = a;
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`loads under the CSP with no console errors, failed requests or violations (${colorScheme})`, async () => {
      const { page, problems, cspHeader } = await openPage(browser, app.url, { colorScheme });
      expect(cspHeader).toBe(CSP);
      await waitForGraph(page, graph.nodes.length);
      await expect(page.locator('h1').first().textContent()).resolves.toBe('Dyad');
      expect(await page.locator('.stats').textContent()).toContain(`${graph.attributes.articles.length} article`);
      // No <style> (cytoscape's own is pre-empted) and no style="" from the app. Cytoscape sizes its
      // box and canvases through the CSSOM, which the CSP allows; only those may carry a style.
      expect(await page.evaluate(() => document.querySelectorAll('style, [style]:not(.graph):not(.graph *)').length)).toBe(0);
      expect(await problems()).toEqual([]);
    });
  }

  it('has the toolbar, the graph, the legend and the details column', async () => {
    const { page } = await openPage(browser, app.url);
    for (const name of ['Find actor', 'Layout']) expect(await page.getByLabel(name).count(), name).toBe(1);
    for (const name of ['Graph', 'Table', 'Reset', 'Find']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('.legend').isVisible()).toBe(true);
    expect(await page.locator('aside.sidebar').count()).toBe(1);
  });

  it('switches to the table and back, the graph surviving under it', async () => {
    const { page, problems } = await openPage(browser, app.url);
    await waitForGraph(page, graph.nodes.length);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await page.locator('.graph-pane').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    expect(await page.locator('.graph').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.cy!.width() > 0 && window.cy!.nodes(':visible').length)).toBe(graph.nodes.length);
    expect(await problems()).toEqual([]);
  });

  it('fits a 768px wide window without sideways scrolling, the graph still drawn', async () => {
    const { page } = await openPage(browser, app.url);
    await page.setViewportSize({ width: 768, height: 1000 });
    await waitForGraph(page, graph.nodes.length);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const outside = await page.evaluate(() => {
      const cy = window.cy!;
      return cy.nodes().filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height();
      }).length;
    });
    expect(outside).toBe(0);
  });
});

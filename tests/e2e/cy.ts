/** Reads the page's cytoscape instance (window.cy) from a browser test. */
import type { EdgeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';

/** A node's model position and its rendered position in the graph box, in pixels. */
export interface Placed {
  id: string;
  x: number;
  y: number;
  rx: number;
  ry: number;
}

/** Waits until the graph has its nodes (they are laid out in the same task that adds them). */
export async function waitForGraph(page: Page, nodes: number): Promise<void> {
  await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) === n, nodes);
  // Two frames, so that the resize observer's fit, if any, has happened too.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/** Every node's model and rendered position. */
export function placements(page: Page): Promise<Placed[]> {
  return page.evaluate(() =>
    window.cy!.nodes().map((n) => ({ id: n.id(), x: n.position().x, y: n.position().y, rx: n.renderedPosition().x, ry: n.renderedPosition().y })),
  );
}

/** Ids of what cytoscape has selected. */
export function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy!.$(':selected').map((e) => e.id()));
}

/**
 * Where to click an edge in page coordinates: its rendered midpoint plus the graph box's offset.
 * Null when the midpoint is under a node or close to another edge's midpoint, where a click could
 * land on something else.
 */
export function edgeClickPoint(page: Page, key: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((key) => {
    const cy = window.cy!;
    const edge = cy.getElementById(key);
    if (edge.empty() || !edge.visible()) return null;
    const m = edge.renderedMidpoint();
    const onNode = cy.nodes(':visible').some((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true });
      return m.x > b.x1 - 6 && m.x < b.x2 + 6 && m.y > b.y1 - 6 && m.y < b.y2 + 6;
    });
    const others = cy.edges(':visible').not(edge).map((e) => (e as EdgeSingular).renderedMidpoint());
    // Parallel edges fan out about a dozen pixels apart at the default zoom; closer is a coin toss.
    const crowded = others.some((p) => Math.hypot(p.x - m.x, p.y - m.y) < 6);
    const box = cy.container()!.getBoundingClientRect();
    return onNode || crowded ? null : { x: box.left + m.x, y: box.top + m.y };
  }, key);
}

/** Where to click a node in page coordinates. */
export function nodeClickPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const p = window.cy!.getElementById(id).renderedPosition();
    const box = window.cy!.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

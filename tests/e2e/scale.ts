/** Helpers for the browser tests of big graphs: a synthetic graph on disk, and reading the page at scale. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EdgeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { syntheticGraph } from '../../scripts/bench/synthetic.ts';

/** A synthetic graph written to a temporary file; `remove` deletes it. */
export function syntheticFile(actors: number, edges: number): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-scale-'));
  const file = join(dir, `synthetic-${edges}.json`);
  writeFileSync(file, JSON.stringify(syntheticGraph({ actors, edges, seed: 5 }).graph));
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Waits for the page's first-render mark, which the page sets once the graph is drawn, and then for
 * the explorer to have taken that canvas over (window.cy is the explorer's) and refitted it if its
 * box came out another size.
 */
export async function waitForFirstRender(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('dyad-first-render').length === 1 && window.cy !== undefined, undefined, { timeout, polling: 250 });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/**
 * Brings an edge to the middle of the view, zoomed in, where a click on its midpoint can hit
 * nothing else: no node or label there, and no other edge's line within a few pixels. Tries the
 * edges between the least connected actors first (a hub's edges are crowded); returns the edge's
 * key and where to click in page coordinates, or null when none of the first candidates is clear.
 * Works in model coordinates, once, so that it takes no longer than the click it prepares.
 */
export function clearEdge(page: Page): Promise<{ key: string; x: number; y: number } | null> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const zoom = 1.2;
    // Model units that make CLEAR pixels at that zoom.
    const clear = 8 / zoom;
    const edges = cy.edges(':visible').toArray() as EdgeSingular[];
    const ends = edges.map((e) => [e.source().position(), e.target().position()] as const);
    const boxes = cy.nodes(':visible').map((n) => n.boundingBox({ includeLabels: true }));
    // Degrees counted once: cytoscape's degree() walks an actor's edges on every call.
    const links = new Map<string, number>();
    for (const e of edges) for (const id of [e.data('source') as string, e.data('target') as string]) links.set(id, (links.get(id) ?? 0) + 1);
    const degree = edges.map((e) => links.get(e.data('source') as string)! + links.get(e.data('target') as string)!);
    const order = edges.map((_, i) => i).sort((a, b) => degree[a]! - degree[b]! || (edges[a]!.id() < edges[b]!.id() ? -1 : 1));
    const near = (p: { x: number; y: number }, [a, b]: readonly [{ x: number; y: number }, { x: number; y: number }]) => {
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    };
    for (const i of order.slice(0, 40)) {
      const [a, b] = ends[i]!;
      const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      if (boxes.some((bb) => m.x > bb.x1 - clear && m.x < bb.x2 + clear && m.y > bb.y1 - clear && m.y < bb.y2 + clear)) continue;
      if (ends.some((other, j) => j !== i && near(m, other) < clear)) continue;
      const edge = edges[i]!;
      cy.zoom(zoom);
      cy.center(edge);
      const r = edge.renderedMidpoint();
      const box = cy.container()!.getBoundingClientRect();
      return { key: edge.id(), x: box.left + r.x, y: box.top + r.y };
    }
    return null;
  });
}

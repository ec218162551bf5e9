import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { roomToFit } from './room.ts';
import { LARGE_GRAPH_NODES, scaleOf } from './scale.ts';

/** A headless canvas of `nodes` actors, its zoom limited as GraphView limits it. */
function canvas(nodes: number) {
  return cytoscape({
    headless: true, minZoom: scaleOf(nodes).minZoom,
    elements: Array.from({ length: nodes }, (_, i) => ({ data: { id: `n${i}` } })),
  });
}

describe('roomToFit', () => {
  it('lets a fit go past the limit a big graph starts with, then keeps room to zoom out past the fit', () => {
    const cy = canvas(LARGE_GRAPH_NODES * 20);
    roomToFit(cy, () => cy.zoom(0.006));
    expect(cy.zoom()).toBe(0.006);
    expect(cy.minZoom()).toBe(0.003);
    // Without it, the same zoom is clamped to the limit: what cut a 4,000-actor graph off.
    const clamped = canvas(LARGE_GRAPH_NODES * 20);
    clamped.zoom(0.006);
    expect(clamped.zoom()).toBe(scaleOf(LARGE_GRAPH_NODES * 20).minZoom);
  });

  it("keeps the scale's limit when the fit is well inside it", () => {
    const cy = canvas(7);
    roomToFit(cy, () => cy.zoom(0.9));
    expect(cy.minZoom()).toBe(scaleOf(7).minZoom);
  });

  it('sets the limit even when the fit throws', () => {
    const cy = canvas(7);
    expect(() => roomToFit(cy, () => { throw new Error('layout failed'); })).toThrow('layout failed');
    expect(cy.minZoom()).toBe(scaleOf(7).minZoom);
  });
});

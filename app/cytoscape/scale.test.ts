import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_NODES, scaleOf, zoomFloor } from './scale.ts';

describe('scaleOf', () => {
  it('draws the seed corpus and graphs up to the threshold at full quality', () => {
    expect(scaleOf(7)).toEqual({ large: false, minZoom: 0.2 });
    expect(scaleOf(LARGE_GRAPH_NODES).large).toBe(false);
  });

  it('treats bigger graphs as large, and lets the user zoom out far enough to see them whole', () => {
    const large = scaleOf(LARGE_GRAPH_NODES + 1);
    expect(large.large).toBe(true);
    expect(large.minZoom).toBeLessThan(scaleOf(7).minZoom);
  });
});

describe('zoomFloor', () => {
  const large = scaleOf(4000);

  it("keeps the scale's limit when the fit leaves room to zoom out past it", () => {
    expect(zoomFloor(large, 0.05)).toBe(large.minZoom);
    expect(zoomFloor(scaleOf(7), 0.9)).toBe(0.2);
  });

  it('goes below it when the graph needs more room, to half the fit', () => {
    expect(zoomFloor(large, 0.008)).toBe(0.004);
    expect(zoomFloor(large, 0.03)).toBe(0.015);
  });

  it('ignores a fit that did not happen (a box of no size)', () => {
    expect(zoomFloor(large, 0)).toBe(large.minZoom);
    expect(zoomFloor(large, Number.NaN)).toBe(large.minZoom);
  });
});

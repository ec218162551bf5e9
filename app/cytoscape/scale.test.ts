import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_NODES, scaleOf } from './scale.ts';

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

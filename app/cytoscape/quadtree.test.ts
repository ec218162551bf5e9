import { describe, expect, it } from 'vitest';
import { type Quad, quadtree } from './quadtree.ts';

/** Every point the tree holds, by walking it down to its leaves. */
function bodies(q: Quad): number[] {
  if (q.children) return q.children.flatMap(bodies);
  return q.body >= 0 ? [q.body] : [];
}

describe('quadtree', () => {
  it('weighs its points and finds their centre of weight', () => {
    const xs = Float64Array.from([0, 10, 10, 0]);
    const ys = Float64Array.from([0, 0, 10, 10]);
    const w = Float64Array.from([1, 1, 1, 5]);
    const root = quadtree(xs, ys, w);
    expect(root.mass).toBe(8);
    expect(root.cx).toBeCloseTo(20 / 8);
    expect(root.cy).toBeCloseTo(60 / 8);
    expect(bodies(root).sort()).toEqual([0, 1, 2, 3]);
  });

  it('keeps points on one spot in one square instead of splitting forever', () => {
    const root = quadtree(Float64Array.from([3, 3, 3]), Float64Array.from([4, 4, 4]), Float64Array.from([1, 1, 1]));
    expect(root.mass).toBe(3);
    expect([root.cx, root.cy]).toEqual([3, 4]);
  });
});

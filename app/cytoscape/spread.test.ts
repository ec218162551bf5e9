import { describe, expect, it } from 'vitest';
import { spreadLayout } from './spread.ts';

/** A hub-and-spoke graph with a few cross links and a parallel edge, as news graphs are. */
function hubGraph(n: number): [number, number][] {
  const edges: [number, number][] = [];
  for (let i = 1; i < n; i++) edges.push([i % 3, i]);
  for (let i = 5; i < n; i += 7) edges.push([i, i - 4]);
  edges.push([0, 1], [1, 0], [2, 2]);
  return edges;
}

const distance = (p: [number, number], q: [number, number]) => Math.hypot(p[0] - q[0], p[1] - q[1]);

describe('spreadLayout', () => {
  it('gives the same coordinates on every run, and leaves Math.random alone', () => {
    const real = Math.random;
    expect(spreadLayout(300, hubGraph(300))).toEqual(spreadLayout(300, hubGraph(300)));
    expect(Math.random).toBe(real);
  });

  it('places every node somewhere of its own', () => {
    const at = spreadLayout(300, hubGraph(300));
    expect(at).toHaveLength(300);
    expect(at.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(new Set(at.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(300);
  });

  it('puts linked actors nearer each other than actors in general', () => {
    const edges = hubGraph(300);
    const at = spreadLayout(300, edges);
    const linked = edges.filter(([a, b]) => a !== b).map(([a, b]) => distance(at[a]!, at[b]!));
    const all: number[] = [];
    for (let a = 0; a < 300; a += 7) for (let b = a + 3; b < 300; b += 11) all.push(distance(at[a]!, at[b]!));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(all) / 2);
  });

  it('copes with no nodes, one node, and nodes linked to nothing', () => {
    expect(spreadLayout(0, [])).toEqual([]);
    expect(spreadLayout(1, [])).toHaveLength(1);
    const loose = spreadLayout(5, [[0, 1]]);
    expect(new Set(loose.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { ArticleTexts, edgeKey, GraphFile, RELATION_TYPES, STATUSES } from '../../graph-data/schema.ts';
import { seeded } from './random.ts';
import { syntheticGraph } from './synthetic.ts';

describe('syntheticGraph', () => {
  const { graph, texts } = syntheticGraph({ actors: 200, edges: 1000, seed: 7 });

  it('is a graph file and a texts file by the schema, with exactly the counts asked for', () => {
    expect(() => GraphFile.parse(graph)).not.toThrow();
    expect(() => ArticleTexts.parse(texts)).not.toThrow();
    expect(graph.nodes).toHaveLength(200);
    expect(graph.edges).toHaveLength(1000);
  });

  it('keys every edge as the build does, once, between actors it declares', () => {
    const ids = new Set(graph.nodes.map((n) => n.key));
    const keys = graph.edges.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ids.size).toBe(graph.nodes.length);
    for (const e of graph.edges) {
      expect(e.key).toBe(edgeKey(e.source, e.attributes.type, e.target, e.attributes.undirected));
      expect(ids.has(e.source) && ids.has(e.target) && e.source !== e.target).toBe(true);
      expect(e.undirected ?? false).toBe(e.attributes.undirected);
    }
  });

  it('points every piece of evidence at its own sentence in the texts, with marks inside it', () => {
    const articles = new Map(graph.attributes.articles.map((a) => [a.id, a]));
    for (const e of graph.edges) {
      for (const x of e.attributes.evidence) {
        expect(texts[x.article]?.slice(x.start, x.end)).toBe(x.text);
        expect(x.sentence).toBeLessThan(articles.get(x.article)?.sentences ?? 0);
        for (const [start, end] of x.marks) expect(0 <= start && start < end && end <= x.text.length).toBe(true);
        expect(x.marks.map((m) => m[2]).sort()).toEqual(['source', 'target', 'trigger']);
        const trigger = x.marks.find((m) => m[2] === 'trigger');
        expect(trigger && x.text.slice(trigger[0], trigger[1])).toBe(x.trigger);
      }
    }
  });

  it('names the actors in the sentences that relate them', () => {
    const label = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
    for (const e of graph.edges.slice(0, 100)) {
      const x = e.attributes.evidence[0];
      const named = x?.marks.filter((m) => m[2] !== 'trigger').map(([s, t]) => x.text.slice(s, t)).sort();
      expect(named).toEqual([label.get(e.source), label.get(e.target)].sort());
    }
  });

  it('looks like news: every type and status, several outlets, weeks of dates, parallel edges, a few hubs', () => {
    const evidence = graph.edges.flatMap((e) => e.attributes.evidence);
    expect(new Set(graph.edges.map((e) => e.attributes.type))).toEqual(new Set(RELATION_TYPES));
    expect(new Set(evidence.map((x) => x.status))).toEqual(new Set(STATUSES));
    expect(new Set(graph.attributes.articles.map((a) => a.outlet).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
    const days = graph.attributes.articles.flatMap((a) => (a.date ? [Date.parse(a.date)] : []));
    expect((Math.max(...days) - Math.min(...days)) / 86_400_000).toBeGreaterThanOrEqual(21);
    const pairs = graph.edges.map((e) => [e.source, e.target].sort().join(' '));
    expect(new Set(pairs).size).toBeLessThan(pairs.length);
    const degree = new Map<string, number>();
    for (const e of graph.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(10 * (sorted[sorted.length >> 1] ?? 0));
    expect(graph.nodes.filter((n) => n.attributes.core)).toHaveLength(6);
  });

  it('is the same for the same seed and different for another', () => {
    const again = syntheticGraph({ actors: 200, edges: 1000, seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify({ graph, texts }));
    expect(JSON.stringify(syntheticGraph({ actors: 200, edges: 1000, seed: 8 }).graph)).not.toBe(JSON.stringify(graph));
  });

  it('fills a small graph to the brim, and refuses more than its actors can hold', () => {
    // 3 actors: 7 directed types × 6 ordered pairs + 2 symmetric types × 3 pairs = 48 relations.
    const full = syntheticGraph({ actors: 3, edges: 48, seed: 1 }).graph;
    expect(new Set(full.edges.map((e) => e.key)).size).toBe(48);
    expect(() => syntheticGraph({ actors: 3, edges: 49, seed: 1 })).toThrow(/cannot hold/);
    expect(syntheticGraph({ actors: 4, edges: 0, seed: 1 }).graph.edges).toEqual([]);
  });
});

describe('the seeded generator', () => {
  it('repeats itself for a seed and spreads its draws over [0, 1)', () => {
    const [a, b] = [seeded(42), seeded(42)];
    const draws = Array.from({ length: 10_000 }, () => a.next());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const low = draws.filter((d) => d < 0.5).length;
    expect(low).toBeGreaterThan(4_700);
    expect(low).toBeLessThan(5_300);
  });
});

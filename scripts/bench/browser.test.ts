import { describe, expect, it } from 'vitest';
import { GraphFile } from '../../graph-data/schema.ts';
import { bareElements } from './bare-build.ts';
import { firstLoad } from './first-load.ts';
import { intervals, median, quantile, ratio } from './stats.ts';
import { syntheticGraph } from './synthetic.ts';
import { EXTRA_VISITS_MS, MAX_VISITS, nextRound, PANNED_VISITS, type Round } from './visit-plan.ts';

describe('frame statistics', () => {
  it('interpolates quantiles between ranks, and has none of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
    expect(Number.isNaN(median([]))).toBe(true);
  });
  it('turns frame timestamps into intervals, and will not divide by what was not measured', () => {
    expect(intervals([0, 16, 33, 60])).toEqual([16, 17, 27]);
    expect(ratio(30, 20)).toBe(1.5);
    expect(Number.isNaN(ratio(NaN, 20)) && Number.isNaN(ratio(30, 0))).toBe(true);
  });
});

describe('the first-load size', () => {
  const file = (url: string, contentType: string, text: string) => ({ url, contentType, body: new TextEncoder().encode(text) });
  it('gzips every file once, and counts JavaScript apart from the total', () => {
    const js = file('http://x/assets/index-1.js', 'text/javascript; charset=utf-8', 'const a = 1;'.repeat(500));
    const css = file('http://x/assets/index-1.css', 'text/css', 'body{margin:0}'.repeat(100));
    const html = file('http://x/', 'text/html', '<!doctype html><title>x</title>');
    const load = firstLoad([html, js, css, js]);
    expect(load.files).toBe(3);
    expect(load.jsGzipBytes).toBeGreaterThan(0);
    expect(load.jsGzipBytes).toBeLessThan(js.body.length / 10);
    expect(load.totalGzipBytes).toBeGreaterThan(load.jsGzipBytes);
    // By the address when the server gives no type.
    expect(firstLoad([{ ...js, contentType: '' }]).jsGzipBytes).toBe(load.jsGzipBytes);
    expect(firstLoad([css, html]).jsGzipBytes).toBe(0);
  });
});

describe('the bare page elements', () => {
  it('are the graph\'s nodes and edges, ids and ends only', () => {
    const graph = GraphFile.parse(syntheticGraph({ actors: 20, edges: 50, seed: 1 }).graph);
    const elements = bareElements(graph);
    expect(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(graph.nodes.map((n) => n.key));
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => [e.data.id, e.data.source, e.data.target])).toEqual(graph.edges.map((e) => [e.key, e.source, e.target]));
    expect(Object.keys(edges[0]?.data ?? {}).sort()).toEqual(['id', 'source', 'target']);
  });
});

describe('the visit plan', () => {
  /** The rounds a graph gets when each first-render-only round takes `roundMs`. */
  const rounds = (roundMs: number, quick = false) => {
    const out: Round[] = [];
    const extraMs = () => out.filter((r) => !r.pan).length * roundMs;
    for (let r = nextRound(0, 0, quick); r; r = nextRound(out.length, extraMs(), quick)) out.push(r);
    return out;
  };

  it('pans in the first rounds, then times first renders alone while the graph\'s time lasts, up to the most visits', () => {
    const quickOnes = rounds(1000);
    expect(quickOnes).toHaveLength(MAX_VISITS);
    expect(quickOnes.filter((r) => r.pan)).toHaveLength(PANNED_VISITS);
    expect(quickOnes.slice(0, PANNED_VISITS).every((r) => r.pan)).toBe(true);
    // Slow visits: the panned rounds all the same (their time does not count), then none begins once the time is up.
    expect(rounds(EXTRA_VISITS_MS)).toHaveLength(PANNED_VISITS + 1);
    expect(rounds(EXTRA_VISITS_MS / 2)).toHaveLength(PANNED_VISITS + 2);
    expect(rounds(EXTRA_VISITS_MS / 2 - 1)).toHaveLength(PANNED_VISITS + 3);
    expect(rounds(1000, true)).toEqual([{ pan: true, bareFirst: false }]);
  });

  it('lets the explorer go first in the first round, then the two pages take turns', () => {
    expect(rounds(1000).map((r) => r.bareFirst)).toEqual(Array.from({ length: MAX_VISITS }, (_, i) => i % 2 === 1));
  });
});

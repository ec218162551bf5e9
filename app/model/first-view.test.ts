import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../graph-data/schema.ts';
import { firstViewElements, toElements } from '../cytoscape/toElements.ts';
import { DEFAULT_VIEW } from '../state/view.ts';
import { evidence, sampleGraph } from './fixture.ts';
import { firstView, isFirstView, isFirstViewOf } from './first-view.ts';

const bundled = (): GraphFile => JSON.parse(readFileSync(new URL('../../graph-data/graph.json', import.meta.url), 'utf8'));

/** The sample graph with an actor no relation touches and an edge whose every sentence is alleged. */
function varied(): GraphFile {
  const graph = sampleGraph();
  graph.nodes.push({ key: 'qatar', attributes: { label: 'Qatar', kind: 'state', core: true, alleged: false, mentions: 1, names: ['Qatar'] } });
  graph.edges.push({
    key: 'india|clash|pakistan', source: 'india', target: 'pakistan',
    attributes: { type: 'clash', undirected: false, evidence: [evidence({ status: 'alleged' }), evidence({ status: 'alleged', sentence: 7 })] },
  });
  return graph;
}

/** The first view as the page receives it: written by the build, read back as JSON. */
const shipped = (graph: GraphFile) => JSON.parse(JSON.stringify(firstView(graph))) as unknown;

describe('the first view', () => {
  it.each([['the bundled graph', bundled], ['a graph with a lone actor and an alleged edge', varied]])(
    'of %s draws exactly what the graph draws in the opening view',
    (_, make) => {
      const graph = make();
      const view = shipped(graph);
      expect(isFirstView(view)).toBe(true);
      expect(firstViewElements(view as ReturnType<typeof firstView>)).toEqual(toElements(graph, DEFAULT_VIEW));
    },
  );

  it('counts distinct sentences, and marks an edge alleged only when every sentence is', () => {
    const { nodes, edges } = firstView(varied());
    expect(nodes.find((n) => n.key === 'qatar')?.sentences).toBe(0);
    // Two triggers in sentence 4 of a1 are one sentence; a2's sentence 1 is another.
    expect(edges.find((e) => e.key === 'pakistan|accusation|india')).toMatchObject({ sentences: 2, alleged: false });
    expect(edges.find((e) => e.key === 'india|clash|pakistan')).toMatchObject({ sentences: 2, alleged: true });
  });

  it('refuses anything not shaped like one', () => {
    const good = shipped(varied()) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    const broken: [string, (v: typeof good) => void][] = [
      ['no edges', (v) => void delete (v as Partial<typeof v>).edges],
      ['an unknown kind', (v) => void (v.nodes[0]!.kind = 'planet')],
      ['a fractional size', (v) => void (v.nodes[1]!.sentences = 1.5)],
      ['a negative size', (v) => void (v.edges[0]!.sentences = -1)],
      ['an unknown type', (v) => void (v.edges[1]!.type = 'friendship')],
      ['a key that is not text', (v) => void (v.edges[0]!.key = 7)],
      ['a missing flag', (v) => void delete v.edges[2]!.alleged],
      ['a hole', (v) => void (v.nodes[0] = null as never)],
    ];
    for (const [what, breakIt] of broken) {
      const copy = structuredClone(good);
      breakIt(copy);
      expect(isFirstView(copy), what).toBe(false);
    }
    expect(isFirstView(null)).toBe(false);
    expect(isFirstView([])).toBe(false);
  });

  it('is known for the graph it came from, and for no other', () => {
    const graph = varied();
    const view = firstView(graph);
    expect(isFirstViewOf(view, graph)).toBe(true);
    const relabelled = varied();
    relabelled.nodes[0]!.attributes.label = 'Islamic Republic of Pakistan';
    expect(isFirstViewOf(view, relabelled)).toBe(false);
    const moreEvidence = varied();
    moreEvidence.edges[1]!.attributes.evidence.push(evidence({ sentence: 9 }));
    expect(isFirstViewOf(view, moreEvidence)).toBe(false);
    const reordered = varied();
    reordered.edges.reverse();
    expect(isFirstViewOf(view, reordered)).toBe(false);
    const fewer = varied();
    fewer.edges.pop();
    expect(isFirstViewOf(view, fewer)).toBe(false);
  });
});

import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { evidence, sampleGraph } from '../model/fixture.ts';
import { DEFAULT_VIEW, reduce, type Action, type ViewState } from '../state/view.ts';
import { toElements } from './toElements.ts';

const view = (...actions: Action[]): ViewState => actions.reduce(reduce, DEFAULT_VIEW);
const classesOf = (els: ElementDefinition[], id: string): string[] => {
  const el = els.find((e) => e.data.id === id);
  if (!el) throw new Error(`no element ${id}`);
  return Array.isArray(el.classes) ? el.classes : String(el.classes ?? '').split(' ');
};
const ACC = 'pakistan|accusation|india';
const NEG = 'afghan-taliban|negotiation|pakistan';

/** The sample graph plus a second, parallel edge between Pakistan and India. */
function withParallel() {
  const graph = sampleGraph();
  graph.edges.push({
    key: 'india|clash|pakistan', source: 'india', target: 'pakistan',
    attributes: { type: 'clash', undirected: false, evidence: [evidence({ status: 'alleged' })] },
  });
  return graph;
}

describe('toElements', () => {
  it('returns every node, then every edge, with ids, ends and kind, type and core classes', () => {
    const els = toElements(sampleGraph(), DEFAULT_VIEW);
    expect(els.map((e) => e.data.id)).toEqual(['pakistan', 'india', 'afghan-taliban', ACC, NEG]);
    expect(els.find((e) => e.data.id === ACC)?.data).toMatchObject({ source: 'pakistan', target: 'india', type: 'accusation' });
    expect(classesOf(els, 'pakistan')).toEqual(expect.arrayContaining(['kind-state', 'core']));
    expect(classesOf(els, ACC)).toContain('type-accusation');
  });

  it('marks alleged actors, and edges whose every shown sentence is alleged', () => {
    const els = toElements(withParallel(), DEFAULT_VIEW);
    expect(classesOf(els, 'india')).toContain('alleged');
    expect(els.find((e) => e.data.id === 'india')?.data.alleged).toBe(true);
    expect(classesOf(els, 'pakistan')).not.toContain('alleged');
    expect(classesOf(els, 'india|clash|pakistan')).toContain('alleged');
    expect(classesOf(els, ACC)).not.toContain('alleged');
  });

  it('gives directed edges an arrow class and undirected ones none', () => {
    const els = toElements(sampleGraph(), DEFAULT_VIEW);
    expect(classesOf(els, ACC)).toContain('directed');
    expect(classesOf(els, NEG)).toContain('undirected');
    expect(classesOf(els, NEG)).not.toContain('directed');
  });

  it('keeps parallel typed edges between one pair as separate elements', () => {
    const els = toElements(withParallel(), DEFAULT_VIEW);
    const between = els.filter((e) => [e.data.source, e.data.target].sort().join() === 'india,pakistan');
    expect(between.map((e) => e.data.id)).toEqual([ACC, 'india|clash|pakistan']);
  });

  it('hides filtered edges and their lone actors without dropping them', () => {
    const els = toElements(sampleGraph(), view({ type: 'toggle-type', relation: 'accusation' }));
    expect(els).toHaveLength(5);
    expect(classesOf(els, ACC)).toContain('hidden');
    expect(classesOf(els, 'india')).toContain('hidden');
    expect(classesOf(els, 'pakistan')).not.toContain('hidden');
    expect(classesOf(els, NEG)).not.toContain('hidden');
  });

  it('hides by status and article too, and counts only shown sentences in the width', () => {
    const all = toElements(sampleGraph(), DEFAULT_VIEW).find((e) => e.data.id === ACC)!;
    const some = toElements(sampleGraph(), view({ type: 'toggle-article', article: 'a2' })).find((e) => e.data.id === ACC)!;
    expect(all.data.sentences).toBe(2);
    expect(some.data.sentences).toBe(1);
    expect(some.data.width).toBeLessThan(all.data.width);
    const els = toElements(sampleGraph(), view({ type: 'toggle-status', status: 'reported' }));
    expect(classesOf(els, NEG)).toContain('hidden');
  });

  it('selects the selected element, lights its neighbourhood and fades the rest', () => {
    const els = toElements(sampleGraph(), view({ type: 'select', selection: { kind: 'edge', key: ACC } }));
    expect(els.find((e) => e.data.id === ACC)?.selected).toBe(true);
    expect(classesOf(els, ACC)).toEqual(expect.arrayContaining(['selected', 'neighbour']));
    expect(classesOf(els, 'india')).toContain('neighbour');
    expect(classesOf(els, 'pakistan')).toContain('neighbour');
    expect(classesOf(els, 'afghan-taliban')).toContain('faded');
    expect(classesOf(els, NEG)).toContain('faded');
    expect(els.filter((e) => e.selected)).toHaveLength(1);
  });

  it('lights a node with its visible edges and their ends; hover wins over selection', () => {
    const v = view({ type: 'select', selection: { kind: 'edge', key: ACC } }, { type: 'hover', target: { kind: 'node', key: 'afghan-taliban' } });
    const els = toElements(sampleGraph(), v);
    expect(classesOf(els, 'afghan-taliban')).toEqual(expect.arrayContaining(['hovered', 'neighbour']));
    expect(classesOf(els, NEG)).toContain('neighbour');
    expect(classesOf(els, 'pakistan')).toContain('neighbour');
    expect(classesOf(els, 'india')).toContain('faded');
    // The selected edge stays selected and is not faded while the pointer is elsewhere.
    expect(classesOf(els, ACC)).toContain('selected');
    expect(classesOf(els, ACC)).not.toContain('faded');
  });

  it('fades nothing when the focused element is hidden, and never selects a hidden one', () => {
    const v = view({ type: 'select', selection: { kind: 'edge', key: ACC } }, { type: 'toggle-type', relation: 'accusation' });
    const els = toElements(sampleGraph(), v);
    expect(els.flatMap((e) => classesOf(els, String(e.data.id)))).not.toContain('faded');
    expect(els.find((e) => e.data.id === ACC)?.selected).toBe(false);
  });

  it('sizes actors by distinct sentences over all their edges, whatever the filters', () => {
    const a = toElements(sampleGraph(), DEFAULT_VIEW).find((e) => e.data.id === 'pakistan')!;
    const b = toElements(sampleGraph(), view({ type: 'toggle-type', relation: 'accusation' })).find((e) => e.data.id === 'pakistan')!;
    expect(a.data.sentences).toBe(3);
    expect(b.data.size).toBe(a.data.size);
  });

  it('is pure: the same graph and view give equal output, and the graph is not changed', () => {
    const graph = sampleGraph();
    const before = JSON.stringify(graph);
    const v = view({ type: 'toggle-status', status: 'alleged' });
    expect(toElements(graph, v)).toEqual(toElements(graph, v));
    expect(JSON.stringify(graph)).toBe(before);
  });

  it('on a large graph, lights a hover without fading the rest; the selection still fades', () => {
    const large = { large: true, minZoom: 0.02 };
    const hovered = toElements(sampleGraph(), view({ type: 'hover', target: { kind: 'node', key: 'india' } }), large);
    expect(classesOf(hovered, 'india')).toEqual(expect.arrayContaining(['hovered', 'neighbour']));
    expect(classesOf(hovered, ACC)).toContain('neighbour');
    expect(hovered.flatMap((e) => classesOf(hovered, String(e.data.id)))).not.toContain('faded');
    const both = toElements(sampleGraph(), view({ type: 'select', selection: { kind: 'node', key: 'afghan-taliban' } }, { type: 'hover', target: { kind: 'node', key: 'india' } }), large);
    // Outside both neighbourhoods: faded by the selection; inside the hovered one: lit.
    expect(classesOf(both, 'india')).not.toContain('faded');
    expect(classesOf(both, ACC)).toContain('neighbour');
    expect(classesOf(both, 'afghan-taliban')).toContain('selected');
    const selectedOnly = toElements(sampleGraph(), view({ type: 'select', selection: { kind: 'node', key: 'afghan-taliban' } }), large);
    expect(classesOf(selectedOnly, 'india')).toContain('faded');
  });

  it('hands out data the canvas may write to without changing what the next call returns', () => {
    const graph = sampleGraph();
    const first = toElements(graph, DEFAULT_VIEW);
    first[0]!.data.label = 'scribbled';
    expect(toElements(graph, DEFAULT_VIEW)[0]!.data.label).toBe('Pakistan');
  });
});

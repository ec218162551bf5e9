import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../graph-data/schema.ts';
import { DEFAULT_FILTERS } from '../state/view.ts';
import { evidence, sampleGraph } from './fixture.ts';
import { edgeHeadline, hiddenLabel, isShown, shownEdges } from './shown.ts';

const byKey = (edges: ReturnType<typeof shownEdges>, key: string) => edges.find((e) => e.key === key)!;
const ACCUSATION = 'pakistan|accusation|india';

describe('shownEdges', () => {
  it('keeps every sentence when no filter is set', () => {
    const edge = byKey(shownEdges(sampleGraph(), DEFAULT_FILTERS), ACCUSATION);
    expect(edge.evidence).toHaveLength(3);
    expect([edge.sentences, edge.totalSentences, edge.hiddenSentences]).toEqual([2, 2, 0]);
    expect(hiddenLabel(edge)).toBeNull();
  });

  it('drops the evidence the filters hide and counts what they hid', () => {
    const edge = byKey(shownEdges(sampleGraph(), { ...DEFAULT_FILTERS, hiddenArticles: ['a2'] }), ACCUSATION);
    expect(edge.evidence.map((e) => e.article)).toEqual(['a1', 'a1']);
    expect([edge.sentences, edge.articles, edge.hiddenSentences]).toEqual([1, 1, 1]);
    expect(edgeHeadline(edge)).toBe('Pakistan accuses India · 1 sentence in 1 article');
    expect(hiddenLabel(edge)).toBe('1 more sentence hidden by filters');
  });

  it('hides a whole edge whose type is hidden, and says so', () => {
    const edges = shownEdges(sampleGraph(), { ...DEFAULT_FILTERS, hiddenTypes: ['accusation'] });
    const edge = byKey(edges, ACCUSATION);
    expect(isShown(edge)).toBe(false);
    expect(hiddenLabel(edge)).toBe('All 2 sentences of this relation are hidden by filters');
    expect(isShown(byKey(edges, 'afghan-taliban|negotiation|pakistan'))).toBe(true);
    const single = byKey(shownEdges(sampleGraph(), { ...DEFAULT_FILTERS, hiddenStatuses: ['reported'] }), 'afghan-taliban|negotiation|pakistan');
    expect(hiddenLabel(single)).toBe('The one sentence of this relation is hidden by filters');
  });
});

describe('edgeHeadline', () => {
  // Every type, both as a directed and as an undirected edge, so a new type cannot read badly.
  const cases = RELATION_TYPES.flatMap((type) => [false, true].map((undirected) => ({ type, undirected })));
  const expected: Record<string, string> = {
    'accusation:false': 'Pakistan accuses India', 'accusation:true': 'Pakistan and India accuse each other',
    'mediation:false': 'Pakistan mediates for India', 'mediation:true': 'Pakistan and India mediate',
    'clash:false': 'Pakistan clashes with India', 'clash:true': 'Pakistan and India clash',
    'negotiation:false': 'Pakistan negotiates with India', 'negotiation:true': 'Pakistan and India negotiate',
    'agreement:false': 'Pakistan agrees with India', 'agreement:true': 'Pakistan and India agree',
    'demand:false': 'Pakistan makes demands of India', 'demand:true': 'Pakistan and India make demands of each other',
    'threat:false': 'Pakistan threatens India', 'threat:true': 'Pakistan and India threaten each other',
    'support:false': 'Pakistan supports India', 'support:true': 'Pakistan and India support each other',
    'rejection:false': 'Pakistan rejects India', 'rejection:true': 'Pakistan and India reject each other',
  };
  it.each(cases)('reads $type (undirected: $undirected)', ({ type, undirected }) => {
    const graph = sampleGraph();
    const edge = graph.edges[0]!;
    edge.attributes = { ...edge.attributes, type, undirected, evidence: [evidence()] };
    const shown = shownEdges(graph, DEFAULT_FILTERS)[0]!;
    expect(edgeHeadline(shown)).toBe(`${expected[`${type}:${undirected}`]} · 1 sentence in 1 article`);
  });
});

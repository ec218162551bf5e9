import { describe, expect, it } from 'vitest';
import { articleCounts, corpusSummary, eventDateBounds, statusCounts, typeCounts } from './corpus.ts';
import { evidence, sampleGraph } from './fixture.ts';

describe('corpusSummary', () => {
  it('counts articles and named outlets, and spans the article dates', () => {
    const graph = sampleGraph();
    graph.attributes.articles[1]!.date = '2025-10-18';
    expect(corpusSummary(graph)).toEqual({ articles: 2, outlets: 1, first: '2025-10-18', last: '2025-10-30' });
  });

  it('says null for dates and zero for outlets when the articles give none', () => {
    const graph = sampleGraph();
    for (const a of graph.attributes.articles) Object.assign(a, { date: null, outlet: null });
    expect(corpusSummary(graph)).toMatchObject({ outlets: 0, first: null, last: null });
  });
});

describe('counts', () => {
  it('counts edges per type, evidence per status and per article, zeros included', () => {
    const graph = sampleGraph();
    expect(typeCounts(graph)).toMatchObject({ accusation: 1, negotiation: 1, clash: 0 });
    expect(statusCounts(graph)).toEqual({ reported: 1, attributed: 3, alleged: 0 });
    expect(articleCounts(graph)).toEqual(new Map([['a2', 1], ['a1', 3]]));
  });
});

describe('eventDateBounds', () => {
  it('is null when no sentence is dated', () => {
    expect(eventDateBounds(sampleGraph())).toBeNull();
  });

  it('spans every dated sentence, months reaching their first and last days', () => {
    const graph = sampleGraph();
    graph.edges[0]!.attributes.evidence = [
      evidence({ when: { start: '2025-10-12', end: '2025-10-12', precision: 'day' } }),
      evidence({ when: { start: '2025-09', end: '2025-09', precision: 'month' } }),
      evidence({ when: { start: '2025-10-18', end: '2025-11', precision: 'range' } }),
    ];
    expect(eventDateBounds(graph)).toEqual({ min: '2025-09-01', max: '2025-11-30' });
  });
});

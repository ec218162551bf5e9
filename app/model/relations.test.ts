import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidence, sampleGraph } from './fixture.ts';
import { countLabel, headlineText } from './phrases.ts';
import { articleIndex, edgeViews, groupByType } from './relations.ts';

describe('edgeViews', () => {
  const views = edgeViews(sampleGraph());
  const accusation = views.find((v) => v.type === 'accusation')!;

  it('resolves actors with their labels and alleged flag', () => {
    expect(accusation.source).toEqual({ id: 'pakistan', label: 'Pakistan', alleged: false });
    expect(accusation.target).toEqual({ id: 'india', label: 'India', alleged: true });
  });

  it('counts distinct sentences and articles', () => {
    expect(accusation.evidence).toHaveLength(3);
    expect(accusation.sentences).toBe(2);
    expect(accusation.articles).toBe(2);
    expect(countLabel(accusation)).toBe('2 sentences in 2 articles');
  });

  it('orders evidence by the corpus order of articles, then by sentence', () => {
    expect(accusation.evidence.map((e) => `${e.article}:${e.sentence}`)).toEqual(['a1:4', 'a1:4', 'a2:1']);
  });

  it('sorts a copy, and leaves the graph as it was', () => {
    const graph = sampleGraph();
    const stored = graph.edges[0]!.attributes.evidence.map((e) => `${e.article}:${e.sentence}`);
    edgeViews(graph);
    expect(graph.edges[0]!.attributes.evidence.map((e) => `${e.article}:${e.sentence}`)).toEqual(stored);
    expect(stored).toEqual(['a2:1', 'a1:4', 'a1:4']);
  });

  it('counts as sets of sentences and articles would, in any order and with articles the graph does not list', () => {
    // Lists of evidence from listed articles (a1, a2) and unlisted ones (x, y), in any order.
    const lists = fc.array(fc.record({ article: fc.constantFrom('a1', 'a2', 'x', 'y'), sentence: fc.nat(2) }), { minLength: 1, maxLength: 8 });
    const graph = sampleGraph();
    fc.assert(
      fc.property(lists, (picks) => {
        const list = picks.map((p) => evidence(p));
        graph.edges[0]!.attributes.evidence = list;
        const view = edgeViews(graph)[0]!;
        expect(view.sentences).toBe(new Set(list.map((e) => `${e.article}#${e.sentence}`)).size);
        expect(view.articles).toBe(new Set(list.map((e) => e.article)).size);
        const rank = (a: string) => ['a1', 'a2'].indexOf(a) >>> 0; // unlisted: last
        view.evidence.slice(1).forEach((e, i) => {
          const prev = view.evidence[i]!;
          expect(rank(prev.article) < rank(e.article) || (rank(prev.article) === rank(e.article) && prev.sentence <= e.sentence)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });


  it('reads directed and undirected edges as English', () => {
    expect(headlineText(accusation)).toBe('Pakistan accuses India');
    expect(headlineText(views.find((v) => v.type === 'negotiation')!)).toBe('Afghan Taliban and Pakistan negotiate');
  });
});

describe('groupByType', () => {
  it('follows the ontology order and leaves out empty types', () => {
    expect(groupByType(edgeViews(sampleGraph())).map((g) => g.type)).toEqual(['accusation', 'negotiation']);
  });
});

describe('articleIndex', () => {
  it('finds article metadata by id', () => {
    expect(articleIndex(sampleGraph()).get('a1')?.title).toBe('First');
  });
});

import { describe, expect, it } from 'vitest';
import { sampleGraph } from './fixture.ts';
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

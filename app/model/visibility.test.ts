import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../state/view.ts';
import { evidence, sampleGraph } from './fixture.ts';
import { publicationDates } from './published.ts';
import { shownEdges } from './shown.ts';
import { evidenceVisible, visibleKeys } from './visibility.ts';

/** a1 published 28 Oct, a2 30 Oct, a3 with no date. */
function graph() {
  const g = sampleGraph();
  g.attributes.articles[0]!.date = '2025-10-28';
  g.attributes.articles.push({ ...g.attributes.articles[1]!, id: 'a3', file: 'a3.txt', date: null });
  g.edges[1]!.attributes.evidence = [evidence({ article: 'a3', status: 'reported', speaker: null })];
  return g;
}

describe('as reported by', () => {
  it('hides evidence from articles published after the day, and from articles with no date', () => {
    const g = graph();
    const published = publicationDates(g);
    const f = (reportedBy: string | null) => ({ ...DEFAULT_FILTERS, reportedBy });
    expect(evidenceVisible(evidence({ article: 'a1' }), f('2025-10-28'), published)).toBe(true);
    expect(evidenceVisible(evidence({ article: 'a1' }), f('2025-10-27'), published)).toBe(false);
    expect(evidenceVisible(evidence({ article: 'a2' }), f('2025-10-29'), published)).toBe(false);
    expect(evidenceVisible(evidence({ article: 'a2' }), f('2025-10-30'), published)).toBe(true);
    expect(evidenceVisible(evidence({ article: 'a3' }), f('2099-12-31'), published)).toBe(false);
    expect(evidenceVisible(evidence({ article: 'a3' }), f(null), published)).toBe(true);
  });

  it('cuts the graph down to what was out by the day', () => {
    const g = graph();
    expect([...visibleKeys(g, { ...DEFAULT_FILTERS, reportedBy: '2025-10-27' }).edges]).toEqual([]);
    expect([...visibleKeys(g, { ...DEFAULT_FILTERS, reportedBy: '2025-10-29' }).edges]).toEqual(['pakistan|accusation|india']);
    const edge = shownEdges(g, { ...DEFAULT_FILTERS, reportedBy: '2025-10-29' })[0]!;
    expect(edge.evidence.map((e) => e.article)).toEqual(['a1', 'a1']);
    expect(edge.hiddenSentences).toBe(1);
  });

  it('applies together with the event dates: both must pass', () => {
    const g = graph();
    g.edges[0]!.attributes.evidence = [evidence({ article: 'a1', when: { start: '2025-10-12', end: '2025-10-12', precision: 'day' } })];
    const both = { ...DEFAULT_FILTERS, from: '2025-10-12', to: '2025-10-12', reportedBy: '2025-10-28' };
    expect(visibleKeys(g, both).edges.size).toBe(1);
    expect(visibleKeys(g, { ...both, to: '2025-10-11' }).edges.size).toBe(0);
    expect(visibleKeys(g, { ...both, reportedBy: '2025-10-27' }).edges.size).toBe(0);
  });
});

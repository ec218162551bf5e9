import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../graph-data/schema.ts';
import { DEFAULT_FILTERS } from '../state/view.ts';
import { evidence, sampleGraph } from './fixture.ts';
import { bars, dayColumns, MAX_LANES, placeEvidence, timelineData } from './timeline.ts';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });

/** The sample graph with dated evidence: two days, a range, a one-day "range", a month, and undated. */
function dated(): GraphFile {
  const graph = sampleGraph();
  graph.attributes.articles[1]!.date = null;
  graph.edges[0]!.attributes.evidence = [
    evidence({ sentence: 1, when: day('2025-10-12') }),
    // Two triggers in one sentence: one mark.
    evidence({ sentence: 1, trigger: 'blamed', when: day('2025-10-12') }),
    evidence({ sentence: 2, when: { start: '2025-10-18', end: '2025-10-19', precision: 'range' } }),
    evidence({ sentence: 3, when: { start: '2025-10-20', end: '2025-10-20', precision: 'range' } }),
    evidence({ sentence: 4, when: { start: '2025-10', end: '2025-10', precision: 'month' } }),
    evidence({ article: 'a2', sentence: 5, when: null }),
  ];
  graph.edges[1]!.attributes.evidence = [evidence({ sentence: 6, status: 'reported', speaker: null, when: day('2025-10-12') })];
  return graph;
}

describe('placing evidence on the timeline', () => {
  it('places each sentence once by its event date, at its precision, and counts the undated', () => {
    const { placed, undated } = placeEvidence(dated(), DEFAULT_FILTERS, 'event');
    expect(undated).toBe(1);
    expect(placed.map((p) => `${p.type} ${p.precision} ${p.start}..${p.end}`)).toEqual([
      'accusation day 2025-10-12..2025-10-12',
      'accusation range 2025-10-18..2025-10-19',
      'accusation day 2025-10-20..2025-10-20',
      'accusation month 2025-10-01..2025-10-31',
      'negotiation day 2025-10-12..2025-10-12',
    ]);
  });

  it('places by publication date "as reported by", undated articles in the undated count', () => {
    const { placed, undated } = placeEvidence(dated(), DEFAULT_FILTERS, 'published');
    expect(undated).toBe(1);
    expect(new Set(placed.map((p) => `${p.precision} ${p.start}`))).toEqual(new Set(['day 2025-10-30']));
    expect(placed).toHaveLength(5);
  });

  it('follows every filter but the dates, so the brush dims rather than empties the strip', () => {
    const f = { ...DEFAULT_FILTERS, hiddenTypes: ['negotiation' as const], from: '2025-10-19', to: '2025-10-19', reportedBy: '2025-10-01' };
    expect(placeEvidence(dated(), f, 'event').placed).toHaveLength(4);
    expect(placeEvidence(dated(), { ...DEFAULT_FILTERS, hiddenArticles: ['a2'] }, 'event').undated).toBe(0);
  });
});

describe('bucketing', () => {
  it('stacks a day’s sentences by type in the ontology’s order', () => {
    const { placed } = placeEvidence(dated(), DEFAULT_FILTERS, 'event');
    expect(dayColumns(placed)).toEqual([
      { day: '2025-10-12', counts: [{ type: 'accusation', n: 1 }, { type: 'negotiation', n: 1 }], total: 2 },
      { day: '2025-10-20', counts: [{ type: 'accusation', n: 1 }], total: 1 },
    ]);
  });

  it('groups equal spans and gives overlapping ones their own lanes, at most MAX_LANES', () => {
    const span = (start: string, end: string, type: 'clash' | 'threat' = 'clash') => ({ type, precision: 'range' as const, start, end });
    const grouped = bars([span('2025-10-01', '2025-10-03'), span('2025-10-01', '2025-10-03')], 'range');
    expect(grouped).toEqual([{ ...span('2025-10-01', '2025-10-03'), n: 2, lane: 0 }]);
    const laned = bars([span('2025-10-01', '2025-10-05'), span('2025-10-02', '2025-10-03'), span('2025-10-06', '2025-10-07'),
      span('2025-10-02', '2025-10-04', 'threat'), span('2025-10-03', '2025-10-04')], 'range');
    expect(laned.map((b) => `${b.start} ${b.lane}`)).toEqual(['2025-10-01 0', '2025-10-02 1', '2025-10-02 2', '2025-10-03 2', '2025-10-06 0']);
    expect(Math.max(...laned.map((b) => b.lane))).toBeLessThan(MAX_LANES);
  });

  it('spans the whole corpus on each axis, whatever the filters, and says null when nothing is dated', () => {
    const data = timelineData(dated(), { ...DEFAULT_FILTERS, hiddenTypes: ['accusation'] }, 'event');
    expect(data.span).toEqual({ min: '2025-10-01', max: '2025-10-31' });
    expect(data.days).toEqual([{ day: '2025-10-12', counts: [{ type: 'negotiation', n: 1 }], total: 1 }]);
    expect(timelineData(dated(), DEFAULT_FILTERS, 'published').span).toEqual({ min: '2025-10-30', max: '2025-10-30' });
    const none = timelineData(sampleGraph(), DEFAULT_FILTERS, 'event');
    expect(none.span).toBeNull();
    expect(none.undated).toBe(3);
  });
});

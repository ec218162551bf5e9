import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../state/view.ts';
import { sampleGraph } from './fixture.ts';
import { shownEdges } from './shown.ts';
import { type Column, DEFAULT_SORT, nextSort, type Row, sortRows, tableRows, truncate } from './table.ts';

const row = (key: string, over: Partial<Row>): Row => ({
  key, source: 'A', type: 'accusation', undirected: false, target: 'B', sentences: 1, articles: 1, first: 'x', ...over,
});

describe('tableRows', () => {
  it('makes one row per shown edge with its first sentence in reading order', () => {
    const rows = tableRows(shownEdges(sampleGraph(), DEFAULT_FILTERS));
    expect(rows.map((r) => [r.key, r.source, r.target, r.sentences])).toEqual([
      ['pakistan|accusation|india', 'Pakistan', 'India', 2],
      ['afghan-taliban|negotiation|pakistan', 'Afghan Taliban', 'Pakistan', 1],
    ]);
    expect(rows[0]!.first).toBe('Pakistan accused India.');
  });

  it('leaves out edges the filters hide', () => {
    const rows = tableRows(shownEdges(sampleGraph(), { ...DEFAULT_FILTERS, hiddenStatuses: ['attributed'] }));
    expect(rows.map((r) => r.key)).toEqual(['afghan-taliban|negotiation|pakistan']);
  });
});

describe('sortRows', () => {
  const rows = [
    row('k1', { source: 'Qatar', type: 'mediation', target: 'Pakistan', sentences: 10, first: 'Qatar hosted' }),
    row('k2', { source: 'afghan Taliban', type: 'clash', target: 'Pakistan', sentences: 6, first: 'Afghan forces' }),
    row('k3', { source: 'Pakistan', type: 'accusation', target: 'India', sentences: 10, first: 'Asif said' }),
  ];
  const keys = (column: Column, direction: 'ascending' | 'descending') =>
    sortRows(rows, { column, direction }).map((r) => r.key);

  it('sorts by each column, words without regard to case, counts as numbers', () => {
    expect(keys('source', 'ascending')).toEqual(['k2', 'k3', 'k1']);
    expect(keys('source', 'descending')).toEqual(['k1', 'k3', 'k2']);
    expect(keys('type', 'ascending')).toEqual(['k3', 'k2', 'k1']);
    expect(keys('target', 'ascending')).toEqual(['k3', 'k1', 'k2']);
    expect(keys('first', 'ascending')).toEqual(['k2', 'k3', 'k1']);
    expect(keys('sentences', 'descending')).toEqual(['k1', 'k3', 'k2']);
    expect(keys('sentences', 'ascending')).toEqual(['k2', 'k1', 'k3']);
  });

  it('breaks ties by key in both directions and leaves its input alone', () => {
    expect(sortRows(rows, DEFAULT_SORT).map((r) => r.key)).toEqual(['k1', 'k3', 'k2']);
    expect(rows.map((r) => r.key)).toEqual(['k1', 'k2', 'k3']);
  });
});

describe('nextSort', () => {
  it('flips the sorted column and starts a new one in its natural direction', () => {
    expect(nextSort(DEFAULT_SORT, 'sentences')).toEqual({ column: 'sentences', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'source')).toEqual({ column: 'source', direction: 'ascending' });
    expect(nextSort({ column: 'source', direction: 'ascending' }, 'source')).toEqual({ column: 'source', direction: 'descending' });
    expect(nextSort({ column: 'source', direction: 'ascending' }, 'sentences')).toEqual(DEFAULT_SORT);
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(truncate('Talks resumed.', 40)).toBe('Talks resumed.');
    expect(truncate('Pakistan accused India, of waging a war', 26)).toBe('Pakistan accused India…');
    expect(truncate('Supercalifragilistic', 10)).toBe('Supercalif…');
  });
});

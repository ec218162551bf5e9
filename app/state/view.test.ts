import { describe, expect, it } from 'vitest';
import { type Action, DEFAULT_VIEW, reduce, type ViewState } from './view.ts';

const run = (...actions: Action[]): ViewState => actions.reduce(reduce, DEFAULT_VIEW);
const EDGE = { kind: 'edge', key: 'pakistan|accusation|india' } as const;

describe('reduce', () => {
  it('selects, hovers and clears', () => {
    expect(run({ type: 'select', selection: EDGE }).selection).toEqual(EDGE);
    expect(run({ type: 'select', selection: EDGE }, { type: 'select', selection: null }).selection).toBeNull();
    expect(run({ type: 'hover', target: { kind: 'node', key: 'india' } }).hover).toEqual({ kind: 'node', key: 'india' });
  });

  it('toggles filters on and off, keeping lists sorted and free of duplicates', () => {
    const v = run({ type: 'toggle-type', relation: 'threat' }, { type: 'toggle-type', relation: 'clash' });
    expect(v.filters.hiddenTypes).toEqual(['clash', 'threat']);
    expect(reduce(v, { type: 'toggle-type', relation: 'clash' }).filters.hiddenTypes).toEqual(['threat']);
    expect(run({ type: 'toggle-status', status: 'alleged' }).filters.hiddenStatuses).toEqual(['alleged']);
    const a = run({ type: 'toggle-article', article: 'b' }, { type: 'toggle-article', article: 'a' });
    expect(a.filters.hiddenArticles).toEqual(['a', 'b']);
  });

  it('sets and clears the date range', () => {
    const v = run({ type: 'set-dates', from: '2025-10-01', to: null });
    expect(v.filters).toMatchObject({ from: '2025-10-01', to: null });
    expect(reduce(v, { type: 'set-dates', from: null, to: null }).filters).toEqual(DEFAULT_VIEW.filters);
  });

  it('opens and closes the reader, sets the layout and the table', () => {
    expect(run({ type: 'open-reader', article: 'a1', sentence: 3 }).reader).toEqual({ article: 'a1', sentence: 3 });
    expect(run({ type: 'open-reader', article: 'a1', sentence: 3 }, { type: 'close-reader' }).reader).toBeNull();
    expect(run({ type: 'set-layout', layout: 'grid' }).layout).toBe('grid');
    expect(run({ type: 'show', mode: 'table' }).mode).toBe('table');
    expect(run({ type: 'show', mode: 'matrix' }, { type: 'show', mode: 'graph' }).mode).toBe('graph');
  });

  it('closes the reader when a different edge or actor is selected, not when the same one is', () => {
    const reading = run({ type: 'select', selection: EDGE }, { type: 'open-reader', article: 'a1', sentence: 2 });
    expect(reduce(reading, { type: 'select', selection: { ...EDGE } }).reader).toEqual({ article: 'a1', sentence: 2 });
    expect(reduce(reading, { type: 'select', selection: { kind: 'node', key: 'india' } }).reader).toBeNull();
    expect(reduce(reading, { type: 'select', selection: null }).reader).toBeNull();
  });

  it('resets selection, outlet, hover, reader and filters (dates and "as reported by" too) but keeps the layout and the mode', () => {
    const busy = run(
      { type: 'select', selection: EDGE },
      { type: 'hover', target: EDGE },
      { type: 'open-reader', article: 'a1', sentence: null },
      { type: 'toggle-type', relation: 'clash' },
      { type: 'set-dates', from: '2025-10-01', to: '2025-10-31' },
      { type: 'set-reported', day: '2025-10-29' },
      { type: 'set-layout', layout: 'circle' },
      { type: 'show', mode: 'matrix' },
      { type: 'set-outlet', outlet: 'Dawn' },
    );
    expect(busy.outlet).toBe('Dawn');
    expect(reduce(busy, { type: 'reset' })).toEqual({ ...DEFAULT_VIEW, layout: 'circle', mode: 'matrix' });
  });

  it('sets and clears "as reported by" apart from the event dates', () => {
    const v = run({ type: 'set-dates', from: '2025-10-01', to: null }, { type: 'set-reported', day: '2025-10-29' });
    expect(v.filters).toMatchObject({ from: '2025-10-01', to: null, reportedBy: '2025-10-29' });
    expect(reduce(v, { type: 'set-reported', day: null }).filters).toMatchObject({ from: '2025-10-01', reportedBy: null });
  });

  it('narrows an edge to an outlet with the selection, and any other selection widens it again', () => {
    const cell = run({ type: 'select', selection: EDGE, outlet: 'Dawn' });
    expect(cell).toMatchObject({ selection: EDGE, outlet: 'Dawn' });
    expect(reduce(cell, { type: 'select', selection: EDGE }).outlet).toBeNull();
    expect(reduce(cell, { type: 'set-outlet', outlet: null })).toMatchObject({ selection: EDGE, outlet: null });
    expect(run({ type: 'select', selection: { kind: 'node', key: 'india' }, outlet: 'Dawn' }).outlet).toBeNull();
    // Another outlet of the same edge is another panel: the reader over it closes.
    const reading = reduce(cell, { type: 'open-reader', article: 'a1', sentence: 2 });
    expect(reduce(reading, { type: 'select', selection: EDGE, outlet: 'Geo' }).reader).toBeNull();
    expect(reduce(reading, { type: 'select', selection: EDGE, outlet: 'Dawn' }).reader).not.toBeNull();
  });

  it('replaces the whole view', () => {
    const other = run({ type: 'set-layout', layout: 'grid' });
    expect(reduce(DEFAULT_VIEW, { type: 'replace', view: other })).toBe(other);
  });

  it('is pure: never changes the state it is given', () => {
    const before = JSON.stringify(DEFAULT_VIEW);
    run({ type: 'toggle-type', relation: 'clash' }, { type: 'select', selection: EDGE }, { type: 'reset' });
    expect(JSON.stringify(DEFAULT_VIEW)).toBe(before);
  });
});

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
    expect(run({ type: 'show-table', table: true }).table).toBe(true);
  });

  it('closes the reader when a different edge or actor is selected, not when the same one is', () => {
    const reading = run({ type: 'select', selection: EDGE }, { type: 'open-reader', article: 'a1', sentence: 2 });
    expect(reduce(reading, { type: 'select', selection: { ...EDGE } }).reader).toEqual({ article: 'a1', sentence: 2 });
    expect(reduce(reading, { type: 'select', selection: { kind: 'node', key: 'india' } }).reader).toBeNull();
    expect(reduce(reading, { type: 'select', selection: null }).reader).toBeNull();
  });

  it('resets selection, hover, reader and filters but keeps the layout and the table', () => {
    const busy = run(
      { type: 'select', selection: EDGE },
      { type: 'hover', target: EDGE },
      { type: 'open-reader', article: 'a1', sentence: null },
      { type: 'toggle-type', relation: 'clash' },
      { type: 'set-dates', from: '2025-10-01', to: '2025-10-31' },
      { type: 'set-layout', layout: 'circle' },
      { type: 'show-table', table: true },
    );
    expect(reduce(busy, { type: 'reset' })).toEqual({ ...DEFAULT_VIEW, layout: 'circle', table: true });
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

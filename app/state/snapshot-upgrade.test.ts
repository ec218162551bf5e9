import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../model/fixture.ts';
import { fitToGraph } from './fit-graph.ts';
import { DEFAULT_LINK_VIEW } from './link.ts';
import { readSnapshotText } from './snapshot-file.ts';
import { parseSnapshot } from './snapshot-schema.ts';
import { upgradeView } from './snapshot-upgrade.ts';

const EDGE = 'pakistan|accusation|india';
const old = (table: unknown) => ({
  v: 1, graph: '0123456789abcdef', positions: { india: [1, 2] }, zoom: 1, pan: [0, 0],
  view: { selection: { kind: 'edge', key: EDGE }, reader: null, layout: 'grid', table,
    filters: { hiddenTypes: [], hiddenStatuses: [], hiddenArticles: [], from: '2025-10-01', to: null } },
});

describe('snapshot files from before the timeline and the matrix', () => {
  it('open with the same view: table becomes the mode, and the new fields start empty', () => {
    const result = parseSnapshot(old(true));
    expect(result.ok && result.snapshot.view).toEqual({
      ...DEFAULT_LINK_VIEW, selection: { kind: 'edge', key: EDGE }, layout: 'grid', mode: 'table',
      filters: { ...DEFAULT_LINK_VIEW.filters, from: '2025-10-01' },
    });
    const graph = parseSnapshot(old(false));
    expect(graph.ok && graph.snapshot.view.mode).toBe('graph');
    expect(readSnapshotText(JSON.stringify({ dyad: 'snapshot', ...old(true) })).ok).toBe(true);
  });

  it('are still checked strictly: a bad old value is refused, and a new view is left alone', () => {
    expect(parseSnapshot(old('yes')).ok).toBe(false);
    const current = { ...old(true), view: { ...DEFAULT_LINK_VIEW } };
    expect(upgradeView(current)).toBe(current);
    expect(parseSnapshot({ ...old(true), view: { ...old(true).view, mode: 'table' } }).ok).toBe(false);
    expect(upgradeView('text')).toBe('text');
  });
});

describe('fitToGraph and the outlet', () => {
  const graph = sampleGraph();

  it('keeps an outlet the graph has, on a selected edge', () => {
    const view = { ...DEFAULT_LINK_VIEW, selection: { kind: 'edge' as const, key: EDGE }, outlet: 'Dawn' };
    expect(fitToGraph(view, graph)).toEqual({ view, dropped: [] });
  });

  it('drops an outlet the graph lacks and says so; drops one without its edge quietly', () => {
    const view = { ...DEFAULT_LINK_VIEW, selection: { kind: 'edge' as const, key: EDGE }, outlet: 'Pravda' };
    expect(fitToGraph(view, graph)).toEqual({ view: { ...view, outlet: null }, dropped: ['the outlet “Pravda”'] });
    const alone = { ...DEFAULT_LINK_VIEW, outlet: 'Dawn' };
    expect(fitToGraph(alone, graph)).toEqual({ view: DEFAULT_LINK_VIEW, dropped: [] });
  });
});

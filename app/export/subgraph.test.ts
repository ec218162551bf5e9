import { describe, expect, it } from 'vitest';
import { GraphFile } from '../../graph-data/schema.ts';
import { DEFAULT_FILTERS, DEFAULT_VIEW, type ViewState } from '../state/view.ts';
import { caption, filterLine } from './caption.ts';
import { exportName } from './filename.ts';
import { filtersOn, graphExport, visibleSubgraph } from './subgraph.ts';
import { exportGraph } from './testing/graphs.ts';

const filtered = (over: Partial<ViewState['filters']>, view: Partial<ViewState> = {}): ViewState => ({
  ...DEFAULT_VIEW, ...view, filters: { ...DEFAULT_FILTERS, ...over },
});

describe('visibleSubgraph and the JSON export', () => {
  it('keeps everything, the actor with no relation included, when nothing is filtered', () => {
    const g = exportGraph();
    const sub = visibleSubgraph(g, DEFAULT_FILTERS);
    expect(sub.nodes.map((n) => n.key)).toEqual(g.nodes.map((n) => n.key));
    expect(sub.edges).toEqual(g.edges);
  });

  it('holds only the shown edges, each with only its visible evidence, and validates against GraphFile', () => {
    const g = exportGraph();
    const view = filtered({ hiddenTypes: ['negotiation'], hiddenArticles: ['a2'] });
    const snapshot = { v: 1, graph: 'abc', view: { layout: 'fcose' } };
    const out = GraphFile.parse(JSON.parse(JSON.stringify(graphExport(g, view, snapshot))));
    expect(out.edges.map((e) => e.key)).toEqual(['pakistan|accusation|india']);
    expect(out.edges[0]!.attributes.evidence.map((e) => e.article)).toEqual(['a1', 'a1']);
    // Afghan Taliban lost its only edge; Qatar never had one, so no filter hides it.
    expect(out.nodes.map((n) => n.key)).toEqual(['pakistan', 'india', 'qatar']);
    expect(out.attributes.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(out.attributes.dyadSnapshot).toEqual(snapshot);
    expect(out.options).toEqual(g.options);
  });

  it('keeps the top-level undirected flag graphology writes for symmetric edges', () => {
    const sub = visibleSubgraph(exportGraph(), DEFAULT_FILTERS);
    expect(sub.edges.find((e) => e.key.includes('negotiation'))?.undirected).toBe(true);
  });
});

describe('exportName', () => {
  it('says what the file holds: kind, article count, newest article date', () => {
    const g = exportGraph();
    expect(exportName('png', g, DEFAULT_VIEW)).toBe('dyad-graph-2-articles-2025-10-30.png');
    expect(exportName('csv', g, DEFAULT_VIEW)).toBe('dyad-evidence-2-articles-2025-10-30.csv');
    expect(exportName('csv', g, filtered({ hiddenArticles: ['a2'] }))).toBe('dyad-evidence-1-article-2025-10-30-filtered.csv');
  });

  it('names a shown selection in the picture and JSON exports only', () => {
    const g = exportGraph();
    const view = filtered({ hiddenStatuses: ['reported'] }, { selection: { kind: 'edge', key: 'pakistan|accusation|india' } });
    expect(exportName('svg', g, view)).toBe('dyad-graph-2-articles-2025-10-30-filtered-pakistan-accusation-india.svg');
    expect(exportName('json', g, { ...view, selection: { kind: 'node', key: 'india' } })).toMatch(/-filtered-india\.json$/);
    expect(exportName('gexf', g, view)).toBe('dyad-graph-2-articles-2025-10-30-filtered.gexf');
    // A selection the filters hide is not in the picture, so not in the name.
    expect(exportName('png', g, { ...view, filters: { ...view.filters, hiddenTypes: ['accusation'] } })).not.toContain('pakistan-accusation');
  });

  it('leaves the date out when no shown article has one', () => {
    const g = exportGraph();
    const undated = { ...g, attributes: { ...g.attributes, articles: g.attributes.articles.map((a) => ({ ...a, date: null })) } };
    expect(exportName('gexf', undated, DEFAULT_VIEW)).toBe('dyad-graph-2-articles.gexf');
  });
});

describe('caption', () => {
  it('counts what is shown and says which filters are on', () => {
    const g = exportGraph();
    expect(filtersOn(DEFAULT_FILTERS)).toBe(false);
    expect(caption(visibleSubgraph(g, DEFAULT_FILTERS), DEFAULT_FILTERS)).toEqual([
      'Dyad: relations between political actors',
      '5 actors · 3 relations · 4 sentences from 2 articles',
    ]);
    const f = filtered({ hiddenTypes: ['clash', 'threat'], hiddenStatuses: ['alleged'], hiddenArticles: ['a2'], from: '2025-10-01' }).filters;
    expect(filtersOn(f)).toBe(true);
    expect(filterLine(f)).toBe('Filtered: hiding clash, threat; alleged; 1 article; dates outside 2025-10-01 to the end');
    const reported = { ...DEFAULT_FILTERS, reportedBy: '2025-10-29' };
    expect(filtersOn(reported)).toBe(true);
    expect(filterLine(reported)).toBe('Filtered: hiding articles published after 2025-10-29 or undated');
  });
});

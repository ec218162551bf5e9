/** File names that say what a download holds: what, from how many articles, how recent, filtered, about what. */
import type { GraphFile } from '../../graph-data/schema.ts';
import type { ViewState } from '../state/view.ts';
import { filtersOn, shownArticles, visibleSubgraph } from './subgraph.ts';

/** The five exports, named by their file extension. */
export type ExportKind = 'png' | 'svg' | 'json' | 'gexf' | 'csv';

// The selection changes how the picture and the restored view look, not what the data files hold.
const SHOWS_SELECTION: Record<ExportKind, boolean> = { png: true, svg: true, json: true, gexf: false, csv: false };

/** The shown selection as a file-name part: an actor id, or "source-type-target" for an edge. */
function selectionPart(sub: GraphFile, view: ViewState): string | null {
  const s = view.selection;
  if (!s) return null;
  const shown = s.kind === 'node' ? sub.nodes.some((n) => n.key === s.key) : sub.edges.some((e) => e.key === s.key);
  return shown ? s.key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : null;
}

/** e.g. "dyad-graph-5-articles-2025-10-30-filtered-pakistan-accusation-india.png". */
export function exportName(kind: ExportKind, graph: GraphFile, view: ViewState): string {
  const sub = visibleSubgraph(graph, view.filters);
  const articles = shownArticles(sub);
  // The newest publication date among the articles shown: how recent the picture is.
  const newest = articles.map((a) => a.date).filter((d): d is string => d !== null).sort().at(-1);
  const parts = ['dyad', kind === 'csv' ? 'evidence' : 'graph', `${articles.length}-article${articles.length === 1 ? '' : 's'}`];
  if (newest) parts.push(newest);
  if (filtersOn(view.filters)) parts.push('filtered');
  const selected = SHOWS_SELECTION[kind] ? selectionPart(sub, view) : null;
  if (selected) parts.push(selected);
  return `${parts.join('-')}.${kind}`;
}

/**
 * The part of the graph the view shows, as a graph file of its own: the shown actors and edges,
 * each edge with only the evidence the filters let through. JSON, GEXF and CSV are made from it.
 */
import type { GraphFile } from '../../graph-data/schema.ts';
import { publicationDates } from '../model/published.ts';
import { shownKeys, visibleEvidence } from '../model/visibility.ts';
import type { Filters, ViewState } from '../state/view.ts';

/** True when any filter hides anything. */
export function filtersOn(f: Filters): boolean {
  return f.hiddenTypes.length + f.hiddenStatuses.length + f.hiddenArticles.length > 0 || f.from !== null || f.to !== null || f.reportedBy !== null;
}

/** The shown subgraph in graph.json's order; the article list is kept whole, as evidence points into it. */
export function visibleSubgraph(graph: GraphFile, filters: Filters): GraphFile {
  const shown = shownKeys(graph, filters);
  const published = publicationDates(graph);
  const edges = graph.edges
    .filter((e) => shown.edges.has(e.key))
    .map((e) => ({ ...e, attributes: { ...e.attributes, evidence: visibleEvidence(e, filters, published) } }));
  return {
    attributes: { schemaVersion: graph.attributes.schemaVersion, articles: graph.attributes.articles },
    options: graph.options,
    nodes: graph.nodes.filter((n) => shown.nodes.has(n.key)),
    edges,
  };
}

/**
 * The JSON export: the shown subgraph in graphology's serialisation, with the view it was made
 * from under `attributes.dyadSnapshot`, so that importing the file restores the picture.
 */
export function graphExport(graph: GraphFile, view: ViewState, snapshot: unknown): GraphFile {
  const sub = visibleSubgraph(graph, view.filters);
  return { ...sub, attributes: { ...sub.attributes, dyadSnapshot: snapshot } };
}

/** The distinct articles the shown evidence comes from, in the graph's article order. */
export function shownArticles(sub: GraphFile): GraphFile['attributes']['articles'] {
  const used = new Set(sub.edges.flatMap((e) => e.attributes.evidence.map((x) => x.article)));
  return sub.attributes.articles.filter((a) => used.has(a.id));
}

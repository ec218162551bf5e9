/** Which evidence, edges and nodes a view shows. Pure: the graph is never changed, only read. */
import type { Evidence, GraphFile } from '../../graph-data/schema.ts';
import type { Filters } from '../state/view.ts';
import { type Published, publicationDates } from './published.ts';

type Edge = GraphFile['edges'][number];

/** True when the evidence's event date meets the from/to bounds (always, when neither is set). */
function inDateRange(e: Evidence, f: Filters): boolean {
  if (f.from === null && f.to === null) return true;
  const start = e.when?.start;
  const end = e.when?.end;
  if (!start || !end) return false;
  return (f.to === null || start.slice(0, 10) <= f.to) && (f.from === null || end.slice(0, 10) >= f.from.slice(0, end.length));
}

/** True when the evidence's article was out by the "as reported by" day; an undated article never is. */
function reportedInTime(e: Evidence, f: Filters, published: Published): boolean {
  if (f.reportedBy === null) return true;
  const day = published.get(e.article);
  return day !== undefined && day <= f.reportedBy;
}

/** True when a piece of evidence passes the status, article, event-date and publication-date filters. */
export function evidenceVisible(e: Evidence, f: Filters, published: Published): boolean {
  if (f.hiddenStatuses.includes(e.status) || f.hiddenArticles.includes(e.article)) return false;
  return inDateRange(e, f) && reportedInTime(e, f, published);
}

/** The evidence of an edge the filters let through, in its stored order. */
export function visibleEvidence(edge: Edge, f: Filters, published: Published): Evidence[] {
  return f.hiddenTypes.includes(edge.attributes.type) ? [] : edge.attributes.evidence.filter((e) => evidenceVisible(e, f, published));
}

/** Keys of the edges with at least one visible sentence, and of the nodes they touch. */
export function visibleKeys(graph: GraphFile, f: Filters): { edges: Set<string>; nodes: Set<string> } {
  const published = publicationDates(graph);
  const edges = new Set<string>();
  const nodes = new Set<string>();
  for (const e of graph.edges) {
    if (!visibleEvidence(e, f, published).length) continue;
    edges.add(e.key);
    nodes.add(e.source).add(e.target);
  }
  return { edges, nodes };
}

/**
 * What the graph draws: the visible edges and their actors, plus every actor with no relation at
 * all, which no filter could hide. The exports use this too, so a file holds what the screen shows.
 */
export function shownKeys(graph: GraphFile, f: Filters): { edges: Set<string>; nodes: Set<string> } {
  const { edges, nodes } = visibleKeys(graph, f);
  const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  for (const n of graph.nodes) if (!linked.has(n.key)) nodes.add(n.key);
  return { edges, nodes };
}

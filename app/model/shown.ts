/**
 * Edges as the panels show them: resolved like relations.ts does, then cut down to the evidence the
 * filters let through. Visibility itself is decided by visibility.ts alone, so the graph, the table
 * and the panels never disagree about what is hidden.
 */
import type { Evidence, GraphFile } from '../../graph-data/schema.ts';
import type { Filters } from '../state/view.ts';
import { plural } from './format.ts';
import { countLabel, headlineText } from './phrases.ts';
import { type EdgeView, edgeViews } from './relations.ts';
import { publicationDates } from './published.ts';
import { visibleEvidence } from './visibility.ts';
import { countEvidence } from './volume.ts';

/** An edge with only its visible evidence, and what the filters hid. */
export interface ShownEdge extends EdgeView {
  /** Distinct sentences of the edge, visible or not. */
  totalSentences: number;
  /** Distinct sentences the filters hide. */
  hiddenSentences: number;
}

/** Every edge of the graph in reading order, restricted to the evidence `filters` let through. */
export function shownEdges(graph: GraphFile, filters: Filters): ShownEdge[] {
  const raw = new Map(graph.edges.map((e) => [e.key, e]));
  const published = publicationDates(graph);
  return edgeViews(graph).map((view) => {
    const edge = raw.get(view.key);
    const visible = edge ? visibleEvidence(edge, filters, published) : [];
    // All of it let through (the usual case, and every edge of the unfiltered view): the view's
    // own evidence and counts stand, with no set or count made again for each edge.
    if (visible.length === view.evidence.length) return { ...view, totalSentences: view.sentences, hiddenSentences: 0 };
    // Identity, not equality: edgeViews lists the same evidence objects (as stored, or a sorted copy).
    const keep = new Set(visible);
    const evidence = view.evidence.filter((e) => keep.has(e));
    const counts = countEvidence(evidence);
    return { ...view, evidence, ...counts, totalSentences: view.sentences, hiddenSentences: view.sentences - counts.sentences };
  });
}

/** True when the filters leave at least one sentence of the edge. */
export function isShown(edge: ShownEdge): boolean {
  return edge.evidence.length > 0;
}

/** "Pakistan accuses India · 5 sentences in 3 articles": what the panel shows and announces. */
export function edgeHeadline(edge: ShownEdge): string {
  return `${headlineText(edge)} · ${countLabel(edge)}`;
}

/** "2 sentences hidden by filters", or null when nothing is hidden. */
export function hiddenLabel(edge: ShownEdge): string | null {
  if (edge.hiddenSentences === 0) return null;
  if (edge.sentences === 0) {
    return edge.totalSentences === 1
      ? 'The one sentence of this relation is hidden by filters'
      : `All ${edge.totalSentences} sentences of this relation are hidden by filters`;
  }
  return `${plural(edge.hiddenSentences, 'more sentence')} hidden by filters`;
}

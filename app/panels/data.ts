/** What every panel reads: the graph, and its edges with and without the filters applied. */
import type { ArticleMeta, GraphFile } from '../../graph-data/schema.ts';
import type { ShownEdge } from '../model/shown.ts';

/** Computed once per filter change by the Sidebar and handed down. */
export interface PanelData {
  graph: GraphFile;
  /** Every edge, cut down to what the filters show (an edge may have no evidence left). */
  shown: ShownEdge[];
  /** Every edge with all its evidence: what the corpus says, whatever the view. */
  all: ShownEdge[];
  articles: Map<string, ArticleMeta>;
}

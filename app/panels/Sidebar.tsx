/** The right-hand column: evidence of the selected edge, the selected actor, or the article reader. (Stub.) */
import type { GraphFile } from '../../graph-data/schema.ts';

export function Sidebar({ graph }: { graph: GraphFile }) {
  void graph;
  return <aside className="sidebar" aria-label="Details" />;
}

/** Every edge as a row: the accessible way through the graph. (Stub.) */
import type { GraphFile } from '../../graph-data/schema.ts';

export function RelationTable({ graph }: { graph: GraphFile }) {
  void graph;
  return <section aria-label="Relations" />;
}

/** Export: PNG, SVG, graphology JSON, GEXF and CSV of what is shown. (Stub.) */
import type { Core } from 'cytoscape';
import type { RefObject } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';

export function ExportMenu({ graph, cyRef }: { graph: GraphFile; cyRef: RefObject<Core | null> }) {
  void graph;
  void cyRef;
  return null;
}

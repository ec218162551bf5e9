/** Share: copy a link to this exact view, and import a snapshot or export. (Stub.) */
import type { Core } from 'cytoscape';
import type { RefObject } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';

export function ShareMenu({ graph, cyRef }: { graph: GraphFile; cyRef: RefObject<Core | null> }) {
  void graph;
  void cyRef;
  return null;
}

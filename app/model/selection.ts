/** The selection in words, for the status line that screen readers announce. */
import type { GraphFile } from '../../graph-data/schema.ts';
import type { Selection } from '../state/view.ts';
import { headlineText } from './phrases.ts';
import { actorLookup } from './relations.ts';

/** "Pakistan accuses India", "India (alleged actor)", or null when nothing (known) is selected. */
export function describeSelection(graph: GraphFile, selection: Selection): string | null {
  if (selection === null) return null;
  if (selection.kind === 'node') {
    const node = graph.nodes.find((n) => n.key === selection.key);
    if (!node) return null;
    return node.attributes.alleged ? `${node.attributes.label} (alleged actor)` : node.attributes.label;
  }
  // One edge resolved, not all of them: this runs on every change of the view.
  const edge = graph.edges.find((e) => e.key === selection.key);
  if (!edge) return null;
  const actor = actorLookup(graph);
  return headlineText({ type: edge.attributes.type, undirected: edge.attributes.undirected, source: actor(edge.source), target: actor(edge.target) });
}

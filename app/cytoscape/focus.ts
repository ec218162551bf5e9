/** The neighbourhood a hovered or selected element lights up; everything else visible fades. */
import type { GraphFile } from '../../graph-data/schema.ts';
import type { Selection } from '../state/view.ts';

/** Visible element keys, as visibleKeys() returns them. */
export interface Visible {
  edges: Set<string>;
  nodes: Set<string>;
}

/** The focused element, the visible edges at it and their ends; null when nothing visible is focused. */
export function neighbourhood(graph: GraphFile, visible: Visible, focus: Selection): Set<string> | null {
  if (focus === null) return null;
  if (focus.kind === 'edge') {
    const edge = graph.edges.find((e) => e.key === focus.key);
    if (!edge || !visible.edges.has(edge.key)) return null;
    return new Set([edge.key, edge.source, edge.target]);
  }
  if (!visible.nodes.has(focus.key)) return null;
  const out = new Set([focus.key]);
  for (const e of graph.edges) {
    if (!visible.edges.has(e.key) || (e.source !== focus.key && e.target !== focus.key)) continue;
    out.add(e.key).add(e.source).add(e.target);
  }
  return out;
}

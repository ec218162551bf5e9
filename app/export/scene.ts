/**
 * The picture on screen as plain data: what readScene takes from cytoscape and svg.ts writes out.
 * Only shown elements are in a scene; colours are not, svg.ts looks them up by kind and type.
 */
import type { RelationType } from '../../graph-data/schema.ts';
import type { Kind } from '../cytoscape/tables.ts';
import type { Point } from './shapes.ts';
import { textWidth, wrap } from './shapes.ts';

/** An actor as drawn: model position, diameter and view state. */
export interface SceneNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  kind: Kind;
  alleged: boolean;
  selected: boolean;
  faded: boolean;
}

/** A relation as drawn: its line runs through `points` (source end, control points, target end). */
export interface SceneEdge {
  id: string;
  type: RelationType;
  label: string;
  directed: boolean;
  alleged: boolean;
  width: number;
  selected: boolean;
  faded: boolean;
  points: Point[];
}

/** The shown part of the graph. */
export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** Node labels: the stylesheet's 20px semibold, wrapped at 170px, 5px below the disc. */
export const NODE_LABEL = { size: 20, maxWidth: 170, margin: 5, lineHeight: 24 } as const;

/** The lines of a node's label, as the canvas wraps them. */
export function labelLines(label: string): string[] {
  return wrap(label, NODE_LABEL.size, NODE_LABEL.maxWidth);
}

/** The box that holds every shown node, label and edge, as [x1, y1, x2, y2]; a small box when empty. */
export function sceneBounds(scene: Scene): [number, number, number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of scene.nodes) {
    const lines = labelLines(n.label);
    const half = Math.max(n.size / 2, ...lines.map((l) => textWidth(l, NODE_LABEL.size) / 2));
    xs.push(n.x - half, n.x + half);
    ys.push(n.y - n.size / 2, n.y + n.size / 2 + NODE_LABEL.margin + lines.length * NODE_LABEL.lineHeight);
  }
  for (const e of scene.edges) for (const [x, y] of e.points) xs.push(x), ys.push(y);
  if (!xs.length) return [0, 0, 200, 200];
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

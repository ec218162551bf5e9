/** Reads the scene off the live cytoscape instance: positions, sizes and edge curves as drawn. */
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { isRelationType } from '../../graph-data/shapes.ts';
import { KIND_STYLE, type Kind } from '../cytoscape/tables.ts';
import type { Scene, SceneEdge, SceneNode } from './scene.ts';
import type { Point } from './shapes.ts';

const isKind = (k: unknown): k is Kind => typeof k === 'string' && k in KIND_STYLE;
const finite = (p: Position | undefined): p is Position => !!p && Number.isFinite(p.x) && Number.isFinite(p.y);

function node(n: NodeSingular): SceneNode {
  const kind: unknown = n.data('kind');
  const p = n.position();
  return {
    id: n.id(), label: String(n.data('label') ?? ''), x: p.x, y: p.y, size: Number(n.data('size')) || 28,
    kind: isKind(kind) ? kind : 'other', alleged: n.hasClass('alleged'), selected: n.hasClass('selected'), faded: n.hasClass('faded'),
  };
}

/** The drawn line: source end, control points, target end; centre to centre if not yet drawn. */
function points(e: EdgeSingular): Point[] {
  const drawn = [e.sourceEndpoint(), ...(e.controlPoints() ?? []), e.targetEndpoint()];
  const use = drawn.every(finite) ? drawn : [e.source().position(), e.target().position()];
  return use.map((p): Point => [p.x, p.y]);
}

function edge(e: EdgeSingular): SceneEdge | null {
  const type: unknown = e.data('type');
  if (!isRelationType(type)) return null;
  return {
    id: e.id(), type, label: String(e.data('label') ?? type), directed: e.hasClass('directed'), alleged: e.hasClass('alleged'),
    width: Number(e.data('width')) || 1.5, selected: e.hasClass('selected'), faded: e.hasClass('faded'), points: points(e),
  };
}

/** The shown elements: everything without the `hidden` class that the filters add. */
export function readScene(cy: Core): Scene {
  return {
    nodes: cy.nodes().not('.hidden').map(node),
    edges: cy.edges().not('.hidden').map(edge).filter((e): e is SceneEdge => e !== null),
  };
}

/** The shape of a snapshot: a view plus the picture (positions, zoom, pan) and the data it came from. */
import type { Core } from 'cytoscape';
import { withoutHover } from './link.ts';
import type { LinkView } from './link-keys.ts';
import type { ViewState } from './view.ts';

/** The snapshot format this code writes and reads; a snapshot of any other version is refused by name. */
export const SNAPSHOT_VERSION = 1;

/** What a shared link or an exported file carries. Positions are model coordinates, rounded to 0.1. */
export interface Snapshot {
  v: typeof SNAPSHOT_VERSION;
  /** graphHash() of the graph the snapshot was made from. */
  graph: string;
  view: LinkView;
  positions: Record<string, [number, number]>;
  zoom: number;
  pan: [number, number];
}

// A tenth of a model unit is under a third of a pixel at the largest zoom; "+ 0" turns -0 into 0,
// which JSON would do anyway, so a snapshot and its encoding agree.
const round = (n: number): number => Math.round(n * 10) / 10 + 0;

/** Captures the current view and picture. */
export function snapshotOf(view: ViewState, cy: Core, graph: string): Snapshot {
  const positions: Record<string, [number, number]> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = [round(p.x), round(p.y)];
  });
  const pan = cy.pan();
  return {
    v: SNAPSHOT_VERSION, graph, view: withoutHover(view), positions,
    zoom: Math.round(cy.zoom() * 1e4) / 1e4, pan: [round(pan.x), round(pan.y)],
  };
}

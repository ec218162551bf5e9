/**
 * Making and filling a graph canvas, outside React: the page draws the graph before the explorer's
 * code has even loaded (boot/drawEarly.ts), and GraphView makes one the same way when it has none to
 * take over.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { Picture } from '../state/restoring.ts';
import type { LayoutName } from '../state/view.ts';
import { applyElements } from './apply.ts';
import { runLayout } from './layouts.ts';
import { preemptCytoscapeStyle } from './noInlineStyle.ts';
import { applyPicture } from './picture.ts';
import { rendererOptions } from './renderer.ts';
import type { Scale } from './scale.ts';
import { stylesheet } from './stylesheet.ts';
import { readTheme } from './theme.ts';

/** Past this zoom labels are needlessly big; the lower bound comes from the graph's size (scale.ts). */
const MAX_ZOOM = 3;

/**
 * Where cytoscape draws: `container`, inside a `layer` that fills the graph's box. The layer is
 * what moves when the explorer takes an early canvas over (early.ts): cytoscape destroys itself
 * when its container leaves its parent, and the layer keeps that parent the same.
 */
export interface CanvasElements {
  layer: HTMLElement;
  container: HTMLElement;
}

export function canvasElements(doc: Document = document): CanvasElements {
  const layer = doc.createElement('div');
  layer.className = 'graph-canvas';
  const container = doc.createElement('div');
  layer.append(container);
  return { layer, container };
}

/** How many actors and relations a canvas is for. */
export interface Counts {
  nodes: number;
  edges: number;
}

/** The counts of a graph, or of its first view. */
export const countsOf = (g: { nodes: readonly unknown[]; edges: readonly unknown[] }): Counts => ({ nodes: g.nodes.length, edges: g.edges.length });

/** A cytoscape instance in `container` for a graph of `counts`: its renderer, zoom bounds and style follow the graph's size. */
export function createCanvas(container: HTMLElement, counts: Counts, scale: Scale): { cy: Core; webgl: boolean } {
  preemptCytoscapeStyle();
  const renderer = rendererOptions(counts.nodes, counts.edges);
  const cy = cytoscape({
    container, style: stylesheet(readTheme(), scale.large), boxSelectionEnabled: false,
    minZoom: scale.minZoom, maxZoom: MAX_ZOOM, ...renderer,
  });
  return { cy, webgl: renderer.webgl === true };
}

/**
 * Fills a new canvas: the elements, then the layout, then a restored picture on top of it (when a
 * restore changes the layout and the picture together, the picture must win). All in one task, so
 * the first frame cytoscape draws is the finished graph.
 */
export function fillCanvas(cy: Core, elements: ElementDefinition[], layout: LayoutName, picture: Picture | null): void {
  applyElements(cy, null, elements);
  runLayout(cy, layout);
  if (picture) applyPicture(cy, picture, layout);
}

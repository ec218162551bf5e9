/**
 * The graph, drawn before the explorer: the page's frame is sketched in plain DOM, the graph drawn
 * in it, and only then are React and the panels loaded around it (main.ts). The explorer takes the
 * canvas over as it is (GraphView), so the first thing on screen is the graph itself, not a page
 * waiting for it: the panels' code took a third of the first render of the seed graph.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphFile } from '../../graph-data/schema.ts';
import { canvasElements, type Counts, countsOf, createCanvas, fillCanvas } from '../cytoscape/canvas.ts';
import type { EarlyGraph } from '../cytoscape/early.ts';
import { markFirstRender } from '../cytoscape/firstRender.ts';
import { scaleOf } from '../cytoscape/scale.ts';
import { firstViewElements, toElements } from '../cytoscape/toElements.ts';
import type { FirstView } from '../model/first-view.ts';
import type { Picture, Restoring } from '../state/restoring.ts';
import { DEFAULT_VIEW, type ViewState } from '../state/view.ts';
import { element } from './dom.ts';

const box = (doc: Document, className: string, ...children: HTMLElement[]) => element(doc, 'div', className, ...children);

/**
 * The explorer's frame with empty places for the panels (shell.css sizes them as the panels
 * usually are, so the graph's box is already the size it will have), and `canvas` in the graph's
 * box. Where a guess is off, the explorer refits the graph to its real box (fitting.ts).
 */
export function sketchFrame(doc: Document, canvas: HTMLElement, large: boolean): HTMLElement {
  const graph = box(doc, 'graph', canvas);
  graph.setAttribute('aria-busy', 'true');
  // A large graph's legend has a line more (Legend.tsx).
  const under = box(doc, large ? 'sketch-under-graph large' : 'sketch-under-graph');
  const main = box(doc, 'main', box(doc, 'graph-pane', graph, under), box(doc, 'sketch-timeline'));
  return box(doc, 'app sketch', box(doc, 'sketch-head'), box(doc, 'workspace', main, box(doc, 'sidebar')));
}

/** A canvas drawn before the explorer, before it knows the graph it stands for (drawFirstView). */
export type EarlyCanvas = Omit<EarlyGraph, 'graph'>;

/** Sketches the frame in `root`, draws `elements` in it, and resolves once cytoscape has drawn them. */
async function draw(root: HTMLElement, counts: Counts, elements: ElementDefinition[], view: ViewState, picture: Picture | null): Promise<EarlyCanvas> {
  const doc = root.ownerDocument;
  const canvas = canvasElements(doc);
  const scale = scaleOf(counts.nodes);
  root.replaceChildren(sketchFrame(doc, canvas.layer, scale.large));
  const { cy, webgl } = createCanvas(canvas.container, counts, scale);
  fillCanvas(cy, elements, view.layout, picture);
  // Nothing listens to taps until the explorer takes over: a tap would select behind the view's
  // back. Panning and zooming are the user's already.
  cy.autounselectify(true);
  await new Promise<void>((drawn) => markFirstRender(cy, webgl, drawn));
  return { view, elements, picture, cy, canvas };
}

/**
 * Draws `graph` as the page opens it into `root`, and resolves once cytoscape has drawn it;
 * null when the opening view shows no graph (the address asked for the table or the matrix).
 * Not yet on `window.cy`: that is the explorer's canvas, there once it has taken this one over.
 */
export async function drawEarly(root: HTMLElement, graph: GraphFile, restoring: Restoring | undefined): Promise<EarlyGraph | null> {
  // The very object the explorer's view starts from (App: opening.view, else DEFAULT_VIEW), so
  // that GraphView can tell the canvas was drawn for its view.
  const view = restoring?.view ?? DEFAULT_VIEW;
  if (view.mode !== 'graph') return null;
  const elements = toElements(graph, view, scaleOf(graph.nodes.length));
  return { ...(await draw(root, countsOf(graph), elements, view, restoring?.picture ?? null)), graph };
}

/**
 * Draws a big graph's first view into `root` in the opening view (DEFAULT_VIEW), before the graph
 * itself has arrived; resolves once cytoscape has drawn it. The page hands it to the explorer with
 * the graph once that has arrived and shown to be the one it was drawn from (main.ts).
 */
export function drawFirstView(root: HTMLElement, first: FirstView): Promise<EarlyCanvas> {
  return draw(root, countsOf(first), firstViewElements(first), DEFAULT_VIEW, null);
}

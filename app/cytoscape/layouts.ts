/**
 * The layouts on offer. All are deterministic: the built-in ones place nodes by their order in
 * graph.json, fcose runs with a fixed seed (see random.ts), and a large graph's force layout
 * (spread.ts) draws no random number at all. Every layout places every node, hidden or not, so
 * a filter never decides where anything goes.
 */
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../state/view.ts';
import { withSeededRandom } from './random.ts';
import { roomToFit } from './room.ts';
import { LARGE_GRAPH_NODES, scaleOf } from './scale.ts';
import { spreadLayout } from './spread.ts';
import { VIEW_CLASSES } from './toElements.ts';

cytoscape.use(fcose);

/** Any fixed number does; changing it changes the default picture for everyone. */
export const LAYOUT_SEED = 20251030;

/** What the layout chooser calls each layout. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force',
  concentric: 'Concentric',
  circle: 'Circle',
  grid: 'Grid',
};

// No animation: fcose must run synchronously inside the seeded span. A fixed box, not the
// viewport, for the geometric layouts: the picture must not depend on the window's size.
const COMMON = { animate: false, fit: true, padding: 40, boundingBox: { x1: 0, y1: 0, w: 1200, h: 800 } } as const;

/**
 * fcose, tuned on the seed corpus: strong repulsion and weak springs spread a small dense graph
 * over a wide box, and counting labels in node sizes keeps names from overlapping.
 */
const FCOSE = {
  name: 'fcose', ...COMMON, quality: 'proof', randomize: true, nodeDimensionsIncludeLabels: true,
  nodeRepulsion: () => 60000, idealEdgeLength: () => 120, edgeElasticity: () => 0.1, nodeSeparation: 150,
  gravity: 0.15, numIter: 2500,
};

/** A large graph's geometric layouts get a box that grows with it, so its nodes do not pile up. */
function boxFor(nodes: number): { x1: number; y1: number; w: number; h: number } {
  const grow = Math.sqrt(Math.max(1, nodes / LARGE_GRAPH_NODES));
  const { x1, y1, w, h } = COMMON.boundingBox;
  return { x1, y1, w: w * grow, h: h * grow };
}

/** The options of a layout, over all elements of a graph of `nodes` actors. */
export function layoutOptions(name: LayoutName, nodes = 0): LayoutOptions {
  const common = { ...COMMON, boundingBox: boxFor(nodes) };
  switch (name) {
    // fcose's options are not in cytoscape's types (it is an extension); its name is.
    case 'fcose':
      return FCOSE as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric', ...common, minNodeSpacing: 50,
        concentric: (n: NodeSingular) => Number(n.data('sentences')), levelWidth: () => 20,
      };
    case 'circle':
      return { name: 'circle', ...common };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlapPadding: 40 };
  }
}

/** A large graph's force layout: spread.ts's positions, put in place and fitted as a layout does. */
function runSpread(cy: Core): void {
  const nodes = cy.nodes();
  const index = new Map(nodes.map((n, i) => [n.id(), i]));
  const pairs = cy.edges().map((e) => [index.get(e.data('source') as string) ?? 0, index.get(e.data('target') as string) ?? 0] as const);
  const at = spreadLayout(nodes.length, pairs);
  // fromEntries defines keys rather than assigning them, and ids are data.
  const positions = Object.fromEntries(nodes.map((n, i) => [n.id(), { x: at[i]![0], y: at[i]![1] }]));
  cy.layout({ name: 'preset', positions, animate: false, fit: true, padding: COMMON.padding }).run();
}

/**
 * Places every node with the chosen layout and fits the result into the viewport, as far out as
 * the graph needs (room.ts).
 */
export function runLayout(cy: Core, name: LayoutName): void {
  roomToFit(cy, () => place(cy, name));
}

/**
 * The layout itself. It sees the data only: view classes change borders, halos and labels, hence
 * node sizes, so they are taken off for the (synchronous) run and put back after, before anything
 * is drawn.
 */
function place(cy: Core, name: LayoutName): void {
  const count = cy.nodes().length;
  // Sizes do not enter spread.ts, so the view classes can stay where they are.
  if (name === 'fcose' && scaleOf(count).large) return runSpread(cy);
  const classed = cy.elements(VIEW_CLASSES.map((c) => `.${c}`).join(', '));
  const saved = classed.map((el) => [el, VIEW_CLASSES.filter((c) => el.hasClass(c))] as const);
  cy.batch(() => classed.removeClass(VIEW_CLASSES.join(' ')));
  // fcose re-centres its result on where the nodes were: start them all at the origin, so the
  // same data gives the same coordinates however often the layout runs.
  cy.nodes().positions({ x: 0, y: 0 });
  try {
    // cy.layout() lays out cy.elements(): all of them, hidden ones included.
    withSeededRandom(LAYOUT_SEED, () => cy.layout(layoutOptions(name, count)).run());
  } finally {
    cy.batch(() => {
      for (const [el, classes] of saved) el.addClass(classes.join(' '));
    });
  }
}

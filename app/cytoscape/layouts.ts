/**
 * The layouts on offer. All are deterministic: the built-in ones place nodes by their order in
 * graph.json, and fcose runs with a fixed seed (see random.ts). Every layout places every node,
 * hidden or not, so a filter never decides where anything goes.
 */
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../state/view.ts';
import { withSeededRandom } from './random.ts';
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

const OPTIONS: Record<LayoutName, LayoutOptions> = {
  // fcose's options are not in cytoscape's types (it is an extension); its name is.
  fcose: FCOSE as LayoutOptions,
  concentric: {
    name: 'concentric', ...COMMON, minNodeSpacing: 50,
    concentric: (n: NodeSingular) => Number(n.data('sentences')), levelWidth: () => 20,
  },
  circle: { name: 'circle', ...COMMON },
  grid: { name: 'grid', ...COMMON, avoidOverlapPadding: 40 },
};

/** The options of a layout, over all elements. */
export function layoutOptions(name: LayoutName): LayoutOptions {
  return OPTIONS[name];
}

/**
 * Places every node with the chosen layout and fits the result into the viewport. The layout
 * sees the data only: view classes change borders, halos and labels, hence node sizes, so they
 * are taken off for the (synchronous) run and put back after, before anything is drawn.
 */
export function runLayout(cy: Core, name: LayoutName): void {
  const all = cy.elements();
  const saved = all.map((el) => [el, VIEW_CLASSES.filter((c) => el.hasClass(c))] as const);
  all.removeClass(VIEW_CLASSES.join(' '));
  // fcose re-centres its result on where the nodes were: start them all at the origin, so the
  // same data gives the same coordinates however often the layout runs.
  cy.nodes().positions({ x: 0, y: 0 });
  try {
    // cy.layout() lays out cy.elements(): all of them, hidden ones included.
    withSeededRandom(LAYOUT_SEED, () => cy.layout(layoutOptions(name)).run());
  } finally {
    for (const [el, classes] of saved) el.addClass(classes.join(' '));
  }
}

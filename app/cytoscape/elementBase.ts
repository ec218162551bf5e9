/**
 * The part of every element that depends on the data and the filters only: its data, its data
 * classes and whether it is shown. Worked out once per graph and filters, so that a hover or a
 * selection, which change only state classes, does not walk all the evidence again (on 10,000
 * relations that walk takes a quarter of a second).
 */
import type { GraphFile } from '../../graph-data/schema.ts';
import type { FirstEdge, FirstView } from '../model/first-view.ts';
import { type Published, publicationDates } from '../model/published.ts';
import { actorVolume, edgeWeight } from '../model/volume.ts';
import { shownKeys, visibleEvidence } from '../model/visibility.ts';
import type { Filters } from '../state/view.ts';
import type { Visible } from './focus.ts';
import { edgeWidth, nodeSize } from './sizes.ts';
import { RELATION_STYLE } from './tables.ts';

type Node = GraphFile['nodes'][number];
type Edge = GraphFile['edges'][number];

/** One element before the view's state classes are added. */
export interface ElementBase {
  group: 'nodes' | 'edges';
  data: Record<string, unknown> & { id: string };
  classes: string[];
}

/** Every element's base, nodes then edges in graph.json's order, and what the filters show. */
export interface Bases {
  elements: ElementBase[];
  shown: Visible;
}

function nodeBase(key: string, a: Pick<Node['attributes'], 'label' | 'kind' | 'core' | 'alleged'>, sentences: number): ElementBase {
  return {
    group: 'nodes',
    data: { id: key, label: a.label, kind: a.kind, core: a.core, alleged: a.alleged, sentences, size: nodeSize(sentences) },
    classes: [`kind-${a.kind}`, ...(a.core ? ['core'] : []), ...(a.alleged ? ['alleged'] : [])],
  };
}

/** An edge drawn `sentences` wide, dashed when `alleged`. */
function edgeBase({ key, source, target, type, undirected }: Pick<FirstEdge, 'key' | 'source' | 'target' | 'type' | 'undirected'>, sentences: number, alleged: boolean): ElementBase {
  return {
    group: 'edges',
    data: { id: key, source, target, type, label: RELATION_STYLE[type].label, sentences, width: edgeWidth(sentences) },
    classes: [`type-${type}`, undirected ? 'undirected' : 'directed', ...(alleged ? ['alleged'] : [])],
  };
}

function filteredEdgeBase(e: Edge, filters: Filters, published: Published): ElementBase {
  const { type, undirected, evidence } = e.attributes;
  const shownEvidence = visibleEvidence(e, filters, published);
  // A hidden edge keeps the width of all its evidence: it is not drawn, and this keeps it stable.
  const { sentences, alleged } = edgeWeight(shownEvidence.length > 0 ? shownEvidence : evidence);
  return edgeBase({ key: e.key, source: e.source, target: e.target, type, undirected }, sentences, alleged);
}

/** Every element's base as elementBases makes it with no filter set, from the graph's first view. */
export function firstViewBases(view: FirstView): ElementBase[] {
  return [...view.nodes.map((n) => nodeBase(n.key, n, n.sentences)), ...view.edges.map((e) => edgeBase(e, e.sentences, e.alleged))];
}

// Keyed by identity: the graph is never changed once loaded, and the reducer makes a new
// filters object whenever a filter changes, and keeps the old one otherwise.
const cache = new WeakMap<GraphFile, WeakMap<Filters, Bases>>();

/** The bases of every element of `graph` under `filters`. */
export function elementBases(graph: GraphFile, filters: Filters): Bases {
  let byFilters = cache.get(graph);
  if (!byFilters) cache.set(graph, (byFilters = new WeakMap()));
  let bases = byFilters.get(filters);
  if (bases) return bases;
  const volume = actorVolume(graph);
  const published = publicationDates(graph);
  const nodes = graph.nodes.map((n) => nodeBase(n.key, n.attributes, volume.get(n.key) ?? 0));
  const edges = graph.edges.map((e) => filteredEdgeBase(e, filters, published));
  bases = { elements: [...nodes, ...edges], shown: shownKeys(graph, filters) };
  byFilters.set(filters, bases);
  return bases;
}

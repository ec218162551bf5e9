/**
 * The graph and the view in, every cytoscape element out, each with the classes that say how to
 * draw it. Filtering adds `hidden` and never drops an element, so nodes keep their positions and
 * parallel edges their slots. Pure: nothing here reads or writes cytoscape or the DOM.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphFile } from '../../graph-data/schema.ts';
import { type Published, publicationDates } from '../model/published.ts';
import { actorVolume, distinctSentences } from '../model/volume.ts';
import { shownKeys, visibleEvidence } from '../model/visibility.ts';
import type { Selection, ViewState } from '../state/view.ts';
import { neighbourhood, type Visible } from './focus.ts';
import { edgeWidth, nodeSize } from './sizes.ts';
import { RELATION_STYLE } from './tables.ts';

/** The classes that come from the view rather than the data; layouts must not see them. */
export const VIEW_CLASSES = ['hidden', 'faded', 'selected', 'hovered', 'neighbour'] as const;

type Node = GraphFile['nodes'][number];
type Edge = GraphFile['edges'][number];

/** What every element needs to know about the view to pick its state classes. */
interface Context {
  view: ViewState;
  shown: Visible;
  lit: Set<string> | null;
  published: Published;
}

const same = (a: Selection, kind: 'node' | 'edge', key: string) => a !== null && a.kind === kind && a.key === key;

/** hidden, or selected / hovered / neighbour / faded; a selected element is never faded. */
function stateClasses(kind: 'node' | 'edge', key: string, ctx: Context): string[] {
  const shown = kind === 'node' ? ctx.shown.nodes.has(key) : ctx.shown.edges.has(key);
  if (!shown) return ['hidden'];
  const selected = same(ctx.view.selection, kind, key);
  const out = selected ? ['selected'] : [];
  if (same(ctx.view.hover, kind, key)) out.push('hovered');
  if (ctx.lit?.has(key)) out.push('neighbour');
  else if (ctx.lit && !selected) out.push('faded');
  return out;
}

function nodeElement(n: Node, volume: Map<string, number>, ctx: Context): ElementDefinition {
  const a = n.attributes;
  const sentences = volume.get(n.key) ?? 0;
  const classes = [`kind-${a.kind}`, ...(a.core ? ['core'] : []), ...(a.alleged ? ['alleged'] : [])];
  return {
    group: 'nodes',
    data: { id: n.key, label: a.label, kind: a.kind, core: a.core, alleged: a.alleged, sentences, size: nodeSize(sentences) },
    classes: [...classes, ...stateClasses('node', n.key, ctx)],
    selected: same(ctx.view.selection, 'node', n.key) && ctx.shown.nodes.has(n.key),
  };
}

function edgeElement(e: Edge, ctx: Context): ElementDefinition {
  const { type, undirected, evidence } = e.attributes;
  const shownEvidence = visibleEvidence(e, ctx.view.filters, ctx.published);
  // A hidden edge keeps the width of all its evidence: it is not drawn, and this keeps it stable.
  const counted = shownEvidence.length > 0 ? shownEvidence : evidence;
  const alleged = counted.every((x) => x.status === 'alleged');
  const sentences = distinctSentences(counted);
  const classes = [`type-${type}`, undirected ? 'undirected' : 'directed', ...(alleged ? ['alleged'] : [])];
  return {
    group: 'edges',
    data: { id: e.key, source: e.source, target: e.target, type, label: RELATION_STYLE[type].label, sentences, width: edgeWidth(sentences) },
    classes: [...classes, ...stateClasses('edge', e.key, ctx)],
    selected: same(ctx.view.selection, 'edge', e.key) && ctx.shown.edges.has(e.key),
  };
}

/** Every node, then every edge, in graph.json's order, with data and classes for the view. */
export function toElements(graph: GraphFile, view: ViewState): ElementDefinition[] {
  const volume = actorVolume(graph);
  const shown = shownKeys(graph, view.filters);
  const lit = neighbourhood(graph, shown, view.hover ?? view.selection);
  const ctx: Context = { view, shown, lit, published: publicationDates(graph) };
  return [...graph.nodes.map((n) => nodeElement(n, volume, ctx)), ...graph.edges.map((e) => edgeElement(e, ctx))];
}

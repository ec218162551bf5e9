/**
 * The graph and the view in, every cytoscape element out, each with the classes that say how to
 * draw it. Filtering adds `hidden` and never drops an element, so nodes keep their positions and
 * parallel edges their slots. Pure: nothing here reads or writes cytoscape or the DOM.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphFile } from '../../graph-data/schema.ts';
import type { Selection, ViewState } from '../state/view.ts';
import type { FirstView } from '../model/first-view.ts';
import { type ElementBase, elementBases, firstViewBases } from './elementBase.ts';
import { neighbourhood, type Visible } from './focus.ts';
import { type Scale, scaleOf } from './scale.ts';

/** The classes that come from the view rather than the data; layouts must not see them. */
export const VIEW_CLASSES = ['hidden', 'faded', 'selected', 'hovered', 'neighbour'] as const;

/** What every element needs to know about the view to pick its state classes. */
interface Context {
  view: ViewState;
  shown: Visible;
  /** The focused neighbourhood: lit. */
  lit: Set<string> | null;
  /** What is not faded; null fades nothing. */
  kept: Set<string> | null;
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
  else if (ctx.kept && !selected && !ctx.kept.has(key)) out.push('faded');
  return out;
}

/**
 * Every node, then every edge, in graph.json's order, with data and classes for the view. On a
 * large graph only the selection fades the rest: a hover lights its neighbourhood and restyles
 * those few elements, not all ten thousand, every time the pointer crosses an edge.
 */
export function toElements(graph: GraphFile, view: ViewState, scale: Scale = scaleOf(graph.nodes.length)): ElementDefinition[] {
  const { elements, shown } = elementBases(graph, view.filters);
  const lit = neighbourhood(graph, shown, view.hover ?? view.selection);
  const kept = scale.large ? neighbourhood(graph, shown, view.selection) : lit;
  const ctx: Context = { view, shown, lit, kept };
  return elements.map((base) => {
    const kind = base.group === 'nodes' ? 'node' : 'edge';
    const key = base.data.id;
    const selected = same(view.selection, kind, key) && (kind === 'node' ? shown.nodes : shown.edges).has(key);
    return definition(base, stateClasses(kind, key, ctx), selected);
  });
}

/** An element as cytoscape takes it: its base, with the view's state classes. */
function definition(base: ElementBase, state: string[], selected: boolean): ElementDefinition {
  // A copy of the data: cytoscape keeps the data object it is given and writes to it.
  return { group: base.group, data: { ...base.data }, classes: [...base.classes, ...state], selected };
}

/**
 * What toElements makes of the graph under DEFAULT_VIEW, from its first view alone: the opening
 * view shows everything, hides, selects and fades nothing, so every element is its base.
 */
export function firstViewElements(view: FirstView): ElementDefinition[] {
  return firstViewBases(view).map((base) => definition(base, [], false));
}

/**
 * The cytoscape stylesheet, generated from the tables and a theme. Elements are styled by class
 * and data only (toElements sets them; naming.ts gives a large graph's actors their names);
 * nothing calls ele.style(). Later rules win, so the order below is the order of precedence:
 * kind and type, then status, then focus states, then hidden.
 */
import type { StylesheetJson, StylesheetJsonBlock } from 'cytoscape';
import { RELATION_TYPES } from '../../graph-data/shapes.ts';
import { MIN_NAME_PX, NAME_SCALE } from './names.ts';
import { FAINT_ALLEGED_OPACITY, KIND_STYLE, RELATION_STYLE, type Kind } from './tables.ts';
import type { Theme } from './theme.ts';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Labels sit on the page background colour, outlined, so they read over edges in both themes. */
function labelStyle(theme: Theme) {
  return { color: theme.fg, 'font-family': FONT, 'text-outline-color': theme.bg, 'text-outline-width': 3, 'min-zoomed-font-size': 7 };
}

/**
 * A large graph names only the actors given a `name` (naming.ts: those in view whose name is
 * legible at the zoom), so its opening view, too far out for any name to show, costs no text
 * styling or measuring at all. Each name's size comes from its actor's step (names.ts), and the
 * canvas skips a name smaller than min-zoomed-font-size on screen (level of detail).
 */
function largeNameRules(text: Record<string, unknown>): StylesheetJsonBlock[] {
  return [
    { selector: 'node[name]', style: { ...text, label: 'data(name)', 'min-zoomed-font-size': MIN_NAME_PX } },
    ...NAME_SCALE.map(({ from, to, font }): StylesheetJsonBlock => {
      const bounds = `${from > 0 ? `[size >= ${from}]` : ''}${Number.isFinite(to) ? `[size < ${to}]` : ''}`;
      return { selector: `node[name]${bounds}`, style: { 'font-size': font } };
    }),
  ];
}

function nodeRules(theme: Theme, large: boolean): StylesheetJsonBlock[] {
  const kinds = Object.keys(KIND_STYLE) as Kind[];
  const body = { width: 'data(size)', height: 'data(size)', 'border-width': 2, 'border-color': theme.fg, 'border-opacity': 0.35 };
  const text = { ...labelStyle(theme), 'font-weight': 600, 'text-valign': 'bottom', 'text-margin-y': 5, 'text-wrap': 'wrap', 'text-max-width': '170px' };
  return [
    // Every property set costs each element it applies to a restyle step at load: a large graph's
    // unnamed actors get the body's alone.
    ...(large
      ? [{ selector: 'node', style: body }, ...largeNameRules(text)]
      : [{ selector: 'node', style: { ...body, ...text, label: 'data(label)', 'font-size': 20 } }]),
    ...kinds.map((k): StylesheetJsonBlock => ({ selector: `node.kind-${k}`, style: { 'background-color': KIND_STYLE[k].colour } })),
    // An alleged actor exists in the corpus only through others' claims: a dashed outline says so.
    { selector: 'node.alleged', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': theme.alleged, 'border-opacity': 1 } },
  ];
}

/** Parallel relations part as separate curves, each with its arrowhead. */
const CURVED = { 'curve-style': 'bezier', 'control-point-step-size': 16 } as const;
const ARROW = { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9 } as const;
/** An edge all of whose evidence is alleged. */
const DASHED = { 'line-style': 'dashed' as const, 'line-dash-pattern': [7, 5] };
/** Every edge's opacity; focus rules may raise it. */
const EDGE_OPACITY = 0.9;

// A large graph's relations are straight (haystack) lines: cytoscape's default curve style, so
// the base rule leaves it unset. Every property a rule sets costs each element it matches a
// restyle step at load, so a large graph's relations get their width and colour alone: opaque
// (the default), and their arrows' colour only where arrows are drawn (largeFocusRules).
function edgeRules(large: boolean): StylesheetJsonBlock[] {
  return [
    { selector: 'edge', style: large ? { width: 'data(width)' } : { width: 'data(width)', opacity: EDGE_OPACITY, ...CURVED } },
    ...RELATION_TYPES.map((t): StylesheetJsonBlock => {
      const colour = RELATION_STYLE[t].colour;
      return { selector: `edge.type-${t}`, style: large ? { 'line-color': colour } : { 'line-color': colour, 'target-arrow-color': colour } };
    }),
    ...(large ? [] : [{ selector: 'edge.directed', style: ARROW }]),
    // A large graph dashes them only in the focus (largeFocusRules): see FAINT_ALLEGED_OPACITY.
    { selector: 'edge.alleged', style: large ? { opacity: FAINT_ALLEGED_OPACITY } : DASHED },
  ];
}

function focusRules(theme: Theme): StylesheetJsonBlock[] {
  const halo = { 'underlay-color': theme.accent, 'underlay-opacity': 0.3 };
  return [
    // A relation is named only under focus, so its text style is set only there: text properties
    // on every edge cost cytoscape a label measurement each (about 0.6 s on 10,000 relations).
    {
      selector: 'edge.hovered, edge.selected',
      style: { ...labelStyle(theme), label: 'data(label)', 'font-size': 16, 'text-rotation': 'autorotate', 'z-index': 10, opacity: 1 },
    },
    { selector: 'node.hovered', style: { ...halo, 'underlay-opacity': 0.18, 'underlay-padding': 6, 'underlay-shape': 'ellipse' } },
    { selector: 'edge.hovered', style: { ...halo, 'underlay-opacity': 0.18, 'underlay-padding': 4 } },
    { selector: 'node.selected', style: { ...halo, 'underlay-padding': 9, 'underlay-shape': 'ellipse', 'border-color': theme.accent, 'border-width': 4, 'border-opacity': 1 } },
    { selector: 'edge.selected', style: { ...halo, 'underlay-padding': 6 } },
    { selector: '.faded', style: { opacity: 0.16 } },
    // Hidden, not removed and not display:none: the element keeps its place, so nothing else moves.
    { selector: '.hidden', style: { visibility: 'hidden' } },
  ];
}

/**
 * A large graph's relations are straight lines (haystack) with no arrowhead, and its alleged ones
 * faint rather than dashed, except in the focused neighbourhood, which gets curves that part
 * parallel relations, arrows and dashes: at the zoom that shows them all, arrows and dashes are
 * too small to see, and the panels say every direction and status in words.
 * Each property is set once per element (the base rules above already take `large`): cytoscape
 * walks an edge's parallel edges whenever its curve style turns to or from bezier, and setting
 * bezier then haystack on 20,000 relations did that twice for each.
 */
function largeFocusRules(): StylesheetJsonBlock[] {
  const focused = (s: string) => ['neighbour', 'selected', 'hovered'].map((c) => `${s}.${c}`).join(', ');
  return [
    { selector: focused('edge'), style: CURVED },
    { selector: focused('edge.directed'), style: ARROW },
    ...RELATION_TYPES.map((t): StylesheetJsonBlock => ({ selector: focused(`edge.type-${t}`), style: { 'target-arrow-color': RELATION_STYLE[t].colour } })),
    // Opaque, as the rest of a large graph's relations.
    { selector: focused('edge.alleged'), style: { ...DASHED, opacity: 1 } },
  ];
}

/** The whole stylesheet for one theme; `large` adds the level-of-detail rules of a large graph. */
export function stylesheet(theme: Theme, large = false): StylesheetJson {
  return [...nodeRules(theme, large), ...edgeRules(large), ...(large ? largeFocusRules() : []), ...focusRules(theme)];
}

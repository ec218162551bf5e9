/**
 * The cytoscape stylesheet, generated from the tables and a theme. Elements are styled by class
 * only (toElements sets them); nothing calls ele.style(). Later rules win, so the order below is
 * the order of precedence: kind and type, then status, then focus states, then hidden.
 */
import type { StylesheetJson, StylesheetJsonBlock } from 'cytoscape';
import { RELATION_TYPES } from '../../graph-data/schema.ts';
import { KIND_STYLE, RELATION_STYLE, type Kind } from './tables.ts';
import type { Theme } from './theme.ts';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Labels sit on the page background colour, outlined, so they read over edges in both themes. */
function labelStyle(theme: Theme) {
  return { color: theme.fg, 'font-family': FONT, 'text-outline-color': theme.bg, 'text-outline-width': 3, 'min-zoomed-font-size': 7 };
}

function nodeRules(theme: Theme): StylesheetJsonBlock[] {
  const kinds = Object.keys(KIND_STYLE) as Kind[];
  return [
    {
      selector: 'node',
      style: {
        ...labelStyle(theme), label: 'data(label)', width: 'data(size)', height: 'data(size)',
        'font-size': 20, 'font-weight': 600, 'text-valign': 'bottom', 'text-margin-y': 5,
        'text-wrap': 'wrap', 'text-max-width': '170px', 'border-width': 2, 'border-color': theme.fg, 'border-opacity': 0.35,
      },
    },
    ...kinds.map((k): StylesheetJsonBlock => ({ selector: `node.kind-${k}`, style: { 'background-color': KIND_STYLE[k].colour } })),
    // An alleged actor exists in the corpus only through others' claims: a dashed outline says so.
    { selector: 'node.alleged', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': theme.alleged, 'border-opacity': 1 } },
  ];
}

function edgeRules(theme: Theme): StylesheetJsonBlock[] {
  return [
    {
      selector: 'edge',
      style: {
        ...labelStyle(theme), width: 'data(width)', 'curve-style': 'bezier', 'control-point-step-size': 16,
        'arrow-scale': 0.9, opacity: 0.9, 'font-size': 16, 'text-rotation': 'autorotate',
      },
    },
    ...RELATION_TYPES.map((t): StylesheetJsonBlock => {
      const colour = RELATION_STYLE[t].colour;
      return { selector: `edge.type-${t}`, style: { 'line-color': colour, 'target-arrow-color': colour } };
    }),
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge.alleged', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5] } },
  ];
}

function focusRules(theme: Theme): StylesheetJsonBlock[] {
  const halo = { 'underlay-color': theme.accent, 'underlay-opacity': 0.3 };
  return [
    { selector: 'edge.hovered, edge.selected', style: { label: 'data(label)', 'z-index': 10, opacity: 1 } },
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
 * Level of detail for a large graph. Names scale with the actor's size, and the canvas skips a
 * name smaller than min-zoomed-font-size on screen: zoomed out, only the big actors are named,
 * the others as the user zooms in. Relations are straight lines (haystack) with no arrowhead,
 * except in the focused neighbourhood, which gets curves that part parallel relations, and
 * arrows: dropping them elsewhere cut the time to the first picture of 10,000 relations by about
 * a third in headless Chromium, and at the zoom that shows them all they are too small to see.
 * The panels say every direction in words.
 */
function largeRules(): StylesheetJsonBlock[] {
  const focused = (s: string) => ['neighbour', 'selected', 'hovered'].map((c) => `${s}.${c}`).join(', ');
  return [
    { selector: 'node', style: { 'font-size': 'mapData(size, 28, 96, 12, 44)', 'min-zoomed-font-size': 9 } },
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'none' } },
    { selector: focused('edge'), style: { 'curve-style': 'bezier' } },
    { selector: focused('edge.directed'), style: { 'target-arrow-shape': 'triangle' } },
  ];
}

/** The whole stylesheet for one theme; `large` adds the level-of-detail rules of a large graph. */
export function stylesheet(theme: Theme, large = false): StylesheetJson {
  return [...nodeRules(theme), ...edgeRules(theme), ...(large ? largeRules() : []), ...focusRules(theme)];
}

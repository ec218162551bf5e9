/**
 * The SVG export, written from the scene rather than traced from the canvas: one <g> per shown
 * actor and relation, text as text, and the legend beside the graph. Every string is escaped.
 */
import { KIND_STYLE, RELATION_STYLE } from '../cytoscape/tables.ts';
import type { Theme } from '../cytoscape/theme.ts';
import { edgePath, pathMidpoint, pointList, withArrow } from './geometry.ts';
import { layoutLegend } from './legend-layout.ts';
import type { LegendGroup } from './legend.ts';
import { labelLines, NODE_LABEL, type Scene, sceneBounds, type SceneEdge, type SceneNode } from './scene.ts';
import { FONT_FAMILY, shapeSvg } from './shapes.ts';
import { xmlEscape as x, xmlNumber as n } from './xml.ts';

/** What goes beside the graph: the legend's groups and caption lines, and the colours of the page. */
export interface SvgOptions {
  theme: Theme;
  legend: LegendGroup[];
  caption: string[];
}

const PAD = 24;
// The stylesheet's opacities: edges at 0.9, a focused edge at 1, anything outside the focus at 0.16.
const opacity = (faded: boolean, full: number) => (faded ? 0.16 : full);

function edgeSvg(e: SceneEdge, theme: Theme): string {
  const colour = RELATION_STYLE[e.type].colour;
  const { line, head } = e.directed ? withArrow(e.points, e.width) : { line: e.points, head: [] };
  const dash = e.alleged ? ' stroke-dasharray="7 5"' : '';
  const halo = e.selected ? `<path d="${edgePath(line)}" fill="none" stroke="${x(theme.accent)}" stroke-opacity="0.3" stroke-width="${n(e.width + 12)}"/>` : '';
  const arrow = head.length ? `<polygon points="${pointList(head)}" fill="${colour}"/>` : '';
  const [lx, ly] = pathMidpoint(e.points);
  const label = e.selected ? `<text x="${n(lx)}" y="${n(ly)}" font-size="16" text-anchor="middle" fill="${x(theme.fg)}" stroke="${x(theme.bg)}" stroke-width="6" paint-order="stroke">${x(e.label)}</text>` : '';
  return (
    `<g class="edge" data-id="${x(e.id)}" data-type="${e.type}" opacity="${opacity(e.faded, e.selected ? 1 : 0.9)}">` +
    `${halo}<path d="${edgePath(line)}" fill="none" stroke="${colour}" stroke-width="${n(e.width)}"${dash}/>${arrow}${label}</g>`
  );
}

function nodeSvg(v: SceneNode, theme: Theme): string {
  const r = v.size / 2;
  // As in the stylesheet: selection recolours the outline; an alleged actor's stays dashed.
  const outline = v.selected ? `stroke="${x(theme.accent)}" stroke-width="4"` : v.alleged
    ? `stroke="${x(theme.alleged)}" stroke-width="3"`
    : `stroke="${x(theme.fg)}" stroke-opacity="0.35" stroke-width="2"`;
  const stroke = v.alleged ? `${outline} stroke-dasharray="6 4"` : outline;
  const halo = v.selected ? `<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(r + 9)}" fill="${x(theme.accent)}" fill-opacity="0.3"/>` : '';
  const top = v.y + r + NODE_LABEL.margin + NODE_LABEL.size * 0.9;
  const lines = labelLines(v.label).map((l, i) => `<tspan x="${n(v.x)}" y="${n(top + i * NODE_LABEL.lineHeight)}">${x(l)}</tspan>`);
  return (
    `<g class="node" data-id="${x(v.id)}" opacity="${opacity(v.faded, 1)}">${halo}` +
    `<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(r)}" fill="${KIND_STYLE[v.kind].colour}" ${stroke}/>` +
    `<text font-size="${NODE_LABEL.size}" font-weight="600" text-anchor="middle" fill="${x(theme.fg)}" stroke="${x(theme.bg)}" stroke-width="6" stroke-linejoin="round" paint-order="stroke">${lines.join('')}</text></g>`
  );
}

/** The whole SVG document: background, edges under nodes (as on the canvas), then the legend on the right. */
export function toSvg(scene: Scene, options: SvgOptions): string {
  const { theme } = options;
  const [x1, y1, x2, y2] = sceneBounds(scene);
  const legend = layoutLegend(options.legend, options.caption, theme);
  const left = x1 - PAD;
  const top = y1 - PAD;
  const width = x2 - x1 + 2 * PAD + legend.width;
  const height = Math.max(y2 - y1 + 2 * PAD, legend.height);
  const box = `${n(left)} ${n(top)} ${n(width)} ${n(height)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="${box}" font-family="${x(FONT_FAMILY)}">`,
    `<title>${x(options.caption.join(' · '))}</title>`,
    `<rect class="background" x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="${x(theme.bg)}"/>`,
    `<g class="edges">`,
    ...scene.edges.map((e) => edgeSvg(e, theme)),
    '</g>',
    `<g class="nodes">`,
    ...scene.nodes.map((v) => nodeSvg(v, theme)),
    '</g>',
    `<g class="legend" transform="translate(${n(x2 + PAD)} ${n(top)})">`,
    ...legend.shapes.map(shapeSvg),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** The legend laid out as shapes in a column, for the PNG and SVG exports. */
import type { Theme } from '../cytoscape/theme.ts';
import type { LegendGroup, Swatch } from './legend.ts';
import { type Shape, wrap } from './shapes.ts';

/** The legend's width in CSS pixels; its height follows from its rows. */
export const LEGEND_WIDTH = 300;
const PAD = 16;
const ROW = 20;
const SIZE = 13;
const TEXT_X = PAD + 38;

/** The shapes of a swatch whose row is centred on `mid`. */
function swatchShapes(s: Swatch, mid: number, theme: Theme): Shape[] {
  if (!s) return [];
  if (s.kind === 'node') {
    const stroke = s.alleged ? theme.alleged : theme.muted;
    return [{ kind: 'circle', x: PAD + 9, y: mid, r: 7, fill: s.fill, stroke, width: s.alleged ? 2 : 1.5, ...(s.alleged ? { dash: [3, 2] } : {}) }];
  }
  const colour = s.colour ?? theme.muted;
  const lineShape: Shape = { kind: 'line', from: [PAD + 1, mid], to: [PAD + (s.arrow ? 21 : 29), mid], stroke: colour, width: 3, ...(s.dashed ? { dash: [5, 3] } : {}) };
  const arrow: Shape = { kind: 'polygon', points: [[PAD + 20, mid - 5], [PAD + 29, mid], [PAD + 20, mid + 5]], fill: colour };
  return s.arrow ? [lineShape, arrow] : [lineShape];
}

/** Caption lines (the first in bold), then each group's title and rows; returns the shapes and the size. */
export function layoutLegend(groups: LegendGroup[], caption: string[], theme: Theme): { shapes: Shape[]; width: number; height: number } {
  const shapes: Shape[] = [];
  let y = PAD;
  caption.forEach((text, i) => {
    for (const part of wrap(text, i === 0 ? 16 : 12, LEGEND_WIDTH - 2 * PAD)) {
      y += i === 0 ? 20 : 16;
      shapes.push({ kind: 'text', x: PAD, y, text: part, size: i === 0 ? 16 : 12, bold: i === 0, fill: i === 0 ? theme.fg : theme.muted });
    }
  });
  for (const group of groups) {
    y += 26;
    shapes.push({ kind: 'text', x: PAD, y, text: group.title.toUpperCase(), size: 11, bold: true, fill: theme.muted });
    y += 6;
    for (const row of group.rows) {
      const lines = wrap(row.text, SIZE, LEGEND_WIDTH - TEXT_X - PAD);
      shapes.push(...swatchShapes(row.swatch, y + ROW / 2, theme));
      lines.forEach((text, i) => {
        shapes.push({ kind: 'text', x: TEXT_X, y: y + 14 + i * (ROW - 4), text, size: SIZE, fill: row.muted ? theme.muted : theme.fg });
      });
      y += ROW + (lines.length - 1) * (ROW - 4);
    }
  }
  return { shapes, width: LEGEND_WIDTH, height: y + PAD };
}

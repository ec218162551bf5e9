/**
 * A tiny display list: the legend is laid out once as these shapes, then written as SVG here and
 * painted on a canvas by paint.ts, so the SVG and the PNG legends cannot differ.
 */
import { xmlEscape as x, xmlNumber as n } from './xml.ts';

/** A point as [x, y]. */
export type Point = [number, number];

/** One drawable thing, in CSS pixels. Text is positioned by its baseline. */
export type Shape =
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; fill: string }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string; stroke: string; width: number; dash?: number[] }
  | { kind: 'line'; from: Point; to: Point; stroke: string; width: number; dash?: number[] }
  | { kind: 'polygon'; points: Point[]; fill: string };

/** The font every export writes text in: the stylesheet's, so the files look like the screen. */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const dashAttr = (dash?: number[]) => (dash?.length ? ` stroke-dasharray="${dash.map(n).join(' ')}"` : '');

/** One shape as an SVG element. */
export function shapeSvg(s: Shape): string {
  switch (s.kind) {
    case 'text':
      return `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}"${s.bold ? ' font-weight="600"' : ''} fill="${x(s.fill)}">${x(s.text)}</text>`;
    case 'circle':
      return `<circle cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}" fill="${x(s.fill)}" stroke="${x(s.stroke)}" stroke-width="${n(s.width)}"${dashAttr(s.dash)}/>`;
    case 'line':
      return `<line x1="${n(s.from[0])}" y1="${n(s.from[1])}" x2="${n(s.to[0])}" y2="${n(s.to[1])}" stroke="${x(s.stroke)}" stroke-width="${n(s.width)}"${dashAttr(s.dash)}/>`;
    case 'polygon':
      return `<polygon points="${s.points.map((p) => `${n(p[0])},${n(p[1])}`).join(' ')}" fill="${x(s.fill)}"/>`;
  }
}

/** A rough width of `text` in `size`-pixel type: enough to lay out a legend with no DOM to measure. */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** Greedy word wrap to lines of at most `max` pixels (a single long word keeps a line of its own). */
export function wrap(text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

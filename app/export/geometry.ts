/** Edge geometry for the SVG export: cytoscape's curves as SVG paths, and its triangle arrowheads. */
import type { Point } from './shapes.ts';
import { xmlNumber as n } from './xml.ts';

const p = ([x, y]: Point) => `${n(x)} ${n(y)}`;
const mid = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

/**
 * The path through `points`: a straight line for two, quadratic curves otherwise. With several
 * control points cytoscape joins quadratics at the midpoints between them; this does the same.
 */
export function edgePath(points: Point[]): string {
  const [start, ...rest] = points;
  const end = rest.pop();
  if (!start || !end) return '';
  if (!rest.length) return `M ${p(start)} L ${p(end)}`;
  const segments = rest.map((c, i) => `Q ${p(c)} ${p(i + 1 < rest.length ? mid(c, rest[i + 1]!) : end)}`);
  return `M ${p(start)} ${segments.join(' ')}`;
}

/** The length of cytoscape's triangle arrow on a line `width` wide, with the stylesheet's arrow-scale 0.9. */
export function arrowLength(width: number): number {
  return 0.3 * Math.max(Math.pow(width * 13.37, 0.9), 29) * 0.9;
}

/** The unit vector along which the line arrives at its last point. */
function heading(points: Point[]): Point {
  const tip = points.at(-1)!;
  const from = points.at(-2) ?? tip;
  const len = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1;
  return [(tip[0] - from[0]) / len, (tip[1] - from[1]) / len];
}

/**
 * The line shortened to the arrow's base, and the arrowhead, tip on the target's border: the
 * line's square end would otherwise poke out of the arrow's point.
 */
export function withArrow(points: Point[], width: number): { line: Point[]; head: Point[] } {
  const tip = points.at(-1);
  if (!tip || points.length < 2) return { line: points, head: [] };
  const [dx, dy] = heading(points);
  const len = arrowLength(width);
  const base: Point = [tip[0] - dx * len, tip[1] - dy * len];
  const half = len / 2;
  const head: Point[] = [tip, [base[0] - dy * half, base[1] + dx * half], [base[0] + dy * half, base[1] - dx * half]];
  return { line: [...points.slice(0, -1), [tip[0] - dx * len * 0.8, tip[1] - dy * len * 0.8]], head };
}

/** The point halfway along the drawn line, near enough for a label. */
export function pathMidpoint(points: Point[]): Point {
  if (points.length === 3) {
    const [a, c, b] = points as [Point, Point, Point];
    return [0.25 * a[0] + 0.5 * c[0] + 0.25 * b[0], 0.25 * a[1] + 0.5 * c[1] + 0.25 * b[1]];
  }
  return mid(points[0] ?? [0, 0], points.at(-1) ?? [0, 0]);
}

/** Points as an SVG points list. */
export function pointList(points: Point[]): string {
  return points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

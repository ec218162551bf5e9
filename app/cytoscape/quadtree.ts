/**
 * A Barnes–Hut quadtree over weighted points: each square knows the total weight inside it and
 * where its centre of weight is, so a far square can stand in for all the points it holds.
 */

/** A square of the plane and the points in it. */
export interface Quad {
  x: number;
  y: number;
  size: number;
  /** Total weight inside, and its centre. */
  mass: number;
  cx: number;
  cy: number;
  /** The only point inside, while there is one (-1 otherwise). */
  body: number;
  /** The four quarters, once a second point came in. */
  children: Quad[] | null;
}

/** Squares smaller than this keep several points rather than splitting forever on one spot. */
const MIN_SIZE = 1e-3;

function square(x: number, y: number, size: number): Quad {
  return { x, y, size, mass: 0, cx: 0, cy: 0, body: -1, children: null };
}

function quarter(q: Quad, px: number, py: number): Quad {
  const h = q.size / 2;
  return q.children![(px >= q.x + h ? 1 : 0) + (py >= q.y + h ? 2 : 0)]!;
}

function insert(q: Quad, i: number, xs: Float64Array, ys: Float64Array, w: Float64Array): void {
  const [px, py, m] = [xs[i]!, ys[i]!, w[i]!];
  q.cx = (q.cx * q.mass + px * m) / (q.mass + m);
  q.cy = (q.cy * q.mass + py * m) / (q.mass + m);
  const first = q.mass === 0;
  q.mass += m;
  if (first) {
    q.body = i;
    return;
  }
  if (q.size < MIN_SIZE) {
    q.body = -1;
    return;
  }
  if (!q.children) {
    const h = q.size / 2;
    q.children = [square(q.x, q.y, h), square(q.x + h, q.y, h), square(q.x, q.y + h, h), square(q.x + h, q.y + h, h)];
    const held = q.body;
    q.body = -1;
    if (held >= 0) insert(quarter(q, xs[held]!, ys[held]!), held, xs, ys, w);
  }
  insert(quarter(q, px, py), i, xs, ys, w);
}

/** The tree of points (xs[i], ys[i]) weighing w[i]. */
export function quadtree(xs: Float64Array, ys: Float64Array, w: Float64Array): Quad {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    x0 = Math.min(x0, xs[i]!);
    x1 = Math.max(x1, xs[i]!);
    y0 = Math.min(y0, ys[i]!);
    y1 = Math.max(y1, ys[i]!);
  }
  const root = square(x0, y0, Math.max(x1 - x0, y1 - y0, MIN_SIZE) * 1.0001);
  for (let i = 0; i < xs.length; i++) insert(root, i, xs, ys, w);
  return root;
}

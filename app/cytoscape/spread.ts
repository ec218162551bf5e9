/**
 * A force layout for big graphs, on plain arrays. fcose at proof quality takes minutes on 2,000
 * actors and its draft (spectral) quality piles them into one blob, so large graphs get this.
 * The forces are ForceAtlas2's (Jacomy et al., 2014): every node pushes every other in
 * proportion to both their degrees, so hubs keep apart and their leaves stay round them; links
 * pull in proportion to their length; a pull to the middle keeps loose parts near. The push over
 * all pairs is summed with a Barnes–Hut quadtree, so a step costs about n·log n plus the edges,
 * and a fixed number of steps runs from a sunflower spiral with the biggest hub in the middle.
 * No randomness at all: the same graph always gives the same coordinates.
 */
import { type Quad, quadtree } from './quadtree.ts';

/** The model distance between two actors with one link each; the picture scales with it. */
export const SPREAD_DISTANCE = 90;
const ITERATIONS = 120;
/** How far a square must be, for its size, to push as one node: 0 is exact, 1.2 coarse but fast. */
const THETA = 1.2;
/** Repulsion per unit of degree², so that two leaves rest about SPREAD_DISTANCE apart. */
const REPULSION = (SPREAD_DISTANCE * SPREAD_DISTANCE) / 20;
/** The pull to the middle per unit of degree. */
const GRAVITY = SPREAD_DISTANCE / 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

type Pair = readonly [number, number];

/** Each linked pair once: parallel typed edges pull like one. */
function uniquePairs(edges: readonly Pair[]): Pair[] {
  const seen = new Set<number>();
  const out: Pair[] = [];
  for (const [a, b] of edges) {
    if (a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const id = lo * 0x200000 + hi;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push([lo, hi]);
  }
  return out;
}

/** Every node's mass: its degree over distinct neighbours, plus one. */
function masses(n: number, pairs: readonly Pair[]): Float64Array {
  const mass = new Float64Array(n).fill(1);
  for (const [a, b] of pairs) {
    mass[a]! += 1;
    mass[b]! += 1;
  }
  return mass;
}

/** The sunflower spiral: node indices by mass, heaviest first (ties in the graph's order), outwards. */
function spiral(mass: Float64Array, x: Float64Array, y: Float64Array): void {
  const order = Array.from(mass.keys()).sort((a, b) => mass[b]! - mass[a]! || a - b);
  order.forEach((node, rank) => {
    const r = SPREAD_DISTANCE * Math.sqrt(rank + 0.5);
    x[node] = r * Math.cos(rank * GOLDEN_ANGLE);
    y[node] = r * Math.sin(rank * GOLDEN_ANGLE);
  });
}

/** The push on node i from the nodes in `q`, added to `out`; a far square pushes as one node. */
function push(q: Quad, i: number, x: Float64Array, y: Float64Array, out: Float64Array): void {
  if (q.mass === 0 || q.body === i) return;
  let dx = x[i]! - q.cx;
  let dy = y[i]! - q.cy;
  let d2 = dx * dx + dy * dy;
  if (q.children && q.size * q.size > THETA * THETA * d2) {
    for (let c = 0; c < 4; c++) push(q.children[c]!, i, x, y, out);
    return;
  }
  if (d2 < 1e-6) {
    // Nodes on one spot: part them along a direction fixed by the index, never at random.
    [dx, dy, d2] = [Math.cos(i), Math.sin(i), 1];
  }
  const f = (REPULSION * q.mass) / d2;
  out[0]! += dx * f;
  out[1]! += dy * f;
}

/** One step's forces: push (times the node's own mass), pull along links, pull to the middle. */
function forces(x: Float64Array, y: Float64Array, mass: Float64Array, pairs: readonly Pair[], fx: Float64Array, fy: Float64Array): void {
  const root = quadtree(x, y, mass);
  const out = new Float64Array(2);
  for (let i = 0; i < x.length; i++) {
    out.fill(0);
    push(root, i, x, y, out);
    const r = Math.hypot(x[i]!, y[i]!) || 1;
    fx[i] = mass[i]! * (out[0]! - (GRAVITY * x[i]!) / r);
    fy[i] = mass[i]! * (out[1]! - (GRAVITY * y[i]!) / r);
  }
  for (const [a, b] of pairs) {
    const dx = x[a]! - x[b]!;
    const dy = y[a]! - y[b]!;
    fx[a]! -= dx;
    fy[a]! -= dy;
    fx[b]! += dx;
    fy[b]! += dy;
  }
}

/**
 * Positions for `n` nodes linked by `edges` (pairs of node indices), as [x, y] per node in the
 * nodes' order.
 */
export function spreadLayout(n: number, edges: readonly Pair[]): [number, number][] {
  const pairs = uniquePairs(edges);
  const mass = masses(n, pairs);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  spiral(mass, x, y);
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  for (let step = 0; step < ITERATIONS; step++) {
    // Heavy nodes move less for the same force; and every move is capped by a limit that
    // shrinks each step, so the picture settles instead of oscillating.
    const limit = SPREAD_DISTANCE * (4 * (1 - step / ITERATIONS) + 0.05);
    forces(x, y, mass, pairs, fx, fy);
    for (let i = 0; i < n; i++) {
      const [mx, my] = [fx[i]! / mass[i]!, fy[i]! / mass[i]!];
      const d = Math.hypot(mx, my);
      if (d === 0) continue;
      const scale = Math.min(d, limit) / d;
      x[i]! += mx * scale;
      y[i]! += my * scale;
    }
  }
  return Array.from({ length: n }, (_, i) => [x[i]!, y[i]!]);
}

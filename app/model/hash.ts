/** A short, stable fingerprint of the graph, so a snapshot can tell whether its data has changed. */
import type { GraphFile } from '../../graph-data/schema.ts';
import { SHAPES, type Shape } from '../../graph-data/shapes.ts';

// FNV-1a over the canonical JSON, twice with different offsets for 64 bits: collisions between
// two versions of one corpus are what matters here, not resistance to an attacker.
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

type Json = Record<string, unknown>;

/** `o`'s keys in the order `shape` lists them (what a zod parse makes), with `inner` applied to some values. */
function inOrder(o: Json, shape: Shape, inner: Record<string, (v: unknown) => unknown> = {}): Json {
  const out: Json = {};
  for (const k of shape.keys) if (Object.hasOwn(o, k)) out[k] = inner[k] ? inner[k](o[k]) : o[k];
  return out;
}

const each = (f: (o: Json) => Json) => (v: unknown) => (v as Json[]).map(f);
const evidence = (e: Json) => inOrder(e, SHAPES.evidence, { when: (w) => (w === null ? w : inOrder(w as Json, SHAPES.eventDate)) });

/**
 * The graph with every object's keys in the schema's order. The explorer keeps the graph as the
 * file gives it (it checks without copying), and what a fingerprint should follow is the content,
 * not the order a writer put keys in. For graphs the build wrote it is the text that the
 * fingerprints of earlier versions were taken over (theirs came from zod's parse, in this order),
 * so snapshots made with them still match.
 */
function canonical(graph: GraphFile): Json {
  return inOrder(graph as unknown as Json, SHAPES.graph, {
    attributes: (a) => inOrder(a as Json, SHAPES.graphAttributes, { articles: each((m) => inOrder(m, SHAPES.article)) }),
    options: (o) => inOrder(o as Json, SHAPES.options),
    nodes: each((n) => inOrder(n, SHAPES.node, { attributes: (a) => inOrder(a as Json, SHAPES.nodeAttributes) })),
    edges: each((e) => inOrder(e, SHAPES.edge, {
      attributes: (a) => inOrder(a as Json, SHAPES.edgeAttributes, { evidence: each(evidence) }),
    })),
  });
}

/** 16 hex digits identifying the graph's content, whatever order its objects' keys come in. */
export function graphHash(graph: GraphFile): string {
  const text = JSON.stringify(canonical(graph));
  return [fnv1a(text, 0x811c9dc5), fnv1a(text, 0x01000193 ^ 0x5bd1e995)].map((h) => h.toString(16).padStart(8, '0')).join('');
}

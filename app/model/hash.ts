/** A short, stable fingerprint of the graph, so a snapshot can tell whether its data has changed. */
import type { GraphFile } from '../../graph-data/schema.ts';

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

/** 16 hex digits identifying the graph's content (the bytes the build wrote, key order included). */
export function graphHash(graph: GraphFile): string {
  const text = JSON.stringify(graph);
  return [fnv1a(text, 0x811c9dc5), fnv1a(text, 0x01000193 ^ 0x5bd1e995)].map((h) => h.toString(16).padStart(8, '0')).join('');
}

/** The fingerprint follows the graph's content, not the order its keys were written in. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GraphFile } from '../../graph-data/schema.ts';
import { sampleGraph } from './fixture.ts';
import { graphHash } from './hash.ts';

/** A deep copy with every object's keys in reverse order. */
function reversed(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(reversed);
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).reverse().map(([k, v]) => [k, reversed(v)]));
}

const bundled = (): GraphFile => JSON.parse(readFileSync(new URL('../../graph-data/graph.json', import.meta.url), 'utf8'));

describe('graphHash', () => {
  it('is 16 hex digits, the same for the file as read and as zod parses it', () => {
    const raw = bundled();
    expect(graphHash(raw)).toMatch(/^[0-9a-f]{16}$/);
    expect(graphHash(raw)).toBe(graphHash(GraphFile.parse(raw)));
  });

  it('does not depend on key order, and does on content', () => {
    for (const g of [bundled(), sampleGraph()]) {
      expect(graphHash(reversed(g) as GraphFile)).toBe(graphHash(g));
      const changed = structuredClone(g);
      const first = changed.edges[0]!.attributes.evidence[0]!;
      first.text = `${first.text} `;
      expect(graphHash(changed)).not.toBe(graphHash(g));
    }
  });
});

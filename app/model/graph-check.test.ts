/** The explorer's quick graph check must give GraphFile's verdict, on valid graphs and on every way to break one. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFault, isArticleMeta, isGraphFile } from '../../graph-data/graph-check.ts';
import { ArticleMeta, GraphFile } from '../../graph-data/schema.ts';
import { sampleGraph } from './fixture.ts';

// Values of every kind, to put anywhere: wrong types, edge numbers, bad strings, ids and dates.
const ODD: unknown[] = [
  undefined, null, '', 'x', 'Not-An-Id', 'a--b', '2025-10', '2025-10-01x', -1, 0, 1, 1.5, NaN, Infinity, 2 ** 53,
  true, false, 'mixed', 'state', 'clash', 'hugs', [], [1], ['x'], {}, { extra: 1 },
];

/** Every path to a value in `x` (object keys and array indexes), the root apart. */
function paths(x: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (x === null || typeof x !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(x) ? x.map((_, i) => i) : Object.keys(x);
  return keys.flatMap((k) => [[...at, k], ...paths((x as Record<string | number, unknown>)[k], [...at, k])]);
}

/** A copy of `graph` with the value at `path` set (or, for `delete`, removed). */
function broken(graph: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(graph) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) delete at[last];
  else at[last] = value;
  return copy;
}

const seeds = (): unknown => JSON.parse(readFileSync(new URL('../../graph-data/graph.json', import.meta.url), 'utf8'));

describe('isGraphFile', () => {
  it('accepts the sample graph and the bundled one, as GraphFile does', () => {
    for (const g of [JSON.parse(JSON.stringify(sampleGraph())), seeds()]) {
      expect(GraphFile.safeParse(g).success).toBe(true);
      expect(isGraphFile(g)).toBe(true);
    }
  });

  it('gives GraphFile’s verdict wherever a value is replaced, removed or added', () => {
    const graph = JSON.parse(JSON.stringify(sampleGraph()));
    let failures = 0;
    for (const path of paths(graph)) {
      const variants = [...ODD.map((v) => broken(graph, path, v)), broken(graph, path, undefined, true)];
      for (const v of variants) {
        const zod = GraphFile.safeParse(v).success;
        expect(isGraphFile(v), `${path.join('.')}`).toBe(zod);
        if (!zod) failures++;
      }
    }
    // An extra key on every object of the graph, the root's included.
    for (const path of [[], ...paths(graph)]) {
      const target = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], graph);
      if (target === null || typeof target !== 'object' || Array.isArray(target)) continue;
      const v = path.length ? broken(graph, [...path, 'extra'], 1) : { ...graph, extra: 1 };
      expect(isGraphFile(v), `${path.join('.')}.extra`).toBe(GraphFile.safeParse(v).success);
    }
    // The mutations must break most places, or the comparison proves little.
    expect(failures).toBeGreaterThan(1000);
  });

  it('gives GraphFile’s verdict on what is no graph at all', () => {
    for (const x of [null, undefined, 1, 'x', [], {}, [sampleGraph()], { ...sampleGraph(), nodes: {} }]) {
      expect(isGraphFile(x)).toBe(GraphFile.safeParse(x).success);
    }
  });
});

describe('isArticleMeta and articleFault', () => {
  it('give ArticleMeta’s verdict on an entry broken at any key, and name that key', () => {
    const entry = (JSON.parse(JSON.stringify(sampleGraph())) as GraphFile).attributes.articles[0] as Record<string, unknown>;
    expect(isArticleMeta(entry)).toBe(true);
    expect(articleFault(entry)).toBeNull();
    let refused = 0;
    for (const key of [...Object.keys(entry), 'extra']) {
      for (const value of ODD) {
        const v = { ...entry, [key]: value };
        const zod = ArticleMeta.safeParse(v).success;
        expect(isArticleMeta(v), `${key} = ${String(value)}`).toBe(zod);
        if (zod) expect(articleFault(v)).toBeNull();
        else expect(articleFault(v), key).toContain(`"${key}"`);
        if (!zod) refused++;
      }
      const { [key]: _gone, ...rest } = entry;
      if (key !== 'extra') expect(articleFault(rest)).toBe(`"${key}" is missing`);
    }
    expect(refused).toBeGreaterThan(100);
    expect(articleFault(null)).toBe('not an object');
  });
});

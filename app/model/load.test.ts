import { describe, expect, it } from 'vitest';
import { sampleGraph } from './fixture.ts';
import { loadGraph } from './load.ts';

describe('loadGraph', () => {
  it('accepts a graph that matches the schema', () => {
    const loaded = loadGraph(JSON.parse(JSON.stringify(sampleGraph())));
    expect(loaded.ok).toBe(true);
  });

  it('names the path of every schema problem', () => {
    const raw = JSON.parse(JSON.stringify(sampleGraph()));
    raw.edges[0].attributes.evidence[0].status = 'rumoured';
    raw.attributes.schemaVersion = 2;
    const loaded = loadGraph(raw);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.some((p) => p.startsWith('edges.0.attributes.evidence.0.status:'))).toBe(true);
    expect(loaded.problems.some((p) => p.startsWith('attributes.schemaVersion:'))).toBe(true);
  });

  it('rejects something that is not a graph at all, and caps the list', () => {
    const loaded = loadGraph({ edges: Array.from({ length: 50 }, () => ({})) });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems.at(-1)).toMatch(/^… and \d+ more$/);
    expect(loadGraph('<html>').ok).toBe(false);
  });

  it('rejects an edge to a node the file does not declare', () => {
    const raw = JSON.parse(JSON.stringify(sampleGraph()));
    raw.nodes = raw.nodes.filter((n: { key: string }) => n.key !== 'india');
    expect(loadGraph(raw)).toEqual({ ok: false, problems: ['edge pakistan|accusation|india: no node "india"'] });
  });
});

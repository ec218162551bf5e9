import { describe, expect, it } from 'vitest';
import { GraphFile } from '../../graph-data/schema.ts';
import { sampleGraph } from './fixture.ts';
import { loadGraph } from './load.ts';

describe('loadGraph', () => {
  it('accepts a graph that matches the schema', async () => {
    const loaded = await loadGraph(JSON.parse(JSON.stringify(sampleGraph())));
    expect(loaded.ok).toBe(true);
  });

  it('names the path of every schema problem', async () => {
    const raw = JSON.parse(JSON.stringify(sampleGraph()));
    raw.edges[0].attributes.evidence[0].status = 'rumoured';
    raw.attributes.schemaVersion = 2;
    const loaded = await loadGraph(raw);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.some((p) => p.startsWith('edges.0.attributes.evidence.0.status:'))).toBe(true);
    expect(loaded.problems.some((p) => p.startsWith('attributes.schemaVersion:'))).toBe(true);
  });

  it('rejects something that is not a graph at all, and caps the list', async () => {
    const loaded = await loadGraph({ edges: Array.from({ length: 50 }, () => ({})) });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems.at(-1)).toMatch(/^… and \d+ more$/);
    expect((await loadGraph('<html>')).ok).toBe(false);
  });

  it('rejects an edge to a node the file does not declare', async () => {
    const raw = JSON.parse(JSON.stringify(sampleGraph()));
    raw.nodes = raw.nodes.filter((n: { key: string }) => n.key !== 'india');
    expect(await loadGraph(raw)).toEqual({ ok: false, problems: ['edge pakistan|accusation|india: no node "india"'] });
  });

  it('gives the verdict and the messages of GraphFile wherever a graph is broken', async () => {
    // Each breaks one place, inside and outside the evidence the quick check reads itself.
    const breaks: ((g: any) => void)[] = [
      (g) => void (g.edges[0].attributes.evidence[0].extra = 1),
      (g) => void (g.edges[0].attributes.evidence[0].marks = [[1, 2, 'nobody']]),
      (g) => void (g.edges[0].attributes.evidence[0].when = { start: '2025-10', end: '2025-10', precision: 'month', extra: true }),
      (g) => void (g.edges[0].attributes.evidence = []),
      (g) => void (g.edges[0].attributes.extra = 1),
      (g) => void (g.edges[0].extra = 1),
      (g) => void (g.edges[0].attributes.type = 'hugs'),
      (g) => void (g.nodes[0].attributes.extra = 1),
      (g) => void (g.attributes.extra = 1),
      (g) => void (g.extra = 1),
      (g) => void delete g.options,
    ];
    for (const broken of breaks) {
      const raw = JSON.parse(JSON.stringify(sampleGraph()));
      broken(raw);
      const full = GraphFile.safeParse(raw);
      expect(full.success).toBe(false);
      const messages = full.error!.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      expect(await loadGraph(raw)).toEqual({ ok: false, problems: messages.slice(0, 20) });
    }
  });

  it('hands back the very objects it checked, as GraphFile would an equal copy', async () => {
    const raw = JSON.parse(JSON.stringify(sampleGraph()));
    const loaded = await loadGraph(raw);
    expect(loaded.ok && loaded.graph).toEqual(GraphFile.parse(raw));
  });
});

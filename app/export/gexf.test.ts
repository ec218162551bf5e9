import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../state/view.ts';
import { toGexf } from './gexf.ts';
import { visibleSubgraph } from './subgraph.ts';
import { exportGraph, HOSTILE } from './testing/graphs.ts';
import { findAll, parseXml, type XmlElement } from './testing/tinyxml.ts';

const sub = visibleSubgraph(exportGraph(), DEFAULT_FILTERS);
const gexf = toGexf(sub, { description: `A <test> & "more"`, positions: { pakistan: [10, 20] } });
const doc = parseXml(gexf);
const values = (el: XmlElement) => Object.fromEntries(findAll(el, 'attvalue').map((v) => [v.attrs.for, v.attrs.value]));

describe('toGexf', () => {
  it('is well-formed GEXF 1.3 with Dyad as creator and the description escaped', () => {
    expect(gexf.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3"')).toBe(true);
    expect(doc).toMatchObject({ name: 'gexf', attrs: { version: '1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz' } });
    expect(findAll(doc, 'creator')[0]!.text).toBe('Dyad');
    expect(findAll(doc, 'description')[0]!.text).toBe('A <test> & "more"');
    expect(findAll(doc, 'graph')[0]!.attrs).toEqual({ defaultedgetype: 'directed', mode: 'static' });
  });

  it('declares the node and edge attribute columns with their types', () => {
    const cols = findAll(doc, 'attributes').map((a) => [a.attrs.class, a.children.map((c) => `${c.attrs.id}:${c.attrs.type}`)]);
    expect(cols).toEqual([
      ['node', ['kind:string', 'core:boolean', 'alleged:boolean', 'mentions:integer']],
      ['edge', ['type:string', 'sentences:integer', 'statuses:string']],
    ]);
  });

  it('reads back to the same actors, with labels and attributes, sorted by id', () => {
    const nodes = findAll(doc, 'node');
    expect(nodes.map((n) => n.attrs.id)).toEqual(sub.nodes.map((n) => n.key).sort());
    const hostile = nodes.find((n) => n.attrs.id === 'hostile-group')!;
    expect(hostile.attrs.label).toBe(HOSTILE);
    expect(values(hostile)).toEqual({ kind: 'armed-group', core: 'false', alleged: 'true', mentions: '1' });
    // Gephi's y axis points up: the screen position is flipped.
    expect(findAll(nodes.find((n) => n.attrs.id === 'pakistan')!, 'viz:position')[0]!.attrs).toEqual({ x: '10', y: '-20', z: '0' });
    expect(findAll(hostile, 'viz:position')).toEqual([]);
  });

  it('reads back to the same relations: source, type, target, direction, sentence count as weight', () => {
    const edges = findAll(doc, 'edge').map((e): Record<string, string | undefined> & { values: Record<string, string | undefined> } => ({ ...e.attrs, values: values(e) }));
    const expected = sub.edges.map((e) => ({
      source: e.source, target: e.target, kind: e.attributes.type, undirected: e.attributes.undirected,
    }));
    expect(edges.map((e) => ({ source: e.source, target: e.target, kind: e.kind, undirected: e.type === 'undirected' }))).toEqual(
      expect.arrayContaining(expected),
    );
    expect(edges).toHaveLength(expected.length);
    const accusation = edges.find((e) => e.id === 'pakistan|accusation|india')!;
    expect(accusation).toMatchObject({ label: 'accusation', weight: '2', values: { type: 'accusation', sentences: '2', statuses: 'attributed' } });
    expect(edges.find((e) => e.kind === 'threat')!.values.statuses).toBe('alleged');
    expect(gexf).toContain('<viz:shape value="dashed"/>');
  });

  it('writes the same bytes for the same view, whatever the input order', () => {
    const shuffled = { ...sub, nodes: [...sub.nodes].reverse(), edges: [...sub.edges].reverse() };
    expect(toGexf(shuffled, { description: 'd' })).toBe(toGexf(sub, { description: 'd' }));
  });
});

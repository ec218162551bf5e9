import { describe, expect, it } from 'vitest';
import { RELATION_STYLE } from '../cytoscape/tables.ts';
import { LIGHT } from '../cytoscape/theme.ts';
import { arrowLength, edgePath, withArrow } from './geometry.ts';
import { legendGroups } from './legend.ts';
import type { Scene } from './scene.ts';
import { toSvg } from './svg.ts';
import { HOSTILE } from './testing/graphs.ts';
import { findAll, parseXml, type XmlElement } from './testing/tinyxml.ts';

const scene: Scene = {
  nodes: [
    { id: 'pakistan', label: 'Pakistan', x: 0, y: 0, size: 60, kind: 'state', alleged: false, selected: true, faded: false },
    { id: 'bad"id', label: HOSTILE, x: 300, y: 100, size: 30, kind: 'armed-group', alleged: true, selected: false, faded: true },
  ],
  edges: [
    { id: 'pakistan|threat|bad"id', type: 'threat', label: 'threat', directed: true, alleged: true, width: 3, selected: false, faded: true, points: [[30, 0], [150, 20], [285, 100]] },
    { id: 'a|negotiation|b', type: 'negotiation', label: '<neg>', directed: false, alleged: false, width: 2, selected: true, faded: false, points: [[0, 30], [300, 85]] },
  ],
};
const svg = toSvg(scene, { theme: LIGHT, legend: legendGroups(['state', 'armed-group']), caption: ['Dyad & <co>', 'counts'] });
const doc = parseXml(svg);
const cls = (name: string) => (el: XmlElement) => el.attrs.class === name;

describe('toSvg', () => {
  it('is well-formed SVG with every hostile string escaped', () => {
    expect(doc).toMatchObject({ name: 'svg', attrs: { xmlns: 'http://www.w3.org/2000/svg' } });
    expect(svg).not.toMatch(/<script|<neg>|<co>/);
    const hostile = findAll(doc, 'g').find((g) => g.attrs['data-id'] === 'bad"id')!;
    expect(findAll(hostile, 'tspan').map((t) => t.text).join(' ')).toBe(HOSTILE.replace(/\s+/g, ' ').trim());
    expect(findAll(doc, 'title')[0]!.text).toBe('Dyad & <co> · counts');
  });

  it('draws one group per shown edge and node, edges first so nodes sit on top', () => {
    const groups = findAll(doc, 'g');
    expect(groups.filter(cls('edge')).map((g) => g.attrs['data-id'])).toEqual(scene.edges.map((e) => e.id));
    expect(groups.filter(cls('node')).map((g) => g.attrs['data-id'])).toEqual(scene.nodes.map((n) => n.id));
    expect(groups.map((g) => g.attrs.class).filter((c) => c === 'edges' || c === 'nodes')).toEqual(['edges', 'nodes']);
  });

  it('draws edges in their type colour, dashed when alleged, with an arrowhead only when directed', () => {
    const [threat, talks] = findAll(doc, 'g').filter(cls('edge'));
    const line = (g: XmlElement) => findAll(g, 'path').at(-1)!.attrs;
    expect(line(threat!)).toMatchObject({ stroke: RELATION_STYLE.threat.colour, 'stroke-dasharray': '7 5' });
    expect(line(talks!)['stroke-dasharray']).toBeUndefined();
    expect(findAll(threat!, 'polygon')).toHaveLength(1);
    expect(findAll(talks!, 'polygon')).toHaveLength(0);
    expect(threat!.attrs.opacity).toBe('0.16');
    expect(findAll(talks!, 'text')[0]!.text).toBe('<neg>');
  });

  it('marks the alleged actor with a dashed outline and puts a legend beside the graph', () => {
    const circle = (id: string) => findAll(findAll(doc, 'g').find((g) => g.attrs['data-id'] === id)!, 'circle').at(-1)!.attrs;
    expect(circle('bad"id')).toMatchObject({ stroke: LIGHT.alleged, 'stroke-dasharray': '6 4' });
    expect(circle('pakistan')).toMatchObject({ stroke: LIGHT.accent });
    const legend = findAll(doc, 'g').find(cls('legend'))!;
    expect(findAll(legend, 'text').map((t) => t.text)).toEqual(expect.arrayContaining(['ACTORS', 'armed group', 'accusation', 'mutual']));
  });
});

describe('edge geometry', () => {
  it('draws a straight line, one quadratic, or quadratics joined at midpoints', () => {
    expect(edgePath([[0, 0], [10, 0]])).toBe('M 0 0 L 10 0');
    expect(edgePath([[0, 0], [5, 5], [10, 0]])).toBe('M 0 0 Q 5 5 10 0');
    expect(edgePath([[0, 0], [4, 4], [8, 4], [12, 0]])).toBe('M 0 0 Q 4 4 6 4 Q 8 4 12 0');
    expect(edgePath([])).toBe('');
  });

  it('puts the arrow tip on the line end and stops the line inside the arrow', () => {
    const { line, head } = withArrow([[0, 0], [100, 0]], 2);
    const len = arrowLength(2);
    expect(head[0]).toEqual([100, 0]);
    const r = (v: number) => Math.round(v * 100) / 100;
    expect(head.slice(1).map((p) => p.map(r))).toEqual([[r(100 - len), r(len / 2)], [r(100 - len), r(-len / 2)]]);
    expect(line.at(-1)![0]).toBeCloseTo(100 - 0.8 * len);
    expect(arrowLength(1)).toBeCloseTo(0.3 * 29 * 0.9);
  });
});

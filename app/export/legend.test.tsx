import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LIGHT } from '../cytoscape/theme.ts';
import { sampleGraph } from '../model/fixture.ts';
import { Legend } from '../panels/Legend.tsx';
import { layoutLegend } from './legend-layout.ts';
import { legendGroups } from './legend.ts';
import { shapeSvg, wrap } from './shapes.ts';
import { parseXml } from './testing/tinyxml.ts';

describe('the exported legend', () => {
  it('says what the legend on the page says, group by group and row by row', () => {
    const graph = sampleGraph();
    const html = renderToStaticMarkup(<Legend graph={graph} />);
    const page = [...html.matchAll(/<h3[^>]*>([^<]*)<\/h3><ul[^>]*>(.*?)<\/ul>/g)].map((m) => ({
      title: m[1],
      rows: [...m[2]!.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((li) => li[1]!.replace(/<svg.*?<\/svg>/g, '').trim()),
    }));
    const exported = legendGroups(graph.nodes.map((n) => n.attributes.kind)).map((g) => ({ title: g.title, rows: g.rows.map((r) => r.text) }));
    expect(exported).toEqual(page);
  });

  it('lays out as well-formed shapes in a column, taller with more rows', () => {
    const small = layoutLegend(legendGroups(['state']), ['Dyad'], LIGHT);
    const big = layoutLegend(legendGroups(['state', 'person', 'other']), ['Dyad', 'a long second line that has to wrap onto another line'], LIGHT);
    expect(big.height).toBeGreaterThan(small.height);
    expect(() => parseXml(`<g>${big.shapes.map(shapeSvg).join('')}</g>`)).not.toThrow();
    for (const s of big.shapes) if (s.kind === 'text') expect(s.x).toBeGreaterThanOrEqual(0);
  });

  it('wraps words to a width, keeping an over-long word whole', () => {
    expect(wrap('alleged actor: known only through others’ claims', 13, 200)).toEqual(['alleged actor: known only', 'through others’ claims']);
    expect(wrap('Supercalifragilistic', 13, 20)).toEqual(['Supercalifragilistic']);
  });
});

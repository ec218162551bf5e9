import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../graph-data/schema.ts';
import { LARGE_GRAPH_NODES } from '../cytoscape/scale.ts';
import { FAINT_ALLEGED_OPACITY } from '../cytoscape/tables.ts';
import { sampleGraph } from '../model/fixture.ts';
import { Legend } from './Legend.tsx';

/** The sample graph with enough extra actors to be drawn as a large one. */
function largeGraph(): GraphFile {
  const graph = sampleGraph();
  const template = graph.nodes[0]!;
  const extra = Array.from({ length: LARGE_GRAPH_NODES }, (_, i) => ({ ...template, key: `actor-${i}` }));
  return { ...graph, nodes: [...graph.nodes, ...extra] };
}

/** The legend's row for alleged-only relations. */
function allegedLine(html: string): string {
  const row = /<li data-legend="alleged-line">.*?<\/li>/.exec(html);
  if (!row) throw new Error('no alleged-line row');
  return row[0];
}

describe('Legend', () => {
  it('shows alleged-only relations dashed, as a small graph draws them', () => {
    const html = renderToStaticMarkup(<Legend graph={sampleGraph()} />);
    expect(allegedLine(html)).toContain('stroke-dasharray');
    expect(allegedLine(html)).not.toContain('stroke-opacity');
    expect(html).not.toContain('data-legend="focus-only"');
  });

  it('shows them faint on a large graph, and says what is drawn only in the focus', () => {
    const html = renderToStaticMarkup(<Legend graph={largeGraph()} />);
    expect(allegedLine(html)).toContain(`stroke-opacity="${FAINT_ALLEGED_OPACITY}"`);
    expect(allegedLine(html)).not.toContain('stroke-dasharray');
    expect(html).toContain('data-legend="focus-only"');
  });
});

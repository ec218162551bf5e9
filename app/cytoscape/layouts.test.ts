import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../model/fixture.ts';
import { DEFAULT_VIEW, LAYOUTS } from '../state/view.ts';
import { LAYOUT_LABELS, layoutOptions, runLayout } from './layouts.ts';
import { LARGE_GRAPH_NODES } from './scale.ts';
import { stylesheet } from './stylesheet.ts';
import { LIGHT } from './theme.ts';
import { toElements } from './toElements.ts';

/** A headless instance, styled so nodes have their real sizes. */
const headless = () =>
  cytoscape({ headless: true, styleEnabled: true, style: stylesheet(LIGHT), elements: toElements(sampleGraph(), DEFAULT_VIEW) });
const positions = (cy: cytoscape.Core) => cy.nodes().map((n) => [n.id(), n.position()]);

describe('layouts', () => {
  it('offers every layout of the view with a label, without animation', () => {
    for (const name of LAYOUTS) {
      expect(LAYOUT_LABELS[name]).toBeTruthy();
      expect(layoutOptions(name)).toMatchObject({ name, animate: false, fit: true });
    }
  });

  it('places nodes identically on every run, in a fresh instance or the same one', () => {
    for (const name of LAYOUTS) {
      const a = headless();
      const b = headless();
      runLayout(a, name);
      runLayout(b, name);
      expect(positions(a), name).toEqual(positions(b));
      runLayout(a, name);
      expect(positions(a), name).toEqual(positions(b));
    }
  });

  it('spreads the nodes out: no two share a position', () => {
    const cy = headless();
    runLayout(cy, 'fcose');
    const seen = new Set(cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`));
    expect(seen.size).toBe(cy.nodes().length);
  });

  it('leaves Math.random as it found it', () => {
    const real = Math.random;
    runLayout(headless(), 'fcose');
    expect(Math.random).toBe(real);
  });
});

describe('runLayout and the view', () => {
  it('places nodes the same whatever is selected, hovered or hidden', () => {
    const plain = headless();
    runLayout(plain, 'fcose');
    const busy = cytoscape({
      headless: true, styleEnabled: true, style: stylesheet(LIGHT),
      elements: toElements(sampleGraph(), {
        ...DEFAULT_VIEW,
        selection: { kind: 'node', key: 'pakistan' },
        hover: { kind: 'node', key: 'india' },
        filters: { ...DEFAULT_VIEW.filters, hiddenTypes: ['negotiation'] },
      }),
    });
    runLayout(busy, 'fcose');
    expect(positions(busy)).toEqual(positions(plain));
    // ... and gives the view classes back.
    expect(busy.getElementById('pakistan').hasClass('selected')).toBe(true);
    expect(busy.getElementById('afghan-taliban').hasClass('hidden')).toBe(true);
  });
});

describe('runLayout on a large graph', () => {
  /** A headless graph just over the threshold: a ring with spokes to a hub. */
  const large = () => {
    const n = LARGE_GRAPH_NODES + 50;
    const nodes = Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, label: `N${i}`, size: 28 } }));
    const edges = Array.from({ length: n }, (_, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: `n${i}`, target: `n${(i + 1) % n}`, width: 1.5 } }));
    const spokes = Array.from({ length: n - 1 }, (_, i) => ({ group: 'edges' as const, data: { id: `s${i}`, source: 'n0', target: `n${i + 1}`, width: 1.5 } }));
    return cytoscape({ headless: true, styleEnabled: true, style: stylesheet(LIGHT, true), elements: [...nodes, ...edges, ...spokes] });
  };

  it('places every node apart, the same on every run', () => {
    const a = large();
    runLayout(a, 'fcose');
    const seen = new Set(a.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`));
    expect(seen.size).toBe(a.nodes().length);
    const b = large();
    runLayout(b, 'fcose');
    expect(positions(b)).toEqual(positions(a));
  });

  it('gives the geometric layouts a box that grows with the graph', () => {
    const box = (n: number) => (layoutOptions('grid', n) as { boundingBox: { w: number; h: number } }).boundingBox;
    expect(box(7)).toEqual(box(LARGE_GRAPH_NODES));
    expect(box(4 * LARGE_GRAPH_NODES).w).toBe(2 * box(7).w);
  });
});

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../model/fixture.ts';
import { DEFAULT_VIEW } from '../state/view.ts';
import { type EarlyGraph, takeOver } from './early.ts';

/** An early canvas for `graph` and `view`; the elements do not matter to the hand-over. */
function early(graph = sampleGraph(), view = DEFAULT_VIEW): EarlyGraph {
  const nowhere = { layer: null, container: null } as unknown as EarlyGraph['canvas'];
  return { graph, view, elements: [], picture: null, cy: cytoscape({ headless: true }), canvas: nowhere };
}

describe('takeOver', () => {
  it('hands the canvas over once, to the graph and the very view it was drawn for', () => {
    const drawn = early();
    const holder = { current: drawn };
    expect(takeOver(holder, drawn.graph, drawn.view)).toBe(drawn);
    // A second mount (strict mode) gets nothing: the first one's cleanup destroyed the canvas.
    expect(takeOver(holder, drawn.graph, drawn.view)).toBeNull();
  });

  it('keeps it from another graph, or a view that is only equal, so a mismatched canvas is never shown', () => {
    const drawn = early();
    const holder = { current: drawn };
    expect(takeOver(holder, sampleGraph(), drawn.view)).toBeNull();
    expect(takeOver(holder, drawn.graph, { ...DEFAULT_VIEW })).toBeNull();
    expect(holder.current).toBe(drawn);
  });
});

import { describe, expect, it } from 'vitest';
import { sampleGraph } from './fixture.ts';
import { describeSelection } from './selection.ts';

describe('describeSelection', () => {
  const graph = sampleGraph();

  it('reads an edge as its headline', () => {
    expect(describeSelection(graph, { kind: 'edge', key: 'pakistan|accusation|india' })).toBe('Pakistan accuses India');
    expect(describeSelection(graph, { kind: 'edge', key: 'afghan-taliban|negotiation|pakistan' })).toBe('Afghan Taliban and Pakistan negotiate');
  });

  it('names an actor, and says when it is alleged', () => {
    expect(describeSelection(graph, { kind: 'node', key: 'pakistan' })).toBe('Pakistan');
    expect(describeSelection(graph, { kind: 'node', key: 'india' })).toBe('India (alleged actor)');
  });

  it('is null for no selection or an unknown key', () => {
    expect(describeSelection(graph, null)).toBeNull();
    expect(describeSelection(graph, { kind: 'edge', key: 'nope' })).toBeNull();
    expect(describeSelection(graph, { kind: 'node', key: 'nope' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Evidence, GraphFile } from '../../graph-data/schema.ts';
import { EVIDENCE_INDENT } from './digest.ts';
import { graphText } from './write-graph.ts';

const ev = (n: number): Evidence => ({
  article: 'a1', sentence: n, start: 0, end: 5, text: `Sentence ${n} with "quotes" and \\ and \u2028.`, status: 'reported', speaker: null,
  implicit: false, trigger: 'met', date: null, when: null, marks: [[0, 3, 'source'], [4, 5, 'trigger']],
});

const graph: GraphFile = {
  options: { type: 'mixed', multi: true, allowSelfLoops: false },
  attributes: { schemaVersion: 1, articles: [] },
  nodes: [],
  edges: [
    { key: 'a|clash|b', source: 'a', target: 'b', attributes: { type: 'clash', undirected: true, evidence: [ev(1), ev(2)] }, undirected: true },
    { key: 'a|accusation|b', source: 'a', target: 'b', attributes: { type: 'accusation', undirected: false, evidence: [ev(3)] } },
  ],
};

describe('graph.json as text', () => {
  it('is the graph, indented as JSON.stringify does but for each piece of evidence on a line of its own', () => {
    const text = graphText(graph);
    expect(JSON.parse(text)).toEqual(graph);
    expect(text.endsWith('}\n')).toBe(true);
    const items = text.split('\n').filter((line) => line.startsWith(`${EVIDENCE_INDENT}{`));
    expect(items.map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual([ev(1), ev(2), ev(3)]);
    // Everything else is JSON.stringify's own layout: put the evidence back in its tree and the two agree.
    const regrown = text.split('\n').map((line) => {
      if (!items.includes(line)) return line;
      const comma = line.endsWith(',') ? ',' : '';
      return EVIDENCE_INDENT + JSON.stringify(JSON.parse(line.slice(0, line.length - comma.length)), null, 2).replace(/\n/g, `\n${EVIDENCE_INDENT}`) + comma;
    });
    expect(regrown.join('\n')).toBe(JSON.stringify(graph, null, 2) + '\n');
  });
});

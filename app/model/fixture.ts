/** A tiny valid graph for unit tests, built with the schema so it cannot drift from it. */
import { GraphFile } from '../../graph-data/schema.ts';
import type { Evidence } from '../../graph-data/schema.ts';

/** One piece of evidence with every field set; override what a test is about. */
export function evidence(over: Partial<Evidence> = {}): Evidence {
  return {
    article: 'a1', sentence: 0, start: 0, end: 21, text: 'Pakistan accused India.',
    status: 'attributed', speaker: 'Khawaja Asif', implicit: false, trigger: 'accused',
    date: '2025-10-29', when: null, marks: [[0, 8, 'source'], [9, 16, 'trigger'], [17, 22, 'target']],
    ...over,
  };
}

/** Three actors, two edges (one undirected), two articles. */
export function sampleGraph(): GraphFile {
  const node = (key: string, label: string, alleged = false) => ({
    key, attributes: { label, kind: 'state' as const, core: true, alleged, mentions: 2, names: [label] },
  });
  const article = (id: string, title: string | null) => ({
    id, file: `${id}.txt`, title, outlet: 'Dawn', date: '2025-10-30', dateInferred: false,
    byline: null, url: null, sentences: 10,
  });
  return GraphFile.parse({
    attributes: { schemaVersion: 1, articles: [article('a1', 'First'), article('a2', null)] },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: [node('pakistan', 'Pakistan'), node('india', 'India', true), node('afghan-taliban', 'Afghan Taliban')],
    edges: [
      { key: 'pakistan|accusation|india', source: 'pakistan', target: 'india',
        attributes: { type: 'accusation', undirected: false, evidence: [
          evidence({ article: 'a2', sentence: 1 }), evidence({ sentence: 4 }), evidence({ sentence: 4, trigger: 'blamed' }),
        ] } },
      { key: 'afghan-taliban|negotiation|pakistan', source: 'afghan-taliban', target: 'pakistan', undirected: true,
        attributes: { type: 'negotiation', undirected: true, evidence: [evidence({ status: 'reported', speaker: null })] } },
    ],
  });
}

/** Graphs for the export tests: the app's sample graph, plus hostile text and an actor with no relation. */
import { GraphFile } from '../../../graph-data/schema.ts';
import { evidence, sampleGraph } from '../../model/fixture.ts';

/** Text that breaks naive CSV, XML and spreadsheets all at once. */
export const HOSTILE = `=HYPERLINK("http://x","<script>alert('&')</script>"), \r\nnext line — Türkiye`;

/**
 * The sample graph (Pakistan accuses India with three evidence items in two sentences, one alleged-
 * free; Afghan Taliban and Pakistan negotiate, undirected) plus: a hostile-named actor with an
 * all-alleged threat against India, and Qatar, which has no relation at all.
 */
export function exportGraph(): GraphFile {
  const g = sampleGraph();
  const node = (key: string, label: string, kind: 'state' | 'armed-group', alleged = false) => ({
    key, attributes: { label, kind, core: false, alleged, mentions: 1, names: [label] },
  });
  return GraphFile.parse({
    ...g,
    nodes: [...g.nodes, node('hostile-group', HOSTILE, 'armed-group', true), node('qatar', 'Qatar', 'state')],
    edges: [
      ...g.edges,
      { key: 'hostile-group|threat|india', source: 'hostile-group', target: 'india',
        attributes: { type: 'threat', undirected: false, evidence: [
          evidence({ article: 'a2', sentence: 7, status: 'alleged', text: HOSTILE, speaker: '@handle', date: null }),
        ] } },
    ],
  });
}

/** A graph whose strings try to run script, to prove the page renders them as text. */
import { GraphFile } from '../../graph-data/schema.ts';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';

/** The hostile evidence sentence; the test looks for it, character for character. */
export const HOSTILE_TEXT = `Pakistan accused ${SCRIPT} India ${IMG} of everything.`;

/** A valid graph with markup in a sentence, its marks, a label, a title and a speaker. */
export function hostileGraph(): GraphFile {
  const at = (s: string) => HOSTILE_TEXT.indexOf(s);
  return GraphFile.parse({
    attributes: {
      schemaVersion: 1,
      articles: [
        { id: 'evil', file: 'evil.txt', title: IMG, outlet: SCRIPT, date: '2025-10-30', dateInferred: false,
          byline: null, url: null, sentences: 1 },
      ],
    },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: [
      { key: 'pakistan', attributes: { label: 'Pakistan', kind: 'state', core: true, alleged: false, mentions: 1, names: [] } },
      { key: 'india', attributes: { label: `India ${IMG}`, kind: 'state', core: true, alleged: true, mentions: 1, names: [] } },
    ],
    edges: [
      { key: 'pakistan|accusation|india', source: 'pakistan', target: 'india',
        attributes: { type: 'accusation', undirected: false, evidence: [
          { article: 'evil', sentence: 0, start: 0, end: HOSTILE_TEXT.length, text: HOSTILE_TEXT,
            status: 'attributed', speaker: SCRIPT, implicit: false, trigger: 'accused', date: null, when: null,
            // One mark cuts through the <script> tag, so the text is split inside the markup.
            marks: [[0, 8, 'source'], [9, at('window'), 'trigger'], [at(' India') + 1, at(' India') + 6, 'target']] },
        ] } },
    ],
  });
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../state/view.ts';
import { evidence, sampleGraph } from './fixture.ts';
import { shownEdges } from './shown.ts';
import { articleSpans, findSentence, paragraphs, parseTexts, readerParagraphs } from './texts.ts';

const TEXT = 'Headline here\n\nIntro. Pakistan accused India.\n \nTalks went on.  \n';
const at = (s: string) => TEXT.indexOf(s);
const SENTENCE = 'Pakistan accused India.';

/** The sample graph with its evidence pointing into TEXT. */
function graph() {
  const g = sampleGraph();
  const located = { start: at(SENTENCE), end: at(SENTENCE) + SENTENCE.length };
  g.edges[0]!.attributes.evidence = [evidence({ sentence: 2, ...located }), evidence({ article: 'a2', sentence: 2 })];
  g.edges[1]!.attributes.evidence = [
    evidence({ sentence: 2, ...located }),
    evidence({ sentence: 3, start: at('Talks'), end: at('Talks') + 14, text: 'Talks went on.' }),
  ];
  return shownEdges(g, DEFAULT_FILTERS);
}

describe('parseTexts', () => {
  it('accepts an id → text record and explains anything else', async () => {
    expect(await parseTexts({ a1: 'x' })).toEqual({ ok: true, texts: { a1: 'x' } });
    const bad = await parseTexts({ a1: 3 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toMatch(/^graph\.articles\.json does not match the schema \(a1: /);
    expect((await parseTexts('<html>')).ok).toBe(false);
  });
});

describe('findSentence', () => {
  it('finds the evidence of an article and sentence, or null', () => {
    expect(findSentence(graph(), 'a1', 3)?.text).toBe('Talks went on.');
    expect(findSentence(graph(), 'a1', 99)).toBeNull();
    expect(findSentence(graph(), 'zz', 2)).toBeNull();
  });
});

describe('articleSpans', () => {
  it('gives each relation sentence once, in text order, with every edge it is evidence for', () => {
    expect(articleSpans(graph(), 'a1', TEXT)).toEqual([
      { sentence: 2, start: at(SENTENCE), end: at(SENTENCE) + SENTENCE.length, edges: ['pakistan|accusation|india', 'afghan-taliban|negotiation|pakistan'] },
      { sentence: 3, start: at('Talks'), end: at('Talks') + 14, edges: ['afghan-taliban|negotiation|pakistan'] },
    ]);
  });

  it('drops a span whose offsets do not cut out its sentence', () => {
    expect(articleSpans(graph(), 'a1', 'X' + TEXT).map((s) => s.sentence)).toEqual([]);
    expect(articleSpans(graph(), 'a2', 'short')).toEqual([]);
  });
});

describe('paragraphs', () => {
  it('splits at blank lines, trims, and keeps offsets into the full text', () => {
    const found = paragraphs(TEXT).map(({ start, end }) => TEXT.slice(start, end));
    expect(found).toEqual(['Headline here', 'Intro. Pakistan accused India.', 'Talks went on.']);
    expect(paragraphs('  \n\n ')).toEqual([]);
    expect(paragraphs('a\nb')).toEqual([{ start: 0, end: 3 }]);
  });
});

describe('readerParagraphs', () => {
  it('cuts paragraphs into plain runs and sentence runs without losing a character', () => {
    const spans = articleSpans(graph(), 'a1', TEXT);
    const paras = readerParagraphs(TEXT, spans);
    expect(paras.map((p) => p.runs.map((r) => [r.text, r.span?.sentence ?? null]))).toEqual([
      [['Headline here', null]],
      [['Intro. ', null], [SENTENCE, 2]],
      [['Talks went on.', 3]],
    ]);
    for (const p of paras) for (const r of p.runs) expect(TEXT.slice(r.start, r.start + r.text.length)).toBe(r.text);
  });

  it('cuts a span that crosses a paragraph break, and survives overlapping spans', () => {
    const text = 'One two.\n\nThree four.';
    const spans = [
      { sentence: 0, start: 4, end: 15, edges: ['e'] },
      { sentence: 1, start: 12, end: 21, edges: ['f'] },
    ];
    const runs = readerParagraphs(text, spans).map((p) => p.runs.map((r) => [r.text, r.span?.sentence ?? null]));
    expect(runs).toEqual([
      [['One ', null], ['two.', 0]],
      [['Three', 0], [' four.', 1]],
    ]);
  });
});

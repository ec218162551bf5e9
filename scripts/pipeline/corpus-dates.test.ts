/** Corpus-level dating through the whole build: undated articles borrow years from the corpus, or from themselves. */
import { describe, expect, it } from 'vitest';
import type { EventDate, GraphFile } from '../../graph-data/schema.ts';
import { buildGraph } from './index.ts';
import { realLexicon } from './testing/fixture.ts';

const TALKS = 'Pakistan and the Afghan Taliban held talks on 9 March.';

function build(articles: Record<string, string>): GraphFile {
  const sources = Object.entries(articles).map(([id, text]) => ({ id, file: `${id}.txt`, text }));
  return buildGraph(sources, realLexicon().dicts).graph;
}

/** Each article's publication date, and the event dates of its evidence in sentence order. */
function datesOf(graph: GraphFile, id: string): { date: string | null; dateInferred: boolean; when: (EventDate | null)[] } {
  const meta = graph.attributes.articles.find((a) => a.id === id);
  const evidence = graph.edges.flatMap((e) => e.attributes.evidence).filter((e) => e.article === id).sort((a, b) => a.sentence - b.sentence);
  const when = [...new Map(evidence.map((e) => [e.sentence, e.when])).values()];
  return { date: meta?.date ?? null, dateInferred: meta?.dateInferred ?? false, when };
}

describe('dating undated articles at corpus level', () => {
  it('gives yearless dates the year nearest the dated articles\' median day, across a year boundary, and dates the article by them', () => {
    const graph = build({ a: `---\ndate: 2030-12-20\n---\nPakistan and the Afghan Taliban held talks on 18 December.\n`, b: TALKS });
    expect(datesOf(graph, 'a')).toEqual({ date: '2030-12-20', dateInferred: false, when: [{ start: '2030-12-18', end: '2030-12-18', precision: 'day' }] });
    expect(datesOf(graph, 'b')).toEqual({ date: '2031-03-09', dateInferred: true, when: [{ start: '2031-03-09', end: '2031-03-09', precision: 'day', inferred: true }] });
  });

  it('leaves a relative date unread in an undated article, and the article undated when nothing else is dated', () => {
    const graph = build({ a: `---\ndate: 2030-12-20\n---\nPakistan and the Afghan Taliban held talks.\n`, b: 'Pakistan and the Afghan Taliban held talks on Tuesday.' });
    expect(datesOf(graph, 'b')).toEqual({ date: null, dateInferred: false, when: [null] });
  });

  it('with no dated article, borrows the year from a date the article writes in full', () => {
    const graph = build({ a: `Pakistan accused the Afghan Taliban of shelling on 2 March 2031.\n\n${TALKS}\n` });
    expect(datesOf(graph, 'a')).toEqual({
      date: '2031-03-09',
      dateInferred: true,
      when: [{ start: '2031-03-02', end: '2031-03-02', precision: 'day' }, { start: '2031-03-09', end: '2031-03-09', precision: 'day', inferred: true }],
    });
  });

  it('with no dated article and no year anywhere, keeps every date null', () => {
    expect(datesOf(build({ a: TALKS }), 'a')).toEqual({ date: null, dateInferred: false, when: [null] });
  });

  it('dates a wire story by its dateline\'s day, with the year inferred, and reads its weekdays against it', () => {
    const wire = 'PORTVILLE, Mar 7 (Wire) -- Pakistan and the Afghan Taliban held talks on Monday.\n\nThey will meet again on 20 March.\n';
    const graph = build({ a: `---\ndate: 2031-02-01\n---\nPakistan and the Afghan Taliban held talks.\n`, b: wire });
    // 7 March 2031 is a Friday: "Monday" is the 3rd.
    expect(datesOf(graph, 'b')).toEqual({ date: '2031-03-07', dateInferred: true, when: [{ start: '2031-03-03', end: '2031-03-03', precision: 'day', inferred: true }] });
  });
});

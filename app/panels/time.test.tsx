import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../graph-data/schema.ts';
import { evidence, sampleGraph } from '../model/fixture.ts';
import { ViewProvider } from '../state/provider.tsx';
import { DEFAULT_FILTERS, DEFAULT_VIEW, type ViewState } from '../state/view.ts';
import { Sidebar } from './Sidebar.tsx';
import { SourceMatrix } from './SourceMatrix.tsx';
import { Timeline } from './Timeline.tsx';

const ACCUSATION = 'pakistan|accusation|india';
const text = (html: string) => html.replace(/<[^>]+>/g, '');
const render = (node: React.ReactNode, view: Partial<ViewState> = {}) =>
  renderToStaticMarkup(<ViewProvider initial={{ ...DEFAULT_VIEW, ...view }}>{node}</ViewProvider>);

/** a1 (Dawn, printed date), a2 (Geo, inferred date), a3 (no outlet, no date). */
function graph(): GraphFile {
  const g = sampleGraph();
  Object.assign(g.attributes.articles[1]!, { outlet: 'Geo', date: '2025-10-29', dateInferred: true });
  g.attributes.articles.push({ ...g.attributes.articles[0]!, id: 'a3', file: 'a3.txt', outlet: null, date: null, title: 'Untitled report' });
  g.edges[0]!.attributes.evidence = [
    evidence({ article: 'a1', sentence: 1, when: { start: '2025-10-18', end: '2025-10-19', precision: 'range' } }),
    evidence({ article: 'a2', sentence: 2, when: { start: '2025-10-12', end: '2025-10-12', precision: 'day' } }),
    evidence({ article: 'a3', sentence: 3, when: null, date: null }),
  ];
  return g;
}

describe('the two dates of a sentence', () => {
  it('gives the event date at its precision and the publication date, inferred or unknown, never invented', () => {
    const html = text(render(<Sidebar graph={graph()} />, { selection: { kind: 'edge', key: ACCUSATION } }));
    expect(html).toContain('event: 18–19 Oct 2025');
    expect(html).toContain('published 30 Oct 2025');
    expect(html).toContain('event: 12 Oct 2025');
    expect(html).toContain('published ~29 Oct 2025 (inferred)');
    expect(html).toContain('event: date not stated');
    expect(html).toContain('publication date unknown');
  });

  it('shows only one outlet’s sentences after a matrix cell, with a way back to all', () => {
    const html = render(<Sidebar graph={graph()} />, { selection: { kind: 'edge', key: ACCUSATION }, outlet: 'Geo' });
    expect(html.match(/<li class="evidence"/g)).toHaveLength(1);
    expect(html).toContain('data-article="a2"');
    expect(text(html)).toContain('Showing only Geo (1 sentence)Show all');
    const unknown = text(render(<Sidebar graph={graph()} />, { selection: { kind: 'edge', key: ACCUSATION }, outlet: 'a3' }));
    expect(unknown).toContain('Showing only Untitled report (outlet unknown)');
  });
});

describe('the timeline', () => {
  it('draws the event dates with two slider handles, and counts the undated', () => {
    const html = render(<Timeline graph={graph()} />, { filters: { ...DEFAULT_FILTERS, from: '2025-10-13' } });
    expect(html.match(/role="slider"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Event dates from" aria-orientation="horizontal" aria-valuemin="0" aria-valuemax="7" aria-valuenow="1" aria-valuetext="13 Oct 2025"');
    expect(html).toContain('aria-valuetext="19 Oct 2025"');
    expect(text(html)).toContain('Showing 13–19 Oct 2025');
    expect(text(html)).toContain('undated: 2 · hidden');
    expect(html).not.toMatch(/ style=/);
  });

  it('"as reported by" has one handle on publication dates and says which articles it leaves out', () => {
    const html = render(<Timeline graph={graph()} />, { filters: { ...DEFAULT_FILTERS, reportedBy: '2025-10-29' } });
    expect(html.match(/role="slider"/g)).toHaveLength(1);
    expect(html).toContain('aria-valuetext="29 Oct 2025"');
    expect(text(html)).toContain('As known on 29 Oct 2025');
    expect(text(html)).toContain('1 article with no publication date is left out.');
    expect(html).toContain('aria-pressed="true">As reported by');
  });
});

describe('the sources matrix', () => {
  it('is a real table: outlet headers by column, relations by row, one tab stop, sentences on hover', () => {
    const html = render(<SourceMatrix graph={graph()} />);
    expect(html.match(/<th scope="col"/g)).toHaveLength(5);
    expect(html.match(/<th scope="row"/g)).toHaveLength(2);
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toContain('outlet unknown');
    expect(html).toMatch(/data-outlet="Geo" title="Geo: 1 sentence, attributed to Khawaja Asif\.\n“Pakistan accused India\.”"/);
    expect(html).toContain('aria-sort="descending"');
    expect(text(html)).toContain('Independent outlets');
  });
});

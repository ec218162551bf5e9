import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { evidence, sampleGraph } from '../model/fixture.ts';
import { ViewProvider } from '../state/provider.tsx';
import { DEFAULT_FILTERS, DEFAULT_VIEW, type ViewState } from '../state/view.ts';
import { RelationTable } from './RelationTable.tsx';
import { Sidebar } from './Sidebar.tsx';

const ACCUSATION = 'pakistan|accusation|india';

function sidebar(view: Partial<ViewState>, graph = sampleGraph()): string {
  return renderToStaticMarkup(
    <ViewProvider initial={{ ...DEFAULT_VIEW, ...view }}>
      <Sidebar graph={graph} />
    </ViewProvider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('Sidebar', () => {
  it('explains itself when nothing is selected', () => {
    const html = sidebar({});
    expect(html).toContain('<aside class="sidebar panels" aria-label="Details"');
    expect(text(html)).toContain('Click an edge');
    expect(text(html)).toContain('2 articles · 3 actors · 2 relations');
  });

  it('shows the selected edge with its headline, announced, and every sentence with a way to its article', () => {
    const html = sidebar({ selection: { kind: 'edge', key: ACCUSATION } });
    expect(html).toContain('aria-live="polite" aria-atomic="true">Pakistan accuses India · 2 sentences in 2 articles</p>');
    expect(text(html)).toContain('Pakistan accuses Indiaalleged actor · 2 sentences in 2 articles');
    expect(html.match(/<li class="evidence"/g)).toHaveLength(3);
    expect(html.match(/>Read in article</g)).toHaveLength(3);
    expect(html).toContain('data-read="a1#4"');
    expect(text(html)).toContain('published 30 Oct 2025');
    expect(text(html)).toContain('speaker: Khawaja Asif');
  });

  it('gives the event date with its precision, and notes implicit evidence', () => {
    const graph = sampleGraph();
    graph.edges[0]!.attributes.evidence = [
      evidence({ implicit: true, when: { start: '2025-10-25', end: '2025-10-28', precision: 'range' } }),
      evidence({ sentence: 7, when: { start: '2025-10', end: '2025-10', precision: 'month' } }),
    ];
    const html = sidebar({ selection: { kind: 'edge', key: ACCUSATION } }, graph);
    expect(html).toContain('<li class="event-date" title="the sentence gives a span of days"><span class="label">event:</span> 25–28 Oct 2025</li>');
    expect(html).toContain('<li class="event-date" title="the sentence gives the month only"><span class="label">event:</span> Oct 2025</li>');
    expect(html.match(/>implicit<\/li>/g)).toHaveLength(1);
  });

  it('lists only what the filters let through and says how much they hid', () => {
    const html = sidebar({ selection: { kind: 'edge', key: ACCUSATION }, filters: { ...DEFAULT_FILTERS, hiddenArticles: ['a1'] } });
    expect(html.match(/<li class="evidence"/g)).toHaveLength(1);
    expect(text(html)).toContain('1 more sentence hidden by filters');
  });

  it('renders markup in a sentence as text', () => {
    const graph = sampleGraph();
    const hostile = '<img src=x onerror="p()"> Pakistan accused India.';
    graph.edges[0]!.attributes.evidence = [evidence({ text: hostile, marks: [[0, 4, 'trigger']] })];
    const html = sidebar({ selection: { kind: 'edge', key: ACCUSATION } }, graph);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img</mark> src=x onerror=&quot;p()&quot;&gt; Pakistan');
  });

  it('says so, instead of crashing, when the selection is not in the graph', () => {
    expect(text(sidebar({ selection: { kind: 'edge', key: 'x|clash|y' } }))).toContain('No such relation');
    expect(text(sidebar({ selection: { kind: 'node', key: 'atlantis' } }))).toContain('No such actor');
  });

  it('shows an alleged actor with why, its relations seen from it, and its articles', () => {
    const html = text(sidebar({ selection: { kind: 'node', key: 'india' } }));
    expect(html).toContain('Indiaalleged actor');
    expect(html).toContain('India appears only through others’ claims');
    expect(html).toContain('Of 3 statements about India: 3 accusations against it.');
    expect(html).toContain('← accused by Pakistan (2)');
    expect(html).toContain('In 2 articles');
  });

  it('shows an ordinary actor without the alleged note', () => {
    const html = text(sidebar({ selection: { kind: 'node', key: 'pakistan' } }));
    expect(html).not.toContain('Why “alleged”');
    expect(html).toContain('accuses → India (2)');
    expect(html).toContain('negotiates with ↔ Afghan Taliban (1)');
  });

  it('opens the reader with a loading notice until the texts arrive', () => {
    const html = sidebar({ selection: { kind: 'edge', key: ACCUSATION }, reader: { article: 'a1', sentence: 4 } });
    expect(text(html)).toContain('Loading the article…');
    expect(text(html)).toContain('Close article');
    expect(html).toContain('<h2 id="reader-heading" class="panel-heading" tabindex="-1">First</h2>');
  });
});

describe('RelationTable', () => {
  const table = (view: Partial<ViewState> = {}) =>
    renderToStaticMarkup(
      <ViewProvider initial={{ ...DEFAULT_VIEW, ...view }}>
        <RelationTable graph={sampleGraph()} />
      </ViewProvider>,
    );

  it('is a captioned table, sorted by sentences, with one tab stop for all rows', () => {
    const html = table();
    expect(html).toContain('<caption id="relation-table-caption"><strong>Relations</strong> · 2 relations');
    expect(html.match(/aria-sort="descending"/g)).toHaveLength(1);
    expect(html).toMatch(/<th scope="col" class="col-sentences" aria-sort="descending">/);
    expect(html.match(/<tr data-edge/g)).toHaveLength(2);
    expect(html.match(/<tr data-edge="[^"]+" tabindex="0"/g)).toEqual([`<tr data-edge="${ACCUSATION}" tabindex="0"`]);
  });

  it('leaves out hidden edges and marks the selected one', () => {
    const html = table({ filters: { ...DEFAULT_FILTERS, hiddenTypes: ['negotiation'] }, selection: { kind: 'edge', key: ACCUSATION } });
    expect(html.match(/<tr data-edge/g)).toHaveLength(1);
    expect(html).toContain('1 relation, 1 hidden by filters');
    expect(html).toContain(`<tr data-edge="${ACCUSATION}" tabindex="0" aria-current="true"`);
  });
});

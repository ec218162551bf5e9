import { renderToStaticMarkup } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { App } from './App.tsx';
import { sampleGraph } from './model/fixture.ts';
import { DEFAULT_VIEW } from './state/view.ts';

const render = (view = DEFAULT_VIEW) => renderToStaticMarkup(<App loaded={{ ok: true, graph: sampleGraph() }} initial={view} />);

/** The page once every lazily loaded part has arrived (the table and the matrix are loaded on demand). */
async function renderLoaded(view: typeof DEFAULT_VIEW): Promise<string> {
  const { prelude } = await prerenderToNodeStream(<App loaded={{ ok: true, graph: sampleGraph() }} initial={view} />);
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

describe('App', () => {
  it('shows the header with the corpus summary, the toolbar, the graph box and the legend', () => {
    const html = render();
    expect(html).toContain('<h1>Dyad</h1>');
    expect(html).toContain('2 articles · 1 outlet · 30 Oct 2025 · 3 actors · 2 relations · 4 pieces of evidence');
    expect(html).toContain('role="search"');
    expect(html).toContain('aria-label="Find and filter"');
    expect(html).toContain('class="graph"');
    expect(html).toContain('data-legend="alleged-actor"');
  });

  it('labels every form control', () => {
    const html = render();
    const ids = [...html.matchAll(/<input[^>]*id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    // The others sit inside their <label>: no input, select or button without a name.
    expect(html).not.toMatch(/<button[^>]*>\s*<\/button>/);
  });

  it('offers a checkbox per relation type and status, and the layouts', () => {
    const html = render();
    expect(html.match(/data-type="/g)).toHaveLength(9);
    expect(html.match(/data-status="/g)).toHaveLength(3);
    expect(html).toContain('<option value="fcose" selected="">Force</option>');
  });

  it('says what is selected in a live region', () => {
    const html = render({ ...DEFAULT_VIEW, selection: { kind: 'edge', key: 'pakistan|accusation|india' } });
    expect(html).toMatch(/data-selection="pakistan\|accusation\|india">Selected: Pakistan accuses India/);
  });

  it('swaps the graph for the table, keeping the graph mounted but hidden', async () => {
    const html = await renderLoaded({ ...DEFAULT_VIEW, mode: 'table' });
    expect(html).toContain('class="graph-pane" hidden=""');
    expect(html).toContain('aria-pressed="true">Table');
    expect(html).toContain('<section class="relation-table panels"');
  });

  it('swaps the graph for the sources matrix the same way, the timeline staying under either', async () => {
    const html = await renderLoaded({ ...DEFAULT_VIEW, mode: 'matrix' });
    expect(html).toContain('class="graph-pane" hidden=""');
    expect(html).toContain('<section class="source-matrix panels"');
    expect(html).toContain('aria-pressed="true">Sources');
    expect(html).toContain('<section class="timeline" aria-labelledby="timeline-title">');
    expect(render()).toContain('<section class="timeline" aria-labelledby="timeline-title">');
  });

  it('keeps the place of the details column until the graph is drawn, and fills it at once beside the table', async () => {
    // Rendered without a canvas, the graph never draws: the column stays an empty, busy box.
    expect(render()).toContain('<aside class="sidebar panels" aria-label="Details" aria-busy="true"></aside>');
    const table = await renderLoaded({ ...DEFAULT_VIEW, mode: 'table' });
    expect(table).not.toContain('aria-label="Details" aria-busy');
    expect(table).toMatch(/<aside class="sidebar panels" aria-label="Details"><p class="visually-hidden" aria-live="polite"/);
  });

  it('shows the problems instead of the explorer when loading failed', () => {
    const html = renderToStaticMarkup(<App loaded={{ ok: false, problems: ['edges.0: <bad>'] }} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('edges.0: &lt;bad&gt;');
    expect(html).not.toContain('role="search"');
  });
});

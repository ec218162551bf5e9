import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../model/fixture.ts';
import { ViewProvider } from '../state/provider.tsx';
import { DEFAULT_VIEW, type ViewState } from '../state/view.ts';
import { ExportMenu } from './ExportMenu.tsx';

const render = (view: ViewState = DEFAULT_VIEW) =>
  renderToStaticMarkup(
    <ViewProvider initial={view}>
      <ExportMenu graph={sampleGraph()} cyRef={{ current: null }} />
    </ViewProvider>,
  );

describe('ExportMenu', () => {
  it('is a collapsed button controlling a hidden group of five labelled buttons', () => {
    const html = render();
    const controls = /<button type="button" aria-expanded="false" aria-controls="([^"]+)"[^>]*>Export/.exec(html);
    expect(controls).not.toBeNull();
    expect(html).toMatch(new RegExp(`id="${controls![1]}"[^>]*hidden=""`));
    expect([...html.matchAll(/data-export="(\w+)"/g)].map((m) => m[1])).toEqual(['png', 'svg', 'json', 'gexf', 'csv']);
    for (const m of html.matchAll(/aria-describedby="([^"]+)"/g)) expect(html).toContain(`id="${m[1]}"`);
  });

  it('says in the CSV item that formula prefixes get an apostrophe', () => {
    expect(render()).toMatch(/starts with = \+ - or @ gets a leading apostrophe/);
  });

  it('disables the picture while the table hides the canvas', () => {
    const html = render({ ...DEFAULT_VIEW, mode: 'table' });
    expect(html).toMatch(/data-export="png" disabled=""/);
    expect(html).toContain('Switch to the graph to save a picture.');
  });
});

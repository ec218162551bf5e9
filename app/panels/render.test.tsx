import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { evidence, sampleGraph } from '../model/fixture.ts';
import { MarkedText } from './MarkedText.tsx';

describe('MarkedText', () => {
  it('wraps marks in <mark> and escapes markup in the sentence', () => {
    const html = renderToStaticMarkup(
      <MarkedText text={'<img src=x onerror="p()"> hit'} marks={[[0, 4, 'trigger'], [26, 29, 'target']]} />,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img</mark> src=x onerror=&quot;p()&quot;&gt; ');
    expect(html).toContain('<mark class="mark-trigger"');
    expect(html).toMatch(/<mark class="mark-target"[^>]*>hit<\/mark>$/);
  });
});

describe('App', () => {
  it('shows every edge with its count, and tags alleged actors', () => {
    const html = renderToStaticMarkup(<App loaded={{ ok: true, graph: sampleGraph() }} />);
    expect(html).toContain('data-edge="pakistan|accusation|india"');
    expect(html).toContain('2 sentences in 2 articles');
    expect(html).toContain('1 sentence in 1 article');
    expect(html.match(/alleged actor<\/span>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html.match(/class="evidence"/g)).toHaveLength(4);
  });

  it('shows the problems instead of the graph when loading failed', () => {
    const html = renderToStaticMarkup(<App loaded={{ ok: false, problems: ['edges.0: <bad>'] }} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('edges.0: &lt;bad&gt;');
    expect(html).not.toContain('data-edge');
  });

  it('renders a sentence without speaker, date, outlet or title', () => {
    const graph = sampleGraph();
    graph.edges[1]!.attributes.evidence = [evidence({ article: 'a2', speaker: null, date: null, when: null })];
    graph.attributes.articles[1]!.outlet = null;
    const html = renderToStaticMarkup(<App loaded={{ ok: true, graph }} />);
    const edge = html.slice(html.indexOf('data-edge="afghan-taliban|negotiation|pakistan"'));
    expect(edge).toContain('</span></li><li><cite>a2</cite></li></ul>');
    expect(edge).not.toContain('speaker');
    expect(edge).not.toContain('event date');
  });
});

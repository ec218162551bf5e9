import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
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

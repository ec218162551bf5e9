import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FIRST_RENDER, markFirstRender } from './firstRender.ts';

describe('markFirstRender', () => {
  it('sets the mark once, when the canvas has drawn its first frame after the call', () => {
    const handlers: (() => void)[] = [];
    const cy = { one: (event: string, fn: () => void) => event === 'render' && handlers.push(fn) } as unknown as Core;
    markFirstRender(cy, false);
    expect(performance.getEntriesByName(FIRST_RENDER)).toHaveLength(0);
    handlers[0]!();
    markFirstRender(cy, false);
    for (const h of handlers) h();
    expect(performance.getEntriesByName(FIRST_RENDER)).toHaveLength(1);
    expect(FIRST_RENDER).toBe('dyad-first-render');
  });
});

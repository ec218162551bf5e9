import { describe, expect, it } from 'vitest';
import { GRAPH_BLOCK_ID, type PageWithBlocks, scriptSafeJson, takeInlineGraph } from './inlineGraph.ts';

/** A page whose only block has `text`, and what became of it. */
function pageWith(text: string | null) {
  const state = { asked: [] as string[], removed: false };
  const page: PageWithBlocks = {
    getElementById: (id) => {
      state.asked.push(id);
      return state.removed || text === null ? null : { textContent: text, remove: () => void (state.removed = true) };
    },
  };
  return { page, state };
}

describe('scriptSafeJson', () => {
  it('leaves no "<" for an HTML parser to end the block on, and JSON.parse reads the same value back', () => {
    const value = { text: 'a </script><script>alert(1)</script> <!-- b --> c\\<d', list: ['<', '</SCRIPT >', '\u2028'] };
    const safe = scriptSafeJson(JSON.stringify(value));
    expect(safe).not.toContain('<');
    expect(JSON.parse(safe)).toEqual(value);
  });

  it('changes nothing else', () => {
    const json = JSON.stringify({ a: 'plain text, "quoted" & \\ escaped > more', n: [1, 2.5, null, true] });
    expect(scriptSafeJson(json)).toBe(json);
  });
});

describe('takeInlineGraph', () => {
  it('parses the block and takes it out of the page, so a second start fetches the file instead', () => {
    const { page, state } = pageWith(scriptSafeJson(JSON.stringify({ nodes: [{ key: '<b>' }], edges: [] })));
    expect(takeInlineGraph(page)).toEqual({ ok: true, raw: { nodes: [{ key: '<b>' }], edges: [] } });
    expect(state).toEqual({ asked: [GRAPH_BLOCK_ID], removed: true });
    expect(takeInlineGraph(page)).toBeNull();
  });

  it('is null on a page that carries no graph', () => {
    expect(takeInlineGraph(pageWith(null).page)).toBeNull();
  });

  it('says what is wrong with a block that is not JSON, instead of throwing', () => {
    const got = takeInlineGraph(pageWith('{"nodes": [').page);
    expect(got).toMatchObject({ ok: false });
    expect(got?.ok === false && got.problem).toMatch(/^the graph in the page is not JSON \(.+\)$/);
  });
});

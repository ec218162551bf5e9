/**
 * A small graph comes inside the page, in a JSON data block, rather than as a file of its own.
 * Chromium's first fetch() on a page held the main thread 40–70 ms before the request even left,
 * about a tenth of the seed graph's first render; a data block costs only its parse. A big graph
 * is still fetched (boot/fetchGraph.ts), so that the page can show how far its download has got.
 * The build writes the block (vite.config.ts); main.ts takes it out of the page and reads it.
 */
import { type Fetched, parseGraph } from './fetchGraph.ts';

/** The id of the data block. */
export const GRAPH_BLOCK_ID = 'dyad-graph';

/**
 * Graphs up to this many bytes come inside the page: past it, a download long enough to notice
 * would show no progress. The seed graph is about 150 KB; 1,000 relations are about 1 MB.
 */
export const INLINE_GRAPH_MAX_BYTES = 1_000_000;

/**
 * `json` as it may stand inside <script type="application/json">. An HTML parser ends the element
 * at "</script" and treats "<!--" specially, so no "<" may be left: outside strings JSON has none,
 * and inside them "\u003c" is the same character to JSON.parse. A sentence of an article, which is
 * untrusted text, cannot close the block and become markup.
 */
export function scriptSafeJson(json: string): string {
  return json.replaceAll('<', '\\u003c');
}

/** The page as takeInlineGraph needs it (a test passes a stand-in). */
export interface PageWithBlocks {
  getElementById(id: string): { textContent: string | null; remove(): void } | null;
}

/**
 * The graph the page carries, parsed, or null when it carries none (a big graph, the dev server).
 * The block leaves the page as it is read: its text is no longer kept twice, and a second start
 * ("Try again") fetches the graph's own file.
 */
export function takeInlineGraph(page: PageWithBlocks): Fetched | null {
  const block = page.getElementById(GRAPH_BLOCK_ID);
  if (!block) return null;
  block.remove();
  return parseGraph(block.textContent ?? '', 'the graph in the page');
}

/** Builds the bare Cytoscape page (bare/) for one set of elements and serves it like the explorer. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElementDefinition } from 'cytoscape';
import { build } from 'vite';
import type { GraphFile } from '../../graph-data/schema.ts';
import { serve } from '../../tests/e2e/server.ts';

const ROOT = fileURLToPath(new URL('./bare/', import.meta.url));

/**
 * The graph as bare cytoscape elements: ids and ends only. The explorer's element data is there
 * for its stylesheet and panels; the bare page draws with cytoscape's defaults and needs none.
 */
export function bareElements(graph: GraphFile): ElementDefinition[] {
  return [
    ...graph.nodes.map((n): ElementDefinition => ({ group: 'nodes', data: { id: n.key } })),
    ...graph.edges.map((e): ElementDefinition => ({ group: 'edges', data: { id: e.key, source: e.source, target: e.target } })),
  ];
}

/** A served build of the bare page; `close` stops the server and deletes the build. */
export interface BuiltPage {
  url: string;
  close: () => Promise<void>;
}

/** Production build of bare/ with the elements bundled in, as the explorer bundles its graph. */
export async function buildBare(graph: GraphFile): Promise<BuiltPage> {
  const work = mkdtempSync(join(tmpdir(), 'dyad-bare-'));
  const outDir = join(work, 'dist');
  const elements = join(work, 'elements.json');
  writeFileSync(elements, JSON.stringify(bareElements(graph)));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      mode: 'production',
      // The elements are bundled in, as the explorer bundles its graph: big chunks are expected.
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1e6 },
      resolve: { alias: [{ find: 'dyad-bench-elements', replacement: elements }] },
    });
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  const server = await serve(outDir);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

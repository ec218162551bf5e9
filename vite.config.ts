/** Vite config of the explorer: sources in app/, static files in public/, the build in dist/. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { GraphFile } from './graph-data/schema.ts';
import { GRAPH_BLOCK_ID, INLINE_GRAPH_MAX_BYTES, scriptSafeJson } from './app/boot/inlineGraph.ts';
import { CSP, devPolicy } from './app/csp.ts';
import { firstView } from './app/model/first-view.ts';
import { danglingEnds } from './app/model/load.ts';
import { isGraphFile } from './graph-data/graph-check.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Dev server only: relaxes the meta tag for the refresh preamble and CSS hot reload. */
function devCsp(): Plugin {
  return {
    name: 'dyad-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(CSP, devPolicy(CSP)),
  };
}

/** The graph file main.ts imports (by URL), as a resolver sees it: aliases applied, query dropped. */
async function graphFile(resolveId: (id: string, importer: string) => Promise<{ id: string } | null>): Promise<string> {
  const resolved = await resolveId('../graph-data/graph.json', at('./app/main.ts'));
  return resolve(resolved?.id.split('?')[0] ?? at('./graph-data/graph.json'));
}

/**
 * Dev server only: reloads the page when graph.json changes (npm run build:graph -- --watch). The
 * app fetches the graph by URL rather than importing it, and Vite does not hot-update a URL, so
 * this watches the very file the app's import resolves to (aliases included) and reloads.
 */
function reloadOnNewGraph(): Plugin {
  return {
    name: 'dyad-reload-on-new-graph',
    apply: 'serve',
    async configureServer(server) {
      const { pluginContainer } = server.environments.client;
      const graph = await graphFile((id, importer) => pluginContainer.resolveId(id, importer));
      server.watcher.add(graph);
      server.watcher.on('change', (file) => {
        if (resolve(file) === graph) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

const FIRST_VIEW_MODULE = 'virtual:dyad-first-view';
/** The first view's asset name; the build adds a content hash, as to every asset. */
const FIRST_VIEW_NAME = 'graph.view.json';

/** True when `text` goes inside the page: then it needs no first view, and no preload. */
const comesInPage = (text: string): boolean => Buffer.byteLength(text) <= INLINE_GRAPH_MAX_BYTES;

/** The graph in `text` when the explorer will open it, else null (it then says what is wrong, from graph.json). */
function openable(text: string): GraphFile | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  return isGraphFile(raw) && danglingEnds(raw).length === 0 ? raw : null;
}

/**
 * The module main.ts reads the first view's URL from (app/boot/first-view-url.d.ts). A build of a
 * graph too big to come inside the page gets its first view (app/model/first-view.ts) as an asset
 * of its own, made here from the very file main.ts imports (aliases included), so the two cannot
 * disagree. Null for a small graph, for one the explorer will refuse (it shows why from the
 * graph itself), and on the dev server, which reloads the page on a new graph.json and has no
 * build to hold a first view made from the old one.
 */
function firstViewOfGraph(): Plugin {
  let building = false;
  const none = 'export default null;';
  return {
    name: 'dyad-first-view',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === FIRST_VIEW_MODULE ? `\0${FIRST_VIEW_MODULE}` : null),
    async load(id) {
      if (id !== `\0${FIRST_VIEW_MODULE}`) return null;
      if (!building) return none;
      const file = await graphFile((i, importer) => this.resolve(i, importer));
      this.addWatchFile(file);
      const text = readFileSync(file, 'utf8');
      const graph = comesInPage(text) ? null : openable(text);
      if (!graph) return none;
      const ref = this.emitFile({ type: 'asset', name: FIRST_VIEW_NAME, source: JSON.stringify(firstView(graph)) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

/**
 * Build only: the graph main.ts reads at once (the asset its graph import resolves to, so a swapped
 * graph, the tests' alias, is handled too) is put where the page finds it soonest:
 * - a small one inside the page, as a JSON data block (app/boot/inlineGraph.ts says why);
 * - for a big one, what the page draws first behind a preload link, fetched while the entry script
 *   still loads: its first view (firstViewOfGraph), or the graph itself when it has none. The
 *   link's CORS mode is fetch()'s default, so fetch() reuses the response. The graph itself is
 *   fetched once the first view is drawn: preloaded, its download would contend with the page's
 *   first frame for the same two cores.
 * The article texts, loaded only when a sentence is opened, are not. Nor is the explorer's chunk
 * (mount.tsx) preloaded: main.ts imports it once the graph is drawn (its header says why).
 */
function graphWithPage(): Plugin {
  let base = '/';
  let root = '';
  let graph = '';
  return {
    name: 'dyad-graph-with-page',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    async buildStart() {
      graph = await graphFile((id, importer) => this.resolve(id, importer));
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx): HtmlTagDescriptor[] => {
        const assets = Object.values(ctx.bundle ?? {}).filter((out) => out.type === 'asset');
        const own = assets.find((out) => out.originalFileNames.some((f) => resolve(root, f) === graph));
        if (!own) return [];
        const text = typeof own.source === 'string' ? own.source : new TextDecoder().decode(own.source);
        if (comesInPage(text)) {
          // Without graph.json's indentation, a third less to send and to parse. `children` goes
          // into the page as it is: scriptSafeJson is what keeps it data.
          const json = scriptSafeJson(JSON.stringify(JSON.parse(text)));
          return [{ tag: 'script', attrs: { type: 'application/json', id: GRAPH_BLOCK_ID }, children: json, injectTo: 'body' }];
        }
        // What the page draws first: the graph's first view when it has one, else the graph.
        const first = assets.find((out) => out.names.includes(FIRST_VIEW_NAME)) ?? own;
        return [{ tag: 'link', attrs: { rel: 'preload', href: `${base}${first.fileName}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  root: at('./app'),
  publicDir: at('./public'),
  plugins: [react(), devCsp(), reloadOnNewGraph(), firstViewOfGraph(), graphWithPage()],
  // Cytoscape makes most of the entry chunk (about 590 KB), React and the panels most of the
  // explorer's (about 275 KB); what counts, the gzipped JavaScript of the first load, is held
  // under 350 KB by tests/e2e/scale.test.ts, so Vite's generic 500 KB warning would only be noise.
  // The manifest (dist/.vite/manifest.json) names the explorer's chunk for that test: the page
  // fetches it at once, though no tag in index.html names it.
  build: {
    outDir: at('./dist'), emptyOutDir: true, chunkSizeWarningLimit: 1000, manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // zod, the switch that keeps it from probing eval (zod-jitless.ts), the schemas and the
            // app's modules that define schemas, in one chunk and in import order, so that the
            // switch is flipped before any schema is made (a probe under the CSP is a violation).
            // The first view loads none of it: only a graph that fails its check, the article texts
            // and snapshots do. Their plain dependencies (shapes.ts, bounds.ts, view.ts) stay where
            // the first view has them; pulled in here, they would bring the chunk into it.
            {
              name: 'schema',
              test: /node_modules\/zod\/|\/app\/zod-jitless\.ts$|\/graph-data\/schema\.ts$|\/app\/model\/contract\.ts$|\/app\/state\/(bound-schemas|snapshot-schema)\.ts$/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  // The header repeats the meta tag, so a policy the meta tag cannot express can be added later.
  preview: { port: 5173, strictPort: true, headers: { 'Content-Security-Policy': CSP } },
});

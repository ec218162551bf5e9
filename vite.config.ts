/** Vite config of the explorer: sources in app/, static files in public/, the build in dist/. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { CSP, devPolicy } from './app/csp.ts';

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

/**
 * Build only: preload links for what main.ts asks for only once it has run, so that the browser
 * fetches them while it is still loading and running the entry script:
 * - the graph file (fetched at once), the asset main.ts's graph import resolves to, so a swapped
 *   graph (the tests' alias) is preloaded too; the article texts, loaded only when a sentence is
 *   opened, are not. The link's CORS mode is fetch()'s default, so fetch() reuses the response;
 * - the explorer's chunk (mount.tsx: React and the panels) and the chunks it imports, imported once
 *   the graph is drawn: fetched and compiled meanwhile, run then.
 */
function preloadStart(): Plugin {
  let base = '/';
  let root = '';
  let graph = '';
  const explorer = at('./app/mount.tsx');
  return {
    name: 'dyad-preload-start',
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
      handler: (html, ctx) => {
        const outputs = Object.values(ctx.bundle ?? {});
        const graphs = outputs.filter((out) => out.type === 'asset' && out.originalFileNames.some((f) => resolve(root, f) === graph));
        const mount = outputs.find((out) => out.type === 'chunk' && out.facadeModuleId === explorer);
        const modules = mount?.type === 'chunk' ? [mount.fileName, ...mount.imports] : [];
        return [
          ...graphs.map((out) => ({ tag: 'link', attrs: { rel: 'preload', href: `${base}${out.fileName}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const })),
          // Those the entry imports already have their link from Vite.
          ...modules.filter((file) => !html.includes(`${base}${file}"`)).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `${base}${file}`, crossorigin: '' }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: at('./app'),
  publicDir: at('./public'),
  plugins: [react(), devCsp(), reloadOnNewGraph(), preloadStart()],
  // Cytoscape and React make most of the first view's one big chunk (about 870 KB, 270 KB gzipped);
  // what counts, the gzipped JavaScript of the first load, is held under 350 KB by
  // tests/e2e/scale.test.ts, so Vite's generic 500 KB warning would only be noise.
  build: {
    outDir: at('./dist'), emptyOutDir: true, chunkSizeWarningLimit: 1000,
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

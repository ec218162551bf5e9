/** Vite config of the explorer: sources in app/, static files in public/, the build in dist/. */
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

export default defineConfig({
  root: at('./app'),
  publicDir: at('./public'),
  plugins: [react(), devCsp()],
  build: { outDir: at('./dist'), emptyOutDir: true },
  server: { port: 5173 },
  // The header repeats the meta tag, so a policy the meta tag cannot express can be added later.
  preview: { port: 5173, strictPort: true, headers: { 'Content-Security-Policy': CSP } },
});

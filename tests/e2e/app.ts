/** Builds the app for a browser test, optionally against another graph file, and serves it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { build } from 'vite';
import { launchChromium } from './chromium.ts';
import { serve } from './server.ts';

const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** A served production build in `dir`; `close` stops the server and deletes the build. */
export interface BuiltApp {
  url: string;
  dir: string;
  close: () => Promise<void>;
}

/**
 * Runs `vite build` with the project's config into a temporary folder. With `graphFile`, an alias
 * swaps graph-data/graph.json for it at build time, so the app itself carries no test hook.
 */
export async function buildAndServe(graphFile?: string): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
  // Vitest sets NODE_ENV=test and Vite keeps a NODE_ENV it finds, which would bundle React's
  // development build: the tests must see the same production build that `npm start` serves.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: CONFIG,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
      // The app imports the graph's URL (graph.json?url&…): the query is kept, the file swapped.
      resolve: graphFile ? { alias: [{ find: /^.*\/graph-data\/graph\.json(\?.*)?$/, replacement: `${graphFile}$1` }] } : {},
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await serve(outDir);
  return {
    url: server.url,
    dir: outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * For one describe block: builds and serves the app and launches Chromium before its tests, hands
 * both to `ready`, and closes them after.
 */
export function servedApp(ready: (browser: Browser, app: BuiltApp) => void): void {
  let browser: Browser | undefined;
  let app: BuiltApp | undefined;
  beforeAll(async () => {
    app = await buildAndServe();
    browser = await launchChromium();
    ready(browser, app);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
}

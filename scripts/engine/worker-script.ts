/**
 * The build workers' code as one plain JavaScript module. Loaded as TypeScript through tsx, a pool
 * of two workers took about 0.85 s to start: tsx compiles in a hooks thread of its own and every
 * one of the pipeline's modules went through it. Bundled once per build here by esbuild (the
 * compiler tsx itself uses), in about 0.1 s, the workers load a single file and start in half the time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type BuildSync = typeof import('esbuild').buildSync;

const PREFIX = 'build-worker-';
const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));
// Inside the project's node_modules, so that the bundle's imports of packages (left out of it)
// resolve as the sources' do; and not in the repository.
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/dyad/', import.meta.url));

/** The esbuild API, or null where it is not installed: the workers then load the sources through tsx. */
function esbuild(): BuildSync | null {
  try {
    return (createRequire(import.meta.url)('esbuild') as typeof import('esbuild')).buildSync;
  } catch {
    return null;
  }
}

/** The bundled worker module, or why there is none (the workers then load the sources, slower to start). */
export type WorkerModule = { url: URL } | { url: null; why: string };

/**
 * The bundled worker module, written into node_modules/.cache under a name that is the hash of its
 * code (a changed source gives a new file; an unchanged one is not written again), or why it
 * could not be made. `build` is esbuild's, or null where esbuild is not installed.
 */
export function bundledWorker(build: BuildSync | null = esbuild()): WorkerModule {
  if (!build) return { url: null, why: 'esbuild is not installed' };
  try {
    const result = build({
      entryPoints: [ENTRY], bundle: true, platform: 'node', format: 'esm', target: 'node20',
      // Packages stay out: bundling them too made the bundle ten times bigger and no faster to start.
      packages: 'external', write: false, logLevel: 'silent',
    });
    const code = result.outputFiles?.[0]?.text;
    if (!code) return { url: null, why: 'esbuild gave no code' };
    const file = join(CACHE, `${PREFIX}${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(CACHE, { recursive: true });
      // Written beside and renamed: two builds starting at once never load a half-written file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
      // The bundles of earlier sources are of no more use (another build's partial file is left alone).
      for (const old of readdirSync(CACHE)) {
        if (old.startsWith(PREFIX) && old.endsWith('.mjs') && join(CACHE, old) !== file) rmSync(join(CACHE, old), { force: true });
      }
    }
    return { url: pathToFileURL(file) };
  } catch (e) {
    // esbuild's own message, first line: which file it could not read, or which source it could not parse.
    return { url: null, why: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'esbuild failed' };
  }
}

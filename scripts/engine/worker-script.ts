/**
 * The build workers' code as one plain JavaScript module. Loaded as TypeScript through tsx, a pool
 * of two workers took about 0.85 s to start: tsx compiles in a hooks thread of its own and every
 * one of the pipeline's modules went through it. Bundled by esbuild (the compiler tsx itself uses),
 * the workers load a single file and start in half the time. Bundling takes about 0.1 s, on this
 * thread, before any worker can start; so the bundle is kept with the list of the sources it was
 * made from, and made again only when one of them has changed (reading them back takes a few ms).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type BuildSync = typeof import('esbuild').buildSync;

const PREFIX = 'build-worker-';
/** The record of the current bundle: its file, and a hash of each source it was made from. */
const MANIFEST = `${PREFIX}sources.json`;
const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project's node_modules, so that the bundle's imports of packages (left out of it)
// resolve as the sources' do; and not in the repository.
const CACHE = join(ROOT, 'node_modules/.cache/dyad/');

const OPTIONS = {
  bundle: true, platform: 'node', format: 'esm', target: 'node20',
  // Packages stay out: bundling them too made the bundle ten times bigger and no faster to start.
  packages: 'external', write: false, logLevel: 'silent', metafile: true, absWorkingDir: ROOT,
} as const;

/** The esbuild module, or null where it is not installed: the workers then load the sources through tsx. */
function esbuild(): typeof import('esbuild') | null {
  try {
    return createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  } catch {
    return null;
  }
}

/** The bundled worker module, or why there is none (the workers then load the sources, slower to start). */
export type WorkerModule = { url: URL } | { url: null; why: string };

interface Manifest {
  /** What else decides the bundle's code: the entry and the options. */
  key: string;
  /** The bundle's file name in the cache folder. */
  bundle: string;
  /** Each source the bundle was made from (absolute path) and the hash of its bytes. */
  sources: Record<string, string>;
}

const hash = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The hash of a file's bytes, or null when it cannot be read. */
function hashOf(path: string): string | null {
  try {
    return hash(readFileSync(path));
  } catch {
    return null;
  }
}

/** The bundle the manifest records, when it was made with `key` and none of its sources has changed since. */
function kept(cache: string, key: string): URL | null {
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(join(cache, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null; // none yet, or unreadable: bundled afresh, and the manifest rewritten
  }
  const file = join(cache, String(m.bundle));
  if (m.key !== key || !existsSync(file) || typeof m.sources !== 'object' || m.sources === null) return null;
  for (const [path, h] of Object.entries(m.sources)) if (hashOf(path) !== h) return null;
  return pathToFileURL(file);
}

/** Writes `text` to `file` beside and renames it: a build starting at the same time never reads half a file. */
function writeWhole(file: string, text: string): void {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/**
 * The bundled worker module (of `entry`), kept in `cache` under a name that is the hash of its
 * code, or why it could not be made. `build` is esbuild's, or null where esbuild is not installed.
 */
export function bundledWorker(build: BuildSync | null = esbuild()?.buildSync ?? null, { entry = ENTRY, cache = CACHE } = {}): WorkerModule {
  if (!build) return { url: null, why: 'esbuild is not installed' };
  // The installed esbuild's version too: a new esbuild may bundle the same sources differently.
  const key = JSON.stringify({ entry, OPTIONS, esbuild: esbuild()?.version ?? 'none' });
  const ready = kept(cache, key);
  if (ready) return { url: ready };
  try {
    const result = build({ entryPoints: [entry], ...OPTIONS });
    const code = result.outputFiles?.[0]?.text;
    if (!code) return { url: null, why: 'esbuild gave no code' };
    const name = `${PREFIX}${hash(code).slice(0, 16)}.mjs`;
    const file = join(cache, name);
    mkdirSync(cache, { recursive: true });
    if (!existsSync(file)) {
      writeWhole(file, code);
      // The bundles of earlier sources are of no more use (another build's partial file is left alone).
      for (const old of readdirSync(cache)) {
        if (old.startsWith(PREFIX) && old.endsWith('.mjs') && old !== name) rmSync(join(cache, old), { force: true });
      }
    }
    // Hashed after bundling: a source changed meanwhile then fails the next check, and is bundled again.
    // tsconfig.json too: esbuild reads its compiler options.
    const paths = [...Object.keys(result.metafile?.inputs ?? {}), 'tsconfig.json'].map((p) => resolve(ROOT, p));
    const sources = Object.fromEntries(paths.map((p) => [p, hashOf(p) ?? '']));
    writeWhole(join(cache, MANIFEST), JSON.stringify({ key, bundle: name, sources } satisfies Manifest));
    return { url: pathToFileURL(file) };
  } catch (e) {
    // esbuild's own message, first line: which file it could not read, or which source it could not parse.
    return { url: null, why: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'esbuild failed' };
  }
}

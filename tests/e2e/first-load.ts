/**
 * What a first visit to a build loads before the explorer is up: the entry script and what it
 * imports statically, and the explorer's chunk (mount.tsx), which the entry imports as soon as
 * the graph is drawn, with what that imports statically. Chunks loaded on demand are not in it.
 * Read from Vite's manifest (vite.config.ts writes it), which knows each chunk's imports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of dist/.vite/manifest.json: its file, and the manifest keys of its static imports. */
interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The manifest keys of the first load: the page's entry, and the explorer's chunk (its source path, from app/). */
export const FIRST_LOAD_KEYS = ['index.html', 'mount.tsx'];

/** The files of `keys` and of everything they import statically, as paths inside the build. */
export function chunkFiles(manifest: Record<string, ManifestChunk>, keys: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build's manifest has no chunk "${key}"`);
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const key of keys) visit(key);
  return [...files].sort();
}

/** Every script of the first load of the build in `dir`, as paths inside it. */
export function firstLoadScripts(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  return chunkFiles(manifest, FIRST_LOAD_KEYS).filter((file) => file.endsWith('.js'));
}

/** Their size gzipped at the best level, as a static host serving precompressed files sends them. */
export function gzippedBytes(dir: string, paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(dir, p)), { level: 9 }).length, 0);
}

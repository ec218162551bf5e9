/**
 * What a first visit to a build must load before anything else: the scripts index.html runs, the
 * modules it preloads, and whatever those import statically. Lazily loaded chunks are not in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const attribute = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1] ?? null;

/** The scripts and modulepreloads of index.html, as paths inside the build ("assets/index-….js"). */
export function htmlScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attribute(m[0], 'src'));
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => attribute(m[0], 'href'));
  return [...scripts, ...preloads].filter((p): p is string => p !== null).map((p) => p.replace(/^\//, ''));
}

/** Chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1]!.slice(2));
}

/** Every script of the first load of the build in `dir`, as paths inside it. */
export function firstLoadScripts(dir: string): string[] {
  const found = new Set<string>();
  const visit = (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    for (const next of staticImports(readFileSync(join(dir, path), 'utf8'))) visit(folder + next);
  };
  for (const path of htmlScripts(readFileSync(join(dir, 'index.html'), 'utf8'))) visit(path);
  return [...found].sort();
}

/** Their size gzipped at the best level, as a static host serving precompressed files sends them. */
export function gzippedBytes(dir: string, paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(dir, p)), { level: 9 }).length, 0);
}

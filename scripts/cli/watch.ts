/**
 * Watch mode: build, then rebuild whenever an article or a dictionary changes. Changes are
 * debounced (an editor's save or a copy of many files is one change), a rebuild never overlaps
 * another (a change during a build queues one more), and a failed build is reported, not fatal.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ARTICLE_EXT } from '../pipeline/articles.ts';
import type { BuildOptions } from './args.ts';
import { buildOnce, type Deps, type Io } from './build-once.ts';

/** Quiet time after the last change before a rebuild starts. */
export const DEBOUNCE_MS = 300;

/** Which file names in a folder count as a change. */
type Accept = (name: string | null) => boolean;

/** The folders to watch: the articles folder for articles, the dictionaries' folders for those two files. */
export function watchTargets(opts: BuildOptions): Map<string, Accept[]> {
  const targets = new Map<string, Accept[]>();
  const add = (dir: string, accept: Accept): void => {
    const key = resolve(dir);
    targets.set(key, [...(targets.get(key) ?? []), accept]);
  };
  // A null name (some platforms do not say) might be anything: rebuild to be safe.
  add(opts.articles, (name) => name === null || ARTICLE_EXT.test(name));
  for (const file of [opts.actors, opts.relations]) add(dirname(file), (name) => name === null || name === basename(file));
  return targets;
}

/** One watcher per folder, calling `onChange` with the name of an accepted file; all or none. */
function watchFolders(targets: Map<string, Accept[]>, onChange: (name: string) => void, onError: (dir: string, e: NodeJS.ErrnoException) => void): FSWatcher[] {
  const watchers: FSWatcher[] = [];
  try {
    for (const [dir, accepts] of targets) {
      const w = watch(dir, (_event, name) => void (accepts.some((ok) => ok(name)) && onChange(name ?? dir)));
      // A folder that goes away ends its watcher: say so rather than crash.
      w.on('error', (e: NodeJS.ErrnoException) => onError(dir, e));
      watchers.push(w);
    }
    return watchers;
  } catch (e) {
    watchers.forEach((w) => w.close());
    throw e;
  }
}

/** Builds, then rebuilds on every change until `deps.signal` aborts; returns 0, or 1 when a folder cannot be watched. */
export async function watchBuilds(opts: BuildOptions, io: Io, deps: Deps & { signal: AbortSignal }): Promise<number> {
  const { signal } = deps;
  const say = (line: string): void => void (opts.quiet || io.stderr.write(`build-graph: ${line}\n`));
  let due = false;
  let changed = '';
  let wake: (() => void) | null = null;
  let timer: NodeJS.Timeout | undefined;
  const poke = (name: string): void => {
    changed = name;
    clearTimeout(timer);
    timer = setTimeout(() => {
      due = true;
      wake?.();
    }, deps.debounceMs ?? DEBOUNCE_MS);
  };
  let watchers: FSWatcher[];
  try {
    watchers = watchFolders(watchTargets(opts), poke, (dir, e) => io.stderr.write(`build-graph: stopped watching ${dir} (${e.code ?? e.message})\n`));
  } catch (e) {
    io.stderr.write(`build-graph: cannot watch for changes (${(e as NodeJS.ErrnoException).code ?? String(e)}): ${(e as { path?: string }).path ?? opts.articles}\n`);
    return 1;
  }
  const stop = (): void => wake?.();
  signal.addEventListener('abort', stop);
  // Not deps.onBuilt?.(await buildOnce(…)): without onBuilt that would skip the build itself.
  const build = async (): Promise<void> => {
    const code = await buildOnce(opts, io, deps);
    deps.onBuilt?.(code);
  };
  try {
    await build();
    say(`watching ${[...watchTargets(opts).keys()].join(' and ')} (Ctrl-C to stop)`);
    while (!signal.aborted) {
      if (!due) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (signal.aborted) break;
      due = false;
      say(`${changed} changed: rebuilding`);
      await build();
    }
    return 0;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
    watchers.forEach((w) => w.close());
  }
}

/** How many threads read a build's articles: the main one alone, or N workers. */
import { availableParallelism } from 'node:os';

/**
 * Below this much text a build is over before a worker has loaded the pipeline and warmed up (a
 * second or two of CPU each); above it, every core pays for itself.
 */
export const LARGE_CORPUS_BYTES = 2_000_000;

/** The requested count (never more than there are articles), or all cores for a large corpus and 1 for a small one. */
export function chooseWorkers(requested: number | null, totalBytes: number, articles: number, cores = availableParallelism()): number {
  const n = requested ?? (totalBytes > LARGE_CORPUS_BYTES ? cores : 1);
  return Math.max(1, Math.min(n, articles));
}

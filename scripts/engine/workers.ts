/** How many threads read a build's articles: the main one alone, or it and N - 1 workers. */
import { availableParallelism } from 'node:os';

/**
 * Below this much text a build is over before the workers pay for themselves: each loads the
 * pipeline (a second) and then needs about five seconds before its code runs at full speed, the
 * compiler's work on the hot paths competing with the articles for the cores. Measured on 2 cores:
 * two workers took 1.1 times as long as this thread alone on 5 MB, as long on 10 MB, and two
 * thirds as long on 50 MB.
 */
export const LARGE_CORPUS_BYTES = 16_000_000;

/** The requested count (never more than there are articles), or all cores for a large corpus and 1 for a small one. */
export function chooseWorkers(requested: number | null, totalBytes: number, articles: number, cores = availableParallelism()): number {
  const n = requested ?? (totalBytes > LARGE_CORPUS_BYTES ? cores : 1);
  return Math.max(1, Math.min(n, articles));
}

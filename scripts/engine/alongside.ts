/**
 * Workers and this thread reading articles together. A build on N threads runs N - 1 workers and
 * reads on this one too, whenever the workers' queues are full: one isolate fewer to start and to
 * warm up, and half the digests never cross between threads. Each article is read where there is
 * room at the moment it comes up, so this thread, which also merges and writes, takes what share
 * it can rather than a fixed one (a fixed half made it the slowest thread, and the build ran 1.4
 * times as fast as one thread). On 50 MB with two threads this took 17.4-18.8 s (median 17.7)
 * where two workers took 17.8-18.4 s (median 18.1), in eight interleaved pairs; this thread read
 * 48% of the articles.
 */
import type { CorpusDates } from '../pipeline/dating.ts';
import { yieldToEvents } from './breathe.ts';
import { QUEUED_PER_WORKER, type Pool } from './pool.ts';
import type { Digester } from './stream.ts';

/** A digester that sends each article to the workers while they have room, and reads it `here` when they have none. */
export function alongside(pool: Pick<Pool, 'submit' | 'flush' | 'pending' | 'size'>, here: Digester, corpus: CorpusDates): Digester {
  const room = pool.size * QUEUED_PER_WORKER;
  let readHere = false;
  return {
    digest(entry) {
      readHere = pool.pending() >= room;
      return readHere ? here.digest(entry) : pool.submit(entry, corpus);
    },
    async flush() {
      await Promise.all([pool.flush(), here.flush()]);
    },
    workers: pool.size + 1,
    // The article just read here kept this thread from the workers' answers: take them in now.
    pace: () => (readHere ? yieldToEvents() : null),
  };
}

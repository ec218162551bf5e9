/**
 * Worker threads that read articles. The n-th article or batch goes to worker n mod N: a fixed split,
 * so which thread read an article never depends on timing (the merge is in id order anyway).
 * Workers open the files themselves: the main thread only sends where an article lies, and its
 * text crosses back once, as the bytes the texts file stores, moved rather than copied. Its
 * evidence does not cross at all: each worker appends it to a scratch file of its own (spill.ts).
 */
import { Worker } from 'node:worker_threads';
import type { ArticleEntry } from '../pipeline/articles.ts';
import type { CorpusDates } from '../pipeline/dating.ts';
import type { Dictionaries } from '../pipeline/index.ts';
import type { StoredDigest } from './digest.ts';
import { fromWire, type WireError } from './wire.ts';
import { bundledWorker } from './worker-script.ts';

/**
 * What a worker is asked to do: one article's digest, the publication dates of a few, or to write
 * out the evidence it still holds.
 */
export type Job =
  | { kind: 'digest'; entry: ArticleEntry; corpus: CorpusDates }
  | { kind: 'dates'; entries: ArticleEntry[] }
  | { kind: 'scratch'; fd: number; spill: number }
  | { kind: 'flush' };

/** What each kind of job answers. */
export interface Answers {
  digest: StoredDigest;
  dates: (string | null)[];
  scratch: null;
  flush: null;
}

/** Reads articles on other threads. */
export interface Pool {
  /** The digest of one article, read against the corpus's dates. */
  submit(entry: ArticleEntry, corpus: CorpusDates): Promise<StoredDigest>;
  /** The publication date each of `entries` gives itself (articleDate), in their order. */
  dates(entries: ArticleEntry[]): Promise<(string | null)[]>;
  /**
   * Gives worker i the scratch file open at fds[i] (scratch file number i) for its evidence;
   * before any digest. Not at start: the survey runs before the outputs' folder is touched.
   */
  scratch(fds: number[]): Promise<void>;
  /** Resolves once every worker has written out all the evidence it was given. */
  flush(): Promise<void>;
  /** Stops every worker; pending jobs are rejected. */
  close(): Promise<void>;
  /** Why the workers load the sources rather than the bundled module, or null when they load the bundle (or were asked to load the sources). */
  readonly fallback: string | null;
}

type Reply = { seq: number; answer: unknown } | { seq: number; error: WireError };

// Where the bundle cannot be made: Node 20 does not run a worker's --import hooks before its entry
// module, so tsx cannot load a .ts entry from execArgv; the worker registers tsx through its API
// and then imports the entry.
const FROM_SOURCES = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); });
`;

/**
 * Starts `size` workers, each with the dictionaries. They run the bundled worker module, or the
 * sources through tsx where it cannot be made (or `fromSources` asks: the tests compare the two).
 */
export function startPool(size: number, dicts: Dictionaries, { fromSources = false } = {}): Pool {
  const module = fromSources ? null : bundledWorker();
  const bundle = module?.url ?? null;
  const spawn = (): Worker =>
    bundle
      ? // No execArgv: the parent's --import tsx would load tsx into the worker for nothing.
        new Worker(bundle, { workerData: { dicts }, execArgv: [] })
      : new Worker(FROM_SOURCES, {
          eval: true,
          workerData: { dicts, entry: new URL('./worker.ts', import.meta.url).href, tsx: import.meta.resolve('tsx/esm/api') },
        });
  const pending = new Map<number, { resolve: (answer: unknown) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const fail = (e: Error): void => {
    failure ??= e;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const w = spawn();
    w.on('message', (r: Reply) => {
      const p = pending.get(r.seq);
      pending.delete(r.seq);
      if ('error' in r) p?.reject(fromWire(r.error));
      else p?.resolve(r.answer);
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a build worker stopped with exit code ${code}`));
    });
    return w;
  });
  let seq = 0;
  let turn = 0;
  const run = <J extends Job>(job: J, worker = turn++ % size): Promise<Answers[J['kind']]> => {
    if (failure) return Promise.reject(failure);
    const n = seq++;
    return new Promise((resolve, reject) => {
      pending.set(n, { resolve: resolve as (answer: unknown) => void, reject });
      workers[worker]?.postMessage({ seq: n, job });
    });
  };
  /** Sends worker i the job `jobFor(i)`, to every worker, and waits for them all. */
  const everyWorker = async (jobFor: (i: number) => Job): Promise<void> => void (await Promise.all(workers.map((_, i) => run(jobFor(i), i))));
  return {
    submit: (entry, corpus) => run({ kind: 'digest', entry, corpus }),
    dates: (entries) => run({ kind: 'dates', entries }),
    scratch: (fds) => everyWorker((i) => ({ kind: 'scratch', fd: fds[i] ?? -1, spill: i })),
    // Queued behind each worker's digests, so it answers once they are all written.
    flush: () => everyWorker(() => ({ kind: 'flush' })),
    async close() {
      failure ??= new Error('the worker pool is closed');
      fail(failure);
      await Promise.all(workers.map((w) => w.terminate()));
    },
    fallback: module && !module.url ? module.why : null,
  };
}

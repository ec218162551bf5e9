/**
 * Worker threads that read articles. Each article or batch goes to whichever worker has the fewest
 * jobs queued (the first of them on a tie), and no worker holds more than a few: when the host
 * slows one core, the other reads on rather than waiting for the slow one's queue to drain. Which
 * thread read an article changes nothing written: the merge is in id order, and evidence is found
 * by where it lies, in whichever scratch file.
 * Workers open the files themselves: the main thread only sends where an article lies, and its
 * text crosses back once, as the bytes the texts file stores, moved rather than copied. Its
 * evidence does not cross at all: each worker appends it to a scratch file of its own (spill.ts).
 */
import { Worker } from 'node:worker_threads';
import type { ArticleEntry } from '../pipeline/articles.ts';
import type { CorpusDates } from '../pipeline/dating.ts';
import type { Dictionaries } from '../pipeline/index.ts';
import type { StoredDigest } from './digest.ts';
import { leanCompiles } from './lean-compiles.ts';
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
  /** Jobs sent or waiting and not yet answered. */
  pending(): number;
  /** How many workers it has. */
  readonly size: number;
  /** Stops every worker; pending jobs are rejected. */
  close(): Promise<void>;
  /** Why the workers load the sources rather than the bundled module, or null when they load the bundle (or were asked to load the sources). */
  readonly fallback: string | null;
}

type Reply = { seq: number; answer: unknown } | { seq: number; error: WireError };

/** What crosses to a worker: several jobs at once, each answered in the one message that comes back. */
export interface Batch {
  items: { seq: number; job: Job }[];
}
/** A worker's answer to a batch: a reply for each of its jobs, in order. */
export interface Replies {
  replies: Reply[];
}

/**
 * Jobs queued at one worker at most; the rest wait here for the first worker to have room. Enough
 * that a worker never runs dry while this thread waits for a core (an article takes a few
 * milliseconds; this thread can be off its core for tens of them), and few enough that a worker
 * slowed by the host holds back only that many of the articles the merge waits for.
 */
export const QUEUED_PER_WORKER = 12;

/**
 * Jobs sent to a worker in one message at most. Each message back wakes this thread, and with both
 * cores busy every wake-up takes one from a worker: one message per article made two workers switch
 * threads about six times per article (34,000 switches on 20 MB, against 8,900 for one thread).
 */
export const JOBS_PER_MESSAGE = 4;

/** The worker with the fewest jobs queued (the first of them on a tie), or null when all have `cap`. */
export function pickWorker(queued: readonly number[], cap: number): number | null {
  let best: number | null = null;
  queued.forEach((n, i) => {
    if (n < cap && (best === null || n < (queued[best] ?? 0))) best = i;
  });
  return best;
}

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
  leanCompiles();
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
  /** Jobs sent to each worker and not yet answered. */
  const queued = new Array<number>(size).fill(0);
  /** Jobs for any worker, waiting for one to have room. */
  const waiting: { n: number; job: Job }[] = [];
  // The last job put in `waiting`: they leave it in order, so once it is answered, all were sent.
  let lastWaiting: Promise<unknown> = Promise.resolve();
  let failure: Error | null = null;
  const fail = (e: Error): void => {
    failure ??= e;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
    waiting.length = 0;
  };
  const workers = Array.from({ length: size }, (_, i) => {
    const w = spawn();
    w.on('message', ({ replies }: Replies) => {
      for (const r of replies) {
        const p = pending.get(r.seq);
        pending.delete(r.seq);
        if ('error' in r) p?.reject(fromWire(r.error));
        else p?.resolve(r.answer);
      }
      queued[i] = (queued[i] ?? replies.length) - replies.length;
      dispatch();
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a build worker stopped with exit code ${code}`));
    });
    return w;
  });
  let seq = 0;
  const send = (items: { n: number; job: Job }[], worker: number): void => {
    queued[worker] = (queued[worker] ?? 0) + items.length;
    workers[worker]?.postMessage({ items: items.map(({ n, job }) => ({ seq: n, job })) } satisfies Batch);
  };
  /** Sends waiting jobs, oldest first, a few at a time to the worker with the fewest queued, while one has room. */
  const dispatch = (): void => {
    for (let to = pickWorker(queued, QUEUED_PER_WORKER); to !== null && waiting.length; to = pickWorker(queued, QUEUED_PER_WORKER)) {
      send(waiting.splice(0, Math.min(JOBS_PER_MESSAGE, QUEUED_PER_WORKER - (queued[to] ?? 0))), to);
    }
  };
  /** Runs a job on the given worker, or on the first to have room. */
  const run = <J extends Job>(job: J, worker?: number): Promise<Answers[J['kind']]> => {
    if (failure) return Promise.reject(failure);
    const n = seq++;
    const answer = new Promise<Answers[J['kind']]>((resolve, reject) => pending.set(n, { resolve: resolve as (answer: unknown) => void, reject }));
    if (worker !== undefined) send([{ n, job }], worker);
    else {
      lastWaiting = answer;
      waiting.push({ n, job });
      dispatch();
    }
    return answer;
  };
  /** Sends worker i the job `jobFor(i)`, to every worker, and waits for them all. */
  const everyWorker = async (jobFor: (i: number) => Job): Promise<void> => void (await Promise.all(workers.map((_, i) => run(jobFor(i), i))));
  return {
    submit: (entry, corpus) => run({ kind: 'digest', entry, corpus }),
    dates: (entries) => run({ kind: 'dates', entries }),
    scratch: (fds) => everyWorker((i) => ({ kind: 'scratch', fd: fds[i] ?? -1, spill: i })),
    pending: () => waiting.length + queued.reduce((n, q) => n + q, 0),
    // Sent once every digest has gone to a worker (the last that waited is answered), and queued
    // there behind them, so it answers once they are all written.
    async flush() {
      await lastWaiting.catch(() => undefined); // a failure is reported by the flush itself, below
      await everyWorker(() => ({ kind: 'flush' }));
    },
    async close() {
      failure ??= new Error('the worker pool is closed');
      fail(failure);
      await Promise.all(workers.map((w) => w.terminate()));
    },
    fallback: module && !module.url ? module.why : null,
    size,
  };
}

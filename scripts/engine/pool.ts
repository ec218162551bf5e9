/**
 * Worker threads that read articles. The n-th job submitted goes to worker n mod N: a fixed split,
 * so which thread read an article never depends on timing (the merge is in id order anyway).
 * Workers open the files themselves: the main thread only sends where an article lies, and its
 * text crosses back once, as the bytes the texts file stores, moved rather than copied.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleEntry } from '../pipeline/articles.ts';
import type { CorpusDates } from '../pipeline/dating.ts';
import type { Dictionaries } from '../pipeline/index.ts';
import type { ArticleDigest } from './digest.ts';
import { fromWire, type WireError } from './wire.ts';

/** What a worker is asked to do: one article's digest, or the publication dates of a few. */
export type Job = { kind: 'digest'; entry: ArticleEntry; corpus: CorpusDates } | { kind: 'dates'; entries: ArticleEntry[] };

/** What each kind of job answers. */
export interface Answers {
  digest: ArticleDigest;
  dates: (string | null)[];
}

/** Reads articles on other threads. */
export interface Pool {
  /** The digest of one article, read against the corpus's dates. */
  submit(entry: ArticleEntry, corpus: CorpusDates): Promise<ArticleDigest>;
  /** The publication date each of `entries` gives itself (articleDate), in their order. */
  dates(entries: ArticleEntry[]): Promise<(string | null)[]>;
  /** Stops every worker; pending jobs are rejected. */
  close(): Promise<void>;
}

type Reply = { seq: number; answer: unknown } | { seq: number; error: WireError };

// Node 20 does not run a worker's --import hooks before its entry module, so tsx cannot load a
// .ts entry from execArgv; the worker registers tsx through its API and then imports the entry.
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); });
`;

/** Starts `size` workers, each with the dictionaries. */
export function startPool(size: number, dicts: Dictionaries): Pool {
  const entry = new URL('./worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const pending = new Map<number, { resolve: (answer: unknown) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const fail = (e: Error): void => {
    failure ??= e;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(BOOT, { eval: true, workerData: { dicts, entry, tsx } });
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
  const run = <J extends Job>(job: J): Promise<Answers[J['kind']]> => {
    if (failure) return Promise.reject(failure);
    const n = seq++;
    return new Promise((resolve, reject) => {
      pending.set(n, { resolve: resolve as (answer: unknown) => void, reject });
      workers[n % size]?.postMessage({ seq: n, job });
    });
  };
  return {
    submit: (entry, corpus) => run({ kind: 'digest', entry, corpus }),
    dates: (entries) => run({ kind: 'dates', entries }),
    async close() {
      failure ??= new Error('the worker pool is closed');
      fail(failure);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Worker threads that digest articles. The n-th article submitted goes to worker n mod N: a fixed
 * split, so which thread read an article never depends on timing (the merge is in id order anyway).
 */
import { Worker } from 'node:worker_threads';
import type { CorpusDates } from '../pipeline/dating.ts';
import type { Dictionaries } from '../pipeline/index.ts';
import type { SourceFile } from '../pipeline/types.ts';
import type { ArticleDigest } from './digest.ts';
import { fromWire, type WireError } from './wire.ts';

/** Digests articles on other threads. */
export interface Pool {
  submit(source: SourceFile, corpus: CorpusDates): Promise<ArticleDigest>;
  /** Stops every worker; pending articles are rejected. */
  close(): Promise<void>;
}

type Reply = { seq: number; digest: ArticleDigest } | { seq: number; error: WireError };

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
  const pending = new Map<number, { resolve: (d: ArticleDigest) => void; reject: (e: Error) => void }>();
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
      else p?.resolve(r.digest);
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a build worker stopped with exit code ${code}`));
    });
    return w;
  });
  let seq = 0;
  return {
    submit(source, corpus) {
      if (failure) return Promise.reject(failure);
      const n = seq++;
      return new Promise((resolve, reject) => {
        pending.set(n, { resolve, reject });
        workers[n % size]?.postMessage({ seq: n, source, corpus });
      });
    },
    async close() {
      failure ??= new Error('the worker pool is closed');
      fail(failure);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * The loop of a build: articles taken one at a time in id order, read and digested (on this
 * thread, each at once, or on workers, in the background), and merged in the same order, each
 * text written out as it is merged. A few articles are in flight at a time; nothing else of them
 * stays in memory.
 */
import { readArticle, type ArticleEntry } from '../pipeline/articles.ts';
import type { StoredDigest } from './digest.ts';
import type { Progress } from './run.ts';
import { addDigest, newTotals, type Totals } from './totals.ts';
import { isArrayIndex, jsonKeyOrder, type textsWriter } from './write-texts.ts';

/** Articles queued per worker at most (see the window below). */
const IN_FLIGHT_PER_WORKER = 32;

/** Reads and digests articles: on this thread (each at once) or on workers (in the background). */
export interface Digester {
  digest(entry: ArticleEntry): Promise<StoredDigest>;
  /** Resolves once every piece of evidence of the digests made so far is in its scratch file. */
  flush(): Promise<void>;
  /** Threads making digests when workers help (this one among them, see alongside.ts); 0 when every digest is made here alone. */
  workers: number;
  /**
   * Awaited after each article is handed over: a turn of the event loop where this thread has just
   * read one itself (alongside.ts: the workers' answers come in, and they are sent more), or now
   * and then on this thread alone (signals come in: the work there never waits for anything).
   */
  pace?: (() => Promise<void> | null) | undefined;
}

/** Where the loop puts things and whom it tells. */
export interface Sinks {
  texts: ReturnType<typeof textsWriter>;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: Progress) => void) | undefined;
}

/** Reads, digests and merges every article; returns the totals. Throws the first error of any article. */
export async function streamArticles(entries: ArticleEntry[], digester: Digester, sinks: Sinks): Promise<Totals> {
  const started = performance.now();
  const totals = newTotals();
  const totalBytes = entries.reduce((n, e) => n + e.bytes, 0);
  // JSON lists array-index keys ("7", "12") before all others: those texts go first.
  for (const id of jsonKeyOrder(entries.map((e) => e.id)).filter(isArrayIndex)) {
    const entry = entries.find((e) => e.id === id);
    if (entry) sinks.texts.add(id, readArticle(entry).text);
  }
  // Enough articles in flight that every worker always has some queued, even while this thread
  // waits for a core: with two workers busy on two cores it is often descheduled for longer than
  // a few articles take. Twelve in flight for two workers left each idle 1.6-2 s of a 40 s build
  // on 50 MB; thirty-two each, 0.3-0.8 s. The pool queues only a few at each worker and holds the
  // rest (pool.ts), so a worker the host slows holds back only its few, and the other reads on
  // through the rest of the window. An article in flight holds only its digest: a few dozen KB.
  const window = digester.workers ? digester.workers * IN_FLIGHT_PER_WORKER : 1;
  const inFlight: { entry: ArticleEntry; digest: Promise<StoredDigest> }[] = [];
  const done = { bytes: 0, articles: 0 };
  const settle = async (): Promise<void> => {
    const next = inFlight.shift();
    if (!next) return;
    const digest = await next.digest;
    if (!isArrayIndex(next.entry.id)) sinks.texts.add(next.entry.id, digest.text);
    addDigest(totals, digest);
    done.bytes += next.entry.bytes;
    done.articles++;
    const elapsedMs = performance.now() - started;
    sinks.onProgress?.({ doneBytes: done.bytes, totalBytes, doneArticles: done.articles, totalArticles: entries.length, elapsedMs });
  };
  for (const entry of entries) {
    sinks.signal?.throwIfAborted();
    const pending = digester.digest(entry);
    pending.catch(() => undefined); // awaited in turn below; after a failure nobody awaits the rest
    inFlight.push({ entry, digest: pending });
    await digester.pace?.();
    if (inFlight.length >= window) await settle();
  }
  while (inFlight.length) await settle();
  sinks.signal?.throwIfAborted();
  return totals;
}

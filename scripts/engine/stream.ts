/**
 * The loop of a build: articles read one at a time in id order, their texts written out at once,
 * their digests (made here or on workers) merged in the same order. A few articles are in flight
 * at a time; nothing else of them stays in memory.
 */
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { readArticle, type ArticleEntry } from '../pipeline/articles.ts';
import type { SourceFile } from '../pipeline/types.ts';
import type { ArticleDigest } from './digest.ts';
import type { Progress } from './run.ts';
import type { Spill } from './spill.ts';
import { addDigest, newTotals, type Totals } from './totals.ts';
import { isArrayIndex, jsonKeyOrder, type textsWriter } from './write-texts.ts';

/** Makes digests: on this thread (each at once) or on workers (in the background). */
export interface Digester {
  digest(source: SourceFile): Promise<ArticleDigest>;
  /** Worker threads making digests besides this one; 0 when every digest is made here. */
  workers: number;
}

/** Where the loop puts things and whom it tells. */
export interface Sinks {
  texts: ReturnType<typeof textsWriter>;
  spill: Spill;
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
  // Enough articles in flight that every worker always has some queued.
  const window = digester.workers ? (digester.workers + 1) * 4 : 1;
  const inFlight: { bytes: number; digest: Promise<ArticleDigest> }[] = [];
  const done = { bytes: 0, articles: 0 };
  const settle = async (): Promise<void> => {
    const next = inFlight.shift();
    if (!next) return;
    addDigest(totals, await next.digest, (bytes) => sinks.spill.append(bytes));
    done.bytes += next.bytes;
    done.articles++;
    const elapsedMs = performance.now() - started;
    sinks.onProgress?.({ doneBytes: done.bytes, totalBytes, doneArticles: done.articles, totalArticles: entries.length, elapsedMs });
  };
  let breath = performance.now();
  for (const entry of entries) {
    sinks.signal?.throwIfAborted();
    const source = readArticle(entry);
    if (!isArrayIndex(entry.id)) sinks.texts.add(entry.id, source.text);
    const pending = digester.digest(source);
    pending.catch(() => undefined); // awaited in turn below; after a failure nobody awaits the rest
    inFlight.push({ bytes: entry.bytes, digest: pending });
    if (inFlight.length >= window) await settle();
    // On this thread the work never waits for anything: let signals (Ctrl-C) in now and then.
    if (!digester.workers && performance.now() - breath > 100) {
      await yieldToEvents();
      breath = performance.now();
    }
  }
  while (inFlight.length) await settle();
  sinks.signal?.throwIfAborted();
  return totals;
}

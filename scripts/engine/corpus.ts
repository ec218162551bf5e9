/**
 * The pre-pass of a build: what each article's analysis needs to know of the whole corpus, read
 * before any article is analysed. Today that is one day, the reference undated articles are
 * dated against (pipeline/dating.ts); the pass reads each article's date (articleDate, a clean cut
 * short) and keeps nothing else, so it costs a read per article, and memory for one date.
 */
import { articleDate } from '../pipeline/article-clean.ts';
import { readArticle, type ArticleEntry } from '../pipeline/articles.ts';
import { corpusReference, type CorpusDates } from '../pipeline/dating.ts';
import { everyFew, yieldToEvents } from './breathe.ts';
import type { Pool } from './pool.ts';

/** Articles per message when workers survey: few messages, and a signal is heeded between batches. */
const BATCH = 64;

/** The publication date an article gives itself, read from its file. */
export const dateOf = (entry: ArticleEntry): string | null => articleDate(readArticle(entry));

/** The corpus's dates, from every article's own publication date (none inferred). */
export async function surveyCorpus(entries: ArticleEntry[], signal?: AbortSignal): Promise<CorpusDates> {
  const dates: (string | null)[] = [];
  const breathe = everyFew();
  for (const entry of entries) {
    signal?.throwIfAborted();
    dates.push(dateOf(entry));
    await breathe(); // signals (Ctrl-C) come in now and then, as in the build loop
  }
  return { reference: corpusReference(dates) };
}

/** Survey batches queued per worker at most: beyond them this thread surveys the next batch itself. */
const SURVEY_QUEUE = 2;

/**
 * The same survey on the workers and this thread together, in batches: each batch goes to the
 * workers while they have room, and is read here when they have none (as alongside.ts shares out
 * the articles).
 */
export async function surveyAlongside(pool: Pick<Pool, 'dates' | 'pending' | 'size'>, entries: ArticleEntry[], signal?: AbortSignal): Promise<CorpusDates> {
  const batches: Promise<(string | null)[]>[] = [];
  for (let i = 0; i < entries.length; i += BATCH) {
    signal?.throwIfAborted();
    const slice = entries.slice(i, i + BATCH);
    const here = pool.pending() >= SURVEY_QUEUE * pool.size;
    const batch = here ? settled(() => slice.map(dateOf)) : pool.dates(slice);
    batch.catch(() => undefined); // awaited in order below; after a failure nobody awaits the rest
    batches.push(batch);
    // Read here, the batch kept this thread from the workers' answers: take them in now.
    if (here) await yieldToEvents();
  }
  const dates: (string | null)[] = [];
  // In order, so that of several unreadable articles the first in id order is the one reported.
  for (const batch of batches) {
    signal?.throwIfAborted();
    dates.push(...(await batch));
  }
  return { reference: corpusReference(dates) };
}

/** What `work` returns, or the error it throws, as a promise: read now, reported in its turn. */
function settled<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (e) {
    return Promise.reject(e);
  }
}

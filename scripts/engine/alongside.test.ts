/** Sharing articles and survey batches between the workers and this thread, with a stand-in pool. */
import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../pipeline/articles.ts';
import { NO_CORPUS } from '../pipeline/dating.ts';
import { alongside } from './alongside.ts';
import { surveyAlongside } from './corpus.ts';
import type { StoredDigest } from './digest.ts';
import { QUEUED_PER_WORKER } from './pool.ts';
import type { Digester } from './stream.ts';

const entry = (id: string): ArticleEntry => ({ id, file: `${id}.txt`, path: `/nowhere/${id}.txt`, bytes: 10 });
const digestOf = (where: string, id: string) => ({ where, id }) as unknown as StoredDigest;

/** A pool of `size` workers that answers only when told to; `pending` counts what it holds. */
function standInPool(size: number) {
  const held: { id: string; answer: (d: StoredDigest) => void }[] = [];
  let flushed = 0;
  return {
    size,
    held,
    flushed: () => flushed,
    pending: () => held.length,
    submit: (e: ArticleEntry) => new Promise<StoredDigest>((answer) => held.push({ id: e.id, answer })),
    flush: async () => void flushed++,
    dates: (es: ArticleEntry[]) => new Promise<(string | null)[]>((answer) => held.push({ id: es[0]?.id ?? '', answer: () => answer(es.map(() => '2025-10-20')) })),
    answerAll: () => held.splice(0).forEach((h) => h.answer(digestOf('worker', h.id))),
  };
}

function hereDigester(): Digester & { read: string[]; flushed: number } {
  const d = {
    read: [] as string[],
    flushed: 0,
    workers: 0,
    digest: async (e: ArticleEntry) => (d.read.push(e.id), digestOf('here', e.id)),
    flush: async () => void d.flushed++,
  };
  return d;
}

describe('alongside', () => {
  it('sends articles to the workers while they have room, reads the rest here, and paces only after those', async () => {
    const pool = standInPool(2);
    const here = hereDigester();
    const d = alongside(pool, here, NO_CORPUS);
    expect(d.workers).toBe(3);
    const room = 2 * QUEUED_PER_WORKER;
    const ids = Array.from({ length: room + 3 }, (_, i) => `a${i}`);
    const answers = ids.map((id) => {
      const answer = d.digest(entry(id));
      return { answer, paced: d.pace?.() ?? null };
    });
    expect(pool.held.map((h) => h.id)).toEqual(ids.slice(0, room));
    expect(here.read).toEqual(ids.slice(room));
    expect(answers.slice(0, room).every((a) => a.paced === null)).toBe(true);
    expect(answers.slice(room).every((a) => a.paced instanceof Promise)).toBe(true);
    pool.answerAll();
    const got = await Promise.all(answers.map((a) => a.answer));
    expect(got.map((g) => (g as unknown as { where: string }).where)).toEqual([...Array(room).fill('worker'), 'here', 'here', 'here']);
    // Room again: the next article goes to the workers.
    void d.digest(entry('next'));
    expect(pool.held.map((h) => h.id)).toEqual(['next']);
    await d.flush();
    expect([pool.flushed(), here.flushed]).toEqual([1, 1]);
  });
});

describe('surveyAlongside', () => {
  it('reads batches here while the workers hold enough, and reports the first unreadable article in id order', async () => {
    const pool = standInPool(1);
    // 64 articles a batch: 2 batches fill one worker, the third is read here, where it fails.
    const entries = Array.from({ length: 64 * 4 }, (_, i) => entry(`e${String(i).padStart(3, '0')}`));
    const survey = surveyAlongside(pool, entries);
    await new Promise((r) => setImmediate(r));
    expect(pool.held.map((h) => h.id)).toEqual(['e000', 'e064']);
    pool.answerAll();
    // The batch read here names a file that does not exist: its error comes after the workers' dates.
    await expect(survey).rejects.toThrow(/e128\.txt/);
  });

  it('gives the reference of the dates the workers and this thread found', async () => {
    const pool = standInPool(4);
    const entries = Array.from({ length: 64 * 3 }, (_, i) => entry(`e${i}`));
    const survey = surveyAlongside(pool, entries);
    await new Promise((r) => setImmediate(r));
    expect(pool.held).toHaveLength(3);
    pool.answerAll();
    expect(await survey).toEqual({ reference: '2025-10-20' });
  });
});

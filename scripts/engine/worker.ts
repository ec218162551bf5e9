/** A build worker: compiles the dictionaries once, then reads each article it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle, type Dictionaries } from '../pipeline/index.ts';
import { compileLexicon } from '../pipeline/lexicon.ts';
import { dateOf } from './corpus.ts';
import { digestEntry } from './digest.ts';
import type { Job } from './pool.ts';
import { toWire } from './wire.ts';

const lex = compileLexicon((workerData as { dicts: Dictionaries }).dicts);

parentPort?.on('message', ({ seq, job }: { seq: number; job: Job }) => {
  try {
    if (job.kind === 'dates') {
      parentPort?.postMessage({ seq, answer: job.entries.map(dateOf) });
      return;
    }
    const digest = digestEntry(job.entry, (source) => analyseArticle(source, lex, job.corpus));
    parentPort?.postMessage({ seq, answer: digest }, [digest.evidence.buffer as ArrayBuffer, digest.text.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ seq, error: toWire(e) });
  }
});

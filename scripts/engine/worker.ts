/**
 * A build worker: compiles the dictionaries once, then reads each article it is sent, and appends
 * the article's evidence to its scratch file rather than sending it back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle, type Dictionaries } from '../pipeline/index.ts';
import { compileLexicon } from '../pipeline/lexicon.ts';
import { dateOf } from './corpus.ts';
import { digestEntry } from './digest.ts';
import type { Answers, Job, PooledDigest } from './pool.ts';
import { appender, type Appender } from './spill.ts';
import { toWire } from './wire.ts';

const lex = compileLexicon((workerData as { dicts: Dictionaries }).dicts);
/** The scratch file this worker's evidence goes to, and its number; given before any digest. */
let scratch: { evidence: Appender; spill: number } | null = null;

parentPort?.on('message', ({ seq, job }: { seq: number; job: Job }) => {
  try {
    if (job.kind === 'dates') {
      const answer: Answers['dates'] = job.entries.map(dateOf);
      parentPort?.postMessage({ seq, answer });
      return;
    }
    if (job.kind === 'scratch' || job.kind === 'flush') {
      if (job.kind === 'scratch') scratch = { evidence: appender(job.fd), spill: job.spill };
      else scratch?.evidence.flush();
      parentPort?.postMessage({ seq, answer: null });
      return;
    }
    if (!scratch) throw new Error('a build worker was sent an article before its scratch file');
    const digest = digestEntry(job.entry, (source) => analyseArticle(source, lex, job.corpus));
    const answer: PooledDigest = { ...digest, evidence: { spill: scratch.spill, at: scratch.evidence.append(digest.evidence) } };
    parentPort?.postMessage({ seq, answer }, [digest.text.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ seq, error: toWire(e) });
  }
});

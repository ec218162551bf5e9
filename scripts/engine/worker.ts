/**
 * A build worker: compiles the dictionaries once, then reads each article it is sent, and appends
 * the article's evidence to its scratch file rather than sending it back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle } from '../pipeline/analyse.ts';
import type { Dictionaries } from '../pipeline/index.ts';
import { compileLexicon } from '../pipeline/lexicon.ts';
import { dateOf } from './corpus.ts';
import { digestEntry, storeEvidence } from './digest.ts';
import type { Answers, Batch, Job, Replies } from './pool.ts';
import { appender, type Appender } from './spill.ts';
import { toWire } from './wire.ts';

const lex = compileLexicon((workerData as { dicts: Dictionaries }).dicts);
/** The scratch file this worker's evidence goes to, and its number; given before any digest. */
let scratch: { evidence: Appender; spill: number } | null = null;

/** The answer to a job that is not an article. */
function chore(job: Exclude<Job, { kind: 'digest' }>): Answers['dates'] | null {
  switch (job.kind) {
    case 'dates':
      return job.entries.map(dateOf);
    case 'scratch':
      scratch = { evidence: appender(job.fd), spill: job.spill };
      return null;
    case 'flush':
      scratch?.evidence.flush();
      return null;
  }
}

/** One job's reply, and the buffer its answer moves across (an article's stored text), if any. */
function reply(seq: number, job: Job): { reply: Replies['replies'][number]; moved: ArrayBuffer | null } {
  try {
    if (job.kind !== 'digest') return { reply: { seq, answer: chore(job) }, moved: null };
    if (!scratch) throw new Error('a build worker was sent an article before its scratch file');
    const digest = digestEntry(job.entry, (source) => analyseArticle(source, lex, job.corpus));
    const answer: Answers['digest'] = storeEvidence(digest, scratch.evidence, scratch.spill);
    // The text is moved across, not copied: nothing here needs it again.
    return { reply: { seq, answer }, moved: digest.text.buffer as ArrayBuffer };
  } catch (e) {
    return { reply: { seq, error: toWire(e) }, moved: null };
  }
}

parentPort?.on('message', ({ items }: Batch) => {
  const done = items.map(({ seq, job }) => reply(seq, job));
  const moved = done.flatMap((d) => (d.moved ? [d.moved] : []));
  parentPort?.postMessage({ replies: done.map((d) => d.reply) } satisfies Replies, moved);
});

/** A build worker: compiles the dictionaries once, then turns each article it is sent into a digest. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusDates } from '../pipeline/dating.ts';
import { analyseArticle, type Dictionaries } from '../pipeline/index.ts';
import { compileLexicon } from '../pipeline/lexicon.ts';
import type { SourceFile } from '../pipeline/types.ts';
import { digestArticle } from './digest.ts';
import { toWire } from './wire.ts';

const lex = compileLexicon((workerData as { dicts: Dictionaries }).dicts);

parentPort?.on('message', ({ seq, source, corpus }: { seq: number; source: SourceFile; corpus: CorpusDates }) => {
  try {
    const digest = digestArticle(analyseArticle(source, lex, corpus), source.text);
    parentPort?.postMessage({ seq, digest }, [digest.evidence.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ seq, error: toWire(e) });
  }
});

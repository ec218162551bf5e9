/**
 * The build as a stream: articles are read one at a time in id order, digested on this thread or
 * on workers, and merged in id order, so the bytes written never depend on the number of workers.
 * Only the articles in flight are held in memory; evidence waits in a spill file beside the output.
 */
import { analyseArticle, type BuildSummary, type Diagnostic, type Dictionaries, type ArticlePart } from '../pipeline/index.ts';
import { NO_CORPUS, type CorpusDates } from '../pipeline/dating.ts';
import { compileLexicon, type Lexicon } from '../pipeline/lexicon.ts';
import { listArticleFolder } from '../pipeline/articles.ts';
import type { SourceFile } from '../pipeline/types.ts';
import { everyFew } from './breathe.ts';
import { checkEnvelope } from './check.ts';
import { alongside } from './alongside.ts';
import { surveyAlongside, surveyCorpus } from './corpus.ts';
import { digestEntry, storeEvidence } from './digest.ts';
import { commit, discard, guard, stage, tempSibling, type Staged } from './output.ts';
import { startPool } from './pool.ts';
import { appender, openSpill, type Spill } from './spill.ts';
import { streamArticles, type Digester } from './stream.ts';
import { diagnosticsOf, edgesOf, nodesOf, summaryOf } from './totals.ts';
import { skeleton, writeGraph } from './write-graph.ts';
import { textsWriter } from './write-texts.ts';
import { chooseWorkers } from './workers.ts';

/** How far the build has got, for a progress line. */
export interface Progress {
  doneBytes: number;
  totalBytes: number;
  doneArticles: number;
  totalArticles: number;
  elapsedMs: number;
}

/** The analysis of one article; replaced only by tests, which then run on this thread. */
export type Analyse = (source: SourceFile, lex: Lexicon, corpus: CorpusDates) => ArticlePart;

export interface RunOptions {
  articles: string;
  out: string;
  texts: string;
  dicts: Dictionaries;
  /** Threads to read the articles with (1: this one; N: N - 1 workers beside it), or null to choose from the corpus size and the cores. */
  workers: number | null;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  analyse?: Analyse;
}

/** What the build found, for the report. */
export interface RunOutcome {
  summary: BuildSummary;
  nodes: number;
  edges: number;
  diagnostics: Diagnostic[];
  notices: string[];
  /** Threads that read the articles (this one alone, or it and the workers). */
  workers: number;
}

/** A scratch file beside the output; a failure names the output, as for its own temporary. */
const openScratch = (out: string): Spill => guard(out, () => openSpill(tempSibling(out, 'spill.tmp')));

/** Digests made on this thread, each article's evidence appended to scratch file number `spill`, open at `fd`, as a worker does with its own. */
function onThisThread(analyse: (source: SourceFile) => ArticlePart, spill: number, fd: number): Digester {
  const scratch = appender(fd);
  return {
    digest: async (entry) => storeEvidence(digestEntry(entry, analyse), scratch, spill),
    flush: async () => scratch.flush(),
    workers: 0,
    pace: everyFew(),
  };
}

/** Builds graph.json and its texts file from a folder of articles; nothing is written on failure. */
export async function runBuild(o: RunOptions): Promise<RunOutcome> {
  const { entries, notices: listed } = listArticleFolder(o.articles);
  const notices = [...listed];
  const lex = compileLexicon(o.dicts);
  const workers = o.analyse ? 1 : chooseWorkers(o.workers, entries.reduce((n, e) => n + e.bytes, 0), entries.length);
  const outputs: Staged[] = [];
  // The evidence's scratch files, one per thread that reads articles: worker i writes to number i
  // directly, and this thread to the last.
  const spills: Spill[] = [];
  // N threads read articles: this one alone, or N - 1 workers (each article to the least busy,
  // see pool.ts) and this one whenever their queues are full (alongside.ts).
  // The workers open the files themselves, for the survey as for the digests: a text read here
  // and posted to a worker was copied twice on its way, by a thread the workers wait on.
  const analyse = o.analyse ?? analyseArticle;
  let corpus: CorpusDates = NO_CORPUS;
  const pool = workers > 1 ? startPool(workers - 1, o.dicts) : null;
  // Still a correct build, but a slower one to start: say why, so it can be put right.
  if (pool?.fallback) notices.push(`the build workers load the sources, which starts them slower: their bundle could not be made (${pool.fallback})`);
  try {
    // Every article is read against the same corpus facts, whichever thread reads it.
    corpus = await (pool ? surveyAlongside(pool, entries, o.signal) : surveyCorpus(entries, o.signal));
    const graphFile = stage(o.out);
    outputs.push(graphFile);
    const textsFile = stage(o.texts);
    outputs.push(textsFile);
    for (let i = 0; i < workers; i++) spills.push(openScratch(o.out));
    await pool?.scratch(spills.map((s) => s.fd));
    const here = onThisThread((source) => analyse(source, lex, corpus), spills.length - 1, (spills[spills.length - 1] as Spill).fd);
    const digester: Digester = pool ? alongside(pool, here, corpus) : here;
    const texts = textsWriter(textsFile);
    const totals = await streamArticles(entries, digester, { texts, signal: o.signal, onProgress: o.onProgress });
    texts.end();
    await digester.flush();
    const nodes = nodesOf(totals, lex);
    const edges = edgesOf(totals);
    checkEnvelope(nodes, edges);
    writeGraph(graphFile, skeleton(totals.metas, nodes, edges), edges, spills);
    commit(outputs);
    return { summary: summaryOf(totals), nodes: nodes.length, edges: edges.length, diagnostics: diagnosticsOf(totals), notices, workers };
  } catch (e) {
    discard(outputs);
    throw e;
  } finally {
    // The workers first: they write to the scratch files until they stop.
    await pool?.close();
    for (const s of spills) s.dispose();
  }
}

/**
 * One measured job, run in a child process so that its peak memory is its own: prints one JSON
 * line with the time the work took (process start-up and module loading left out) and peak RSS.
 *   child.ts build ARTICLES OUT WORKERS   the build, as npm run build:graph runs it
 *   child.ts wink ARTICLES                wink-nlp's readDoc over the same files, one by one
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { main } from '../build-graph.ts';

/** What a job reports back. */
export interface JobResult {
  ms: number;
  /** CPU time of the work, every thread of the process: less swayed than `ms` by other loads. */
  cpuMs: number;
  sentences: number;
  /** Peak resident set size of the whole process, workers included, in bytes. */
  peakRss: number;
  /** The machine's one-minute load average when the work began and when it ended. */
  load: [number, number];
}

type Work = Pick<JobResult, 'ms' | 'cpuMs' | 'sentences'>;

/** Times `work`: wall clock and CPU of every thread. */
async function timed(work: () => Promise<number>): Promise<Work> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const sentences = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, sentences };
}

async function build(articles: string, out: string, workers: string): Promise<Work> {
  let report = '';
  let errors = '';
  const io = { stdout: { write: (t: string) => (report += t) }, stderr: { write: (t: string) => (errors += t) } };
  return timed(async () => {
    const code = await main(['--articles', articles, '--out', out, '--workers', workers], io);
    if (code !== 0) throw new Error(`build-graph exited ${code}: ${errors}`);
    return Number(/(\d+) sentences/.exec(report)?.[1] ?? NaN);
  });
}

async function wink(articles: string): Promise<Work> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model); // the default pipeline: sentences, negation, sentiment, entities, POS
  const files = readdirSync(articles).sort();
  return timed(async () => {
    let sentences = 0;
    for (const f of files) sentences += nlp.readDoc(readFileSync(join(articles, f), 'utf8')).sentences().length();
    return sentences;
  });
}

const [job, ...args] = process.argv.slice(2);
const load = loadavg()[0] ?? 0;
const result = job === 'wink' ? await wink(args[0] ?? '') : await build(args[0] ?? '', args[1] ?? '', args[2] ?? '1');
const report: JobResult = { ...result, peakRss: process.resourceUsage().maxRSS * 1024, load: [load, loadavg()[0] ?? 0] };
process.stdout.write(JSON.stringify(report) + '\n');

/**
 * npm run bench: build throughput and memory on corpora of about 5 and 50 MB, with one worker
 * and with every core, against wink-nlp's readDoc over the same text in the same run; then, in
 * Chromium, the explorer against a bare Cytoscape page (browser.ts). Writes .bench/report.md and
 * .bench/report.json (git-ignored: the figures belong to one machine). Not part of npm test;
 * takes about half an hour (--quick: sizes divided by ten, one round, a shorter browser half).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBrowser, type BrowserReport } from './browser.ts';
import type { JobResult } from './child.ts';
import { makeCorpus, splitCorpus, type Corpus } from './corpus.ts';
import { browserChecks } from './report-browser.ts';
import { analyse, mbPerS, toMarkdown, type Report, type Run } from './report.ts';

const repo = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
// --quick: a tenth of the sizes, and a shorter browser half without the 20,000-edge graph, to
// try the bench out in a few minutes.
const QUICK = process.argv.includes('--quick');
const SCALE = QUICK ? 0.1 : 1;
/**
 * Rounds of the build half: the machine's speed drifts from minute to minute (the same build's
 * CPU time has varied by a fifth between runs here), and one round per corpus let that drift
 * decide the ratios. Three rounds give a median.
 */
const ROUNDS = QUICK ? 1 : 3;
const SIZES = [5, 50].map((mb) => ({ name: `${mb * SCALE} MB`, bytes: mb * SCALE * 1e6 })) as [{ name: string; bytes: number }, { name: string; bytes: number }];

/** Runs one job in a child process; its result and how long the whole process took. */
function job(args: string[]): Promise<JobResult & { processMs: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) reject(new Error(`bench job ${args.join(' ')} exited ${code}`));
      else resolve({ ...(JSON.parse(last) as JobResult), processMs: performance.now() - started });
    });
  });
}

async function measure(corpus: string, c: Pick<Corpus, 'dir' | 'bytes'>, tool: Run['tool'], workers: number, out: string): Promise<Run> {
  process.stderr.write(`bench: ${corpus}, ${tool === 'wink' ? 'wink-nlp readDoc' : `build, ${workers} worker${workers > 1 ? 's' : ''}`} … `);
  const r = await job(tool === 'wink' ? ['wink', c.dir] : ['build', c.dir, out, String(workers)]);
  const run: Run = { corpus, tool, workers, bytes: c.bytes, ...r };
  process.stderr.write(`${(r.ms / 1000).toFixed(1)} s, ${mbPerS(run).toFixed(2)} MB/s, peak ${(r.peakRss / 1e6).toFixed(0)} MB\n`);
  return run;
}

/**
 * The machine's own ceiling for the all-cores build: the corpus dealt out in `parts.length` shares,
 * each built by a one-thread build in a process of its own, all at once; the run takes as long as
 * the slowest. Nothing is shared between them, so what they gain over one worker is what the cores
 * give at that moment (on a shared virtual machine, well under their number).
 */
async function measureSplit(corpus: string, parts: Corpus[], out: string): Promise<Run> {
  process.stderr.write(`bench: ${corpus}, ${parts.length} one-thread builds of a share each, at once … `);
  const rs = await Promise.all(parts.map((p, i) => job(['build', p.dir, join(out, `part${i}.json`), '1'])));
  type Done = (typeof rs)[number];
  const sum = (f: (r: Done) => number) => rs.reduce((n, r) => n + f(r), 0);
  const max = (f: (r: Done) => number) => Math.max(...rs.map(f));
  const run: Run = {
    corpus, tool: 'split', workers: parts.length, bytes: parts.reduce((n, p) => n + p.bytes, 0),
    ms: max((r) => r.ms), processMs: max((r) => r.processMs), cpuMs: sum((r) => r.cpuMs), sentences: sum((r) => r.sentences),
    // The processes ran side by side: the machine held all of them at once.
    peakRss: sum((r) => r.peakRss), load: [Math.min(...rs.map((r) => r.load[0])), max((r) => r.load[1])],
  };
  process.stderr.write(`${(run.ms / 1000).toFixed(1)} s, ${mbPerS(run).toFixed(2)} MB/s\n`);
  return run;
}

/** The browser half; whatever goes wrong there is reported, and the build figures are kept. */
async function browserHalf(work: string): Promise<BrowserReport> {
  mkdirSync(work, { recursive: true });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    return await measureBrowser({ quick: QUICK, work, log });
  } catch (e) {
    log(`bench: browser half failed: ${e instanceof Error ? e.message : String(e)}`);
    return { graphs: [], notMeasured: [`the browser half failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`], panned: 0, panMs: 0, load: [NaN, NaN] };
  }
}

async function bench(): Promise<Report> {
  const cores = availableParallelism();
  const work = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  try {
    const seed = makeCorpus(repo('graph-data/articles'), join(work, 'seed'), 1);
    const runs: Run[] = [await measure('bundled articles', seed, 'build', 1, join(work, 'seed.json'))];
    for (const size of SIZES) {
      const corpus = makeCorpus(repo('graph-data/articles'), join(work, size.name.replace(' ', '')), size.bytes);
      // On the large corpus only, where the all-cores target is: the machine's ceiling beside it.
      const shares = size === SIZES[1] && cores > 1 ? splitCorpus(corpus, join(work, 'shares'), cores) : [];
      // Rounds of wink, then ours with one worker and with all cores (and the ceiling): the
      // figures each ratio compares are taken side by side, and report.ts pairs them round by round.
      for (let round = 1; round <= ROUNDS; round++) {
        runs.push({ ...(await measure(size.name, corpus, 'wink', 1, '')), round });
        for (const w of new Set([1, cores])) runs.push({ ...(await measure(size.name, corpus, 'build', w, join(work, 'graph.json'))), round });
        if (shares.length) runs.push({ ...(await measureSplit(size.name, shares, work)), round });
      }
      rmSync(corpus.dir, { recursive: true, force: true });
      rmSync(join(work, 'shares'), { recursive: true, force: true });
    }
    // After the builds, so that Chromium does not share the cores with them.
    const browser = await browserHalf(join(work, 'browser'));
    const machine = { cores, cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
    const { ratios, checks } = analyse(runs, SIZES[0].name, SIZES[1].name, cores);
    return { date: new Date().toISOString(), machine, runs, ratios, checks: [...checks, ...browserChecks(browser)], browser };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const report = await bench();
mkdirSync(repo('.bench'), { recursive: true });
writeFileSync(repo('.bench/report.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(repo('.bench/report.md'), toMarkdown(report));
process.stdout.write(toMarkdown(report) + '\nbench: wrote .bench/report.md and .bench/report.json\n');

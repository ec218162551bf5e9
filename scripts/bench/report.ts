/** The bench report: measured runs in, ratios and target checks computed, Markdown and JSON out. */
import type { BrowserReport } from './browser-figures.ts';
import { browserMarkdown, type Check } from './report-browser.ts';
import { median } from './stats.ts';

/** One measured run. */
export interface Run {
  corpus: string;
  /**
   * "build", "wink", or "split": `workers` one-thread builds of a share of the corpus each, in
   * processes of their own, at once (the machine's ceiling for the all-cores build; `ms` is the
   * slowest, the other figures their sum).
   */
  tool: 'build' | 'wink' | 'split';
  workers: number;
  bytes: number;
  /** The work itself: module loading and process start-up left out. */
  ms: number;
  /** The whole child process, start to exit, as a user waits for it. */
  processMs: number;
  /** CPU time of the work, all threads. */
  cpuMs: number;
  sentences: number;
  peakRss: number;
  /** One-minute load average at the start and the end of the work. */
  load: [number, number];
  /** Which round of the corpus's runs this was (1 when the bench runs each once). */
  round?: number;
}

/** Everything the bench writes. */
export interface Report {
  date: string;
  machine: { cores: number; cpu: string; node: string };
  runs: Run[];
  ratios: Ratios;
  /** Issue 5's targets: the build's, then the browser's. */
  checks: Check[];
  browser: BrowserReport;
}

interface Ratios {
  /** Our one-worker throughput over wink's, per corpus. */
  oursOverWink: Record<string, number>;
  /** The same by CPU time: text per CPU-second, ours over wink's (steadier when the machine is shared). */
  oursOverWinkCpu: Record<string, number>;
  /** All cores over one worker, per corpus. */
  allCoresOverOne: Record<string, number>;
  /** The same split over processes that share nothing (tool "split"), per corpus where it was run: the machine's ceiling. */
  splitOverOne: Record<string, number>;
  /** All cores over that ceiling, per corpus where it was run: how much of what the machine gave the build's threads take. */
  allCoresOverSplit: Record<string, number>;
  /** Throughput on the large corpus over the small one, per worker count. */
  largeOverSmall: Record<string, number>;
  /**
   * Each paired ratio round by round, in round order (a ratio's figure is their median): the
   * spread shows how far the machine moved under one figure.
   */
  rounds: Record<PairedName, Record<string, number[]>>;
}

/** The ratios taken within rounds. */
type PairedName = 'oursOverWink' | 'oursOverWinkCpu' | 'allCoresOverOne' | 'splitOverOne' | 'allCoresOverSplit';

/** Throughput of a run in MB/s (10^6 bytes). */
export const mbPerS = (r: Run): number => r.bytes / 1e6 / (r.ms / 1000);
/** Text per CPU-second, in MB. */
export const mbPerCpuS = (r: Run): number => r.bytes / 1e6 / (r.cpuMs / 1000);

type Side = { corpus: string; tool: Run['tool']; workers: number };

/**
 * `measure(a) / measure(b)`, taken round by round, in round order; the ratio's figure is their
 * median. The two runs of a round are minutes apart at most: on a machine whose speed drifts (a
 * shared virtual machine: the same build's CPU time has varied by a fifth from one run to the
 * next here), pairing them cancels most of the drift, which a ratio of medians would not.
 */
function pairedRounds(runs: Run[], a: Side, b: Side, measure: (r: Run) => number): number[] {
  const find = (s: Side, round: number) =>
    runs.find((r) => (r.round ?? 1) === round && r.corpus === s.corpus && r.tool === s.tool && r.workers === s.workers);
  const perRound = [...new Set(runs.map((r) => r.round ?? 1))].map((n) => {
    const [x, y] = [find(a, n), find(b, n)];
    return x && y ? measure(x) / measure(y) : NaN;
  });
  // A round without both runs (one failed) has no ratio; it does not count.
  return perRound.filter(Number.isFinite);
}

/** Computes the ratios and the checks of issue 5 from the runs; `small` and `large` name the corpora. */
export function analyse(runs: Run[], small: string, large: string, cores: number): Pick<Report, 'ratios' | 'checks'> {
  const ratios: Ratios = {
    oursOverWink: {}, oursOverWinkCpu: {}, allCoresOverOne: {}, splitOverOne: {}, allCoresOverSplit: {}, largeOverSmall: {},
    rounds: { oursOverWink: {}, oursOverWinkCpu: {}, allCoresOverOne: {}, splitOverOne: {}, allCoresOverSplit: {} },
  };
  /** Sets the paired ratio `name` of corpus `c`: its rounds, and their median. */
  const pair = (name: PairedName, c: string, a: Side, b: Side, measure: (r: Run) => number = mbPerS): void => {
    const rounds = pairedRounds(runs, a, b, measure);
    ratios.rounds[name][c] = rounds;
    ratios[name][c] = median(rounds);
  };
  for (const c of [small, large]) {
    const ours = { corpus: c, tool: 'build', workers: 1 } as const;
    const [wink, all, split] = [{ ...ours, tool: 'wink' }, { ...ours, workers: cores }, { ...ours, tool: 'split', workers: cores }] as const;
    pair('oursOverWink', c, ours, wink);
    pair('oursOverWinkCpu', c, ours, wink, mbPerCpuS);
    pair('allCoresOverOne', c, all, ours);
    if (runs.some((r) => r.corpus === c && r.tool === 'split')) {
      pair('splitOverOne', c, split, ours);
      pair('allCoresOverSplit', c, all, split);
    }
  }
  // Across corpora there are no pairs: the median throughput of each.
  const throughput = (corpus: string, workers: number) => median(runs.filter((r) => r.corpus === corpus && r.tool === 'build' && r.workers === workers).map(mbPerS));
  for (const w of new Set([1, cores])) ratios.largeOverSmall[`${w} worker${w > 1 ? 's' : ''}`] = throughput(large, w) / throughput(small, w);
  const peak = Math.max(...runs.filter((r) => r.corpus === large && r.tool === 'build').map((r) => r.peakRss));
  const checks = [
    { name: `one worker / wink-nlp, ${large}`, value: ratios.oursOverWink[large] ?? NaN, target: '≥ 0.5', ok: (ratios.oursOverWink[large] ?? 0) >= 0.5 },
    { name: `${cores} workers / one worker, ${large}`, value: ratios.allCoresOverOne[large] ?? NaN, target: '≥ 1.6', ok: (ratios.allCoresOverOne[large] ?? 0) >= 1.6 },
    { name: `${large} / ${small} throughput, one worker`, value: ratios.largeOverSmall['1 worker'] ?? NaN, target: '≥ 0.9 (linear)', ok: (ratios.largeOverSmall['1 worker'] ?? 0) >= 0.9 },
    { name: `peak RSS, ${large} (MB)`, value: peak / 1e6, target: '< 1000', ok: peak < 1e9 },
  ];
  return { ratios, checks };
}

const TOOL_NAMES: Record<Run['tool'], string> = { build: 'build', wink: 'wink-nlp readDoc', split: 'one-thread builds of a share each, at once' };

const f = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : '—');

/** A paired ratio's figure, with its rounds after it when there were several. */
function paired(r: Report, name: PairedName, corpus: string): string {
  const rounds = r.ratios.rounds[name][corpus] ?? [];
  return `${f(r.ratios[name][corpus] ?? NaN)}${rounds.length > 1 ? ` (rounds: ${rounds.map((x) => f(x)).join(', ')})` : ''}`;
}

/** The report as Markdown. */
export function toMarkdown(r: Report): string {
  const rows = r.runs.map(
    (x) =>
      `| ${x.corpus} | ${x.round ?? 1} | ${TOOL_NAMES[x.tool]} | ${x.workers} | ${f(x.ms / 1000, 1)} | ${f(x.processMs / 1000, 1)} | ${f(x.cpuMs / 1000, 1)} ` +
      `| ${f(mbPerS(x))} | ${f(x.sentences / (x.ms / 1000), 0)} | ${f(x.peakRss / 1e6, 0)} | ${f(x.load[0], 1)} → ${f(x.load[1], 1)} |`,
  );
  return [
    `# Bench, ${r.date}`,
    '',
    `${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}. MB = 10^6 bytes of article text. "Work" leaves out process start-up`,
    'and module loading; "process" is the whole child process; "CPU" is the work\'s CPU time over all threads. Sentences are each',
    'tool\'s own count. "Load" is the one-minute load average at the start and end of the work: above the number of cores, other',
    'processes shared the machine and wall-clock figures (MB/s, the all-cores ratio) understate what it can do.',
    '',
    '## Build',
    '',
    '| corpus | round | tool | workers | work s | process s | CPU s | MB/s | sentences/s | peak RSS MB | load |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '## Ratios',
    '',
    'A ratio of two runs of one corpus is taken within each round (runs minutes apart): its figure is the median over the rounds,',
    'listed after it. Large / small compares the median throughput of each corpus.',
    '',
    ...Object.keys(r.ratios.oursOverWink).map((c) => `- ours (one worker) / wink-nlp, ${c}: ${paired(r, 'oursOverWink', c)}; by CPU time: ${paired(r, 'oursOverWinkCpu', c)}`),
    ...Object.keys(r.ratios.allCoresOverOne).map((c) => `- all cores / one worker, ${c}: ${paired(r, 'allCoresOverOne', c)}`),
    ...Object.keys(r.ratios.splitOverOne).map(
      (c) => `- the machine's ceiling, ${c}: the same shares built at once by one-thread builds in processes of their own, over one worker: ${paired(r, 'splitOverOne', c)}`,
    ),
    ...Object.keys(r.ratios.allCoresOverSplit).map((c) => `- all cores / the machine's ceiling, ${c}: ${paired(r, 'allCoresOverSplit', c)}`),
    ...Object.entries(r.ratios.largeOverSmall).map(([w, v]) => `- large / small corpus throughput, ${w}: ${f(v)}`),
    '',
    '## Targets (issue 5)',
    '',
    ...r.checks.map((c) => `- ${c.ok ? 'met' : 'MISSED'}: ${c.name} = ${f(c.value)} (target ${c.target})`),
    '',
    '## Browser',
    '',
    ...browserMarkdown(r.browser),
    '',
  ].join('\n');
}

/** One build from the command line: dictionaries, the streaming build, the report, an exit code. */
import { runBuild, type Analyse } from '../engine/run.ts';
import { parseDictionaries } from '../pipeline/dictionaries.ts';
import { InputError } from '../pipeline/errors.ts';
import { textsPath, type BuildOptions } from './args.ts';
import { readText } from './files.ts';
import { progressLine, type ProgressStream } from './progress.ts';
import { formatReport } from './report.ts';

/** Where the CLI writes: stdout for the report, stderr for errors and the progress line. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

/** What a caller may supply beyond the flags: tests replace the analysis or watch the builds. */
export interface Deps {
  /** Replaces the analysis of each article (the build then runs on one thread). */
  analyse?: Analyse;
  /** Stops a build (Ctrl-C): nothing is written, the exit code is 130. */
  signal?: AbortSignal;
  /** Watch mode: quiet time after a change before rebuilding, in milliseconds. */
  debounceMs?: number;
  /** Watch mode: called after every build with its exit code. */
  onBuilt?: (code: number) => void;
}

/** Exit code when a build was stopped by a signal, as a shell reports Ctrl-C. */
export const STOPPED = 130;

/** Builds once and returns the exit code: 0 ok, 1 bad input, 3 a bug in the build, 130 stopped. */
export async function buildOnce(opts: BuildOptions, io: Io, deps: Deps = {}): Promise<number> {
  const progress = progressLine(io.stderr, !opts.quiet && io.stderr.isTTY === true);
  const started = performance.now();
  try {
    const dicts = parseDictionaries(readText(opts.actors), readText(opts.relations));
    const texts = textsPath(opts.out);
    const outcome = await runBuild({
      articles: opts.articles, out: opts.out, texts, dicts, workers: opts.workers,
      onProgress: progress.update, ...(deps.signal && { signal: deps.signal }), ...(deps.analyse && { analyse: deps.analyse }),
    });
    progress.end();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const how = `in ${seconds} s on ${outcome.workers} thread${outcome.workers > 1 ? 's' : ''}`;
    if (!opts.quiet) io.stdout.write(formatReport(outcome, outcome.notices, [opts.out, texts], how));
    return 0;
  } catch (e) {
    progress.end();
    if (deps.signal?.aborted) {
      io.stderr.write('build-graph: stopped; the outputs were left as they were\n');
      return STOPPED;
    }
    const input = e instanceof InputError;
    io.stderr.write(`build-graph: ${input ? e.message : `bug: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`}\n`);
    return input ? 1 : 3;
  }
}

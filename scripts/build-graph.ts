/** build-graph: articles and dictionaries in, graph.json and its article texts out. */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseCliArgs, textsPath } from './cli/args.ts';
import { readText, writeAtomically } from './cli/files.ts';
import { formatReport } from './cli/report.ts';
import { contractProblem } from './cli/validate.ts';
import { readArticleFolder } from './pipeline/articles.ts';
import { parseDictionaries } from './pipeline/dictionaries.ts';
import { InputError } from './pipeline/errors.ts';
import { buildGraph, type BuildResult, type Dictionaries } from './pipeline/index.ts';
import type { SourceFile } from './pipeline/types.ts';

interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}
type Build = (sources: SourceFile[], dicts: Dictionaries) => BuildResult | Promise<BuildResult>;

const serialise = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** Runs the CLI and returns its exit code: 0 ok, 1 bad input, 2 bad usage, 3 a bug in the build. */
export async function main(argv: string[], io: Io = process, build: Build = buildGraph): Promise<number> {
  const opts = parseCliArgs(argv);
  if ('exit' in opts) {
    (opts.exit === 0 ? io.stdout : io.stderr).write(opts.message);
    return opts.exit;
  }
  try {
    const dicts = parseDictionaries(readText(opts.actors), readText(opts.relations));
    const { sources, notices } = readArticleFolder(opts.articles);
    const result = await build(sources, dicts);
    const problem = contractProblem(result);
    if (problem) throw new Error(`the build broke the graph-data/schema.ts contract: ${problem}`);
    const texts = textsPath(opts.out);
    writeAtomically([{ path: opts.out, text: serialise(result.graph) }, { path: texts, text: serialise(result.texts) }]);
    if (!opts.quiet) io.stdout.write(formatReport(result, notices, [opts.out, texts]));
    return 0;
  } catch (e) {
    const input = e instanceof InputError;
    io.stderr.write(`build-graph: ${input ? e.message : `bug: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`}\n`);
    return input ? 1 : 3;
  }
}

const invoked = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invoked) process.exitCode = await main(process.argv.slice(2));

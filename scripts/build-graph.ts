/** build-graph: articles and dictionaries in, graph.json and its article texts out; --watch keeps it fresh. */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseCliArgs } from './cli/args.ts';
import { buildOnce, type Deps, type Io } from './cli/build-once.ts';
import { watchBuilds } from './cli/watch.ts';

/** Runs the CLI and returns its exit code: 0 ok, 1 bad input, 2 bad usage, 3 a bug in the build, 130 stopped. */
export async function main(argv: string[], io: Io = process, deps: Deps = {}): Promise<number> {
  const opts = parseCliArgs(argv);
  if ('exit' in opts) {
    (opts.exit === 0 ? io.stdout : io.stderr).write(opts.message);
    return opts.exit;
  }
  if (!opts.watch) return buildOnce(opts, io, deps);
  return watchBuilds(opts, io, { ...deps, signal: deps.signal ?? new AbortController().signal });
}

const invoked = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invoked) {
  // Ctrl-C stops the build between two articles, so no temporary file is left behind; a second
  // Ctrl-C kills at once.
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.exitCode = await main(process.argv.slice(2), process, { signal: stop.signal });
}

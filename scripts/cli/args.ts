/** Command-line flags of build-graph, with their defaults. */
import { parseArgs } from 'node:util';
import { LARGE_CORPUS_BYTES } from '../engine/workers.ts';

/** The flags, defaults filled in. */
export interface BuildOptions {
  articles: string;
  out: string;
  actors: string;
  relations: string;
  quiet: boolean;
  /** Threads that read articles (1: this one; N: N - 1 workers beside it); null lets the build choose (every core for a large corpus, else 1). */
  workers: number | null;
  /** Build, then rebuild whenever an article or a dictionary changes, until Ctrl-C. */
  watch: boolean;
}

/** Printed for --help and after a usage error. */
export const USAGE = `usage: npm run build:graph -- [--articles DIR] [--out FILE] [--actors FILE] [--relations FILE]
                                   [--workers N] [--watch] [--quiet]
  --articles DIR    folder of .txt/.md articles      (default graph-data/articles)
  --out FILE        graph to write; the article texts go beside it as FILE.articles.json
                                                     (default graph-data/graph.json)
  --actors FILE     actor dictionary                 (default graph-data/actors.json)
  --relations FILE  relation dictionary              (default graph-data/relations.json)
  --workers N       threads that read the articles: this one, and N - 1 worker threads beside it
                                                     (default: one per core above ${LARGE_CORPUS_BYTES / 1e6} MB of articles, else 1)
  --watch           rebuild whenever an article or a dictionary changes; Ctrl-C stops
  --quiet           print errors only (no report, no progress line)
`;

/** The options, or what to print and the exit code (0 for --help, 2 for a usage error). */
export function parseCliArgs(argv: string[]): BuildOptions | { exit: number; message: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        articles: { type: 'string', default: 'graph-data/articles' },
        out: { type: 'string', default: 'graph-data/graph.json' },
        actors: { type: 'string', default: 'graph-data/actors.json' },
        relations: { type: 'string', default: 'graph-data/relations.json' },
        quiet: { type: 'boolean', default: false },
        workers: { type: 'string' },
        watch: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    return { exit: 2, message: `build-graph: ${(e as Error).message}\n${USAGE}` };
  }
  if (values.help) return { exit: 0, message: USAGE };
  const { articles, out, actors, relations, quiet, watch } = values;
  const empty = Object.entries({ articles, out, actors, relations }).find(([, v]) => v.trim() === '');
  if (empty) return { exit: 2, message: `build-graph: --${empty[0]} needs a value\n${USAGE}` };
  const workers = values.workers === undefined ? null : Number(values.workers);
  if (workers !== null && !(/^[1-9][0-9]{0,2}$/.test(values.workers ?? ''))) {
    return { exit: 2, message: `build-graph: --workers needs a whole number from 1 to 999, not "${values.workers}"\n${USAGE}` };
  }
  return { articles, out, actors, relations, quiet, workers, watch };
}

/** Where the article texts go: beside the graph, "graph.json" → "graph.articles.json". */
export function textsPath(out: string): string {
  return /\.json$/i.test(out) ? out.replace(/\.json$/i, '.articles.json') : `${out}.articles.json`;
}

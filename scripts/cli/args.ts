/** Command-line flags of build-graph, with their defaults. */
import { parseArgs } from 'node:util';

/** The flags, defaults filled in. */
export interface BuildOptions {
  articles: string;
  out: string;
  actors: string;
  relations: string;
  quiet: boolean;
}

/** Printed for --help and after a usage error. */
export const USAGE = `usage: npm run build:graph -- [--articles DIR] [--out FILE] [--actors FILE] [--relations FILE] [--quiet]
  --articles DIR    folder of .txt/.md articles      (default graph-data/articles)
  --out FILE        graph to write; the article texts go beside it as FILE.articles.json
                                                     (default graph-data/graph.json)
  --actors FILE     actor dictionary                 (default graph-data/actors.json)
  --relations FILE  relation dictionary              (default graph-data/relations.json)
  --quiet           print errors only
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
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    return { exit: 2, message: `build-graph: ${(e as Error).message}\n${USAGE}` };
  }
  if (values.help) return { exit: 0, message: USAGE };
  const { articles, out, actors, relations, quiet } = values;
  const empty = Object.entries({ articles, out, actors, relations }).find(([, v]) => v.trim() === '');
  if (empty) return { exit: 2, message: `build-graph: --${empty[0]} needs a value\n${USAGE}` };
  return { articles, out, actors, relations, quiet };
}

/** Where the article texts go: beside the graph, "graph.json" → "graph.articles.json". */
export function textsPath(out: string): string {
  return /\.json$/i.test(out) ? out.replace(/\.json$/i, '.articles.json') : `${out}.articles.json`;
}

/** npm run eval -- --gold FILE [--graph FILE] [--misses] [--article ID]: scores a graph against gold. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { InputError, readGold, readGraph } from './eval/gold.ts';
import { matchEvidence, predictedItems, resolveArticle } from './eval/match.ts';
import { formatReport } from './eval/report.ts';
import { score } from './eval/score.ts';

const USAGE = 'usage: npm run eval -- --gold FILE [--graph FILE] [--misses] [--article ID]';

/** Where the CLI writes: stdout and stderr, or a test's buffers. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

interface Options {
  gold: string;
  graph: string;
  misses: boolean;
  article?: string | undefined;
}

/** The command line, or the message that explains what is wrong with it. */
function parseCli(argv: string[]): Options | string {
  try {
    const { values } = parseArgs({ args: argv, strict: true, options: {
      gold: { type: 'string' }, graph: { type: 'string', default: 'graph-data/graph.json' },
      misses: { type: 'boolean', default: false }, article: { type: 'string' },
    } });
    return values.gold === undefined ? '--gold FILE is required' : { ...values, gold: values.gold };
  } catch (e) {
    return (e as Error).message;
  }
}

/** Reads, matches, scores and prints; throws InputError on bad input. */
async function evaluate(opts: Options, io: Io): Promise<void> {
  const [allGold, graph] = [await readGold(opts.gold), await readGraph(opts.graph)];
  const allPreds = predictedItems(graph);
  const article = opts.article === undefined ? null : resolveArticle(opts.article, [...allGold, ...allPreds].map((x) => x.article));
  if (opts.article !== undefined && article === null) {
    throw new InputError(`--article ${opts.article}: no article of ${opts.gold} or ${opts.graph} has this id or is the only one to start with it`);
  }
  const gold = allGold.filter((g) => article === null || g.article === article);
  const preds = allPreds.filter((p) => article === null || p.article === article);
  const outcome = matchEvidence(gold, preds);
  const inputs = { goldFile: opts.gold, graphFile: opts.graph, article, gold, preds };
  for (const line of formatReport(inputs, outcome, score(outcome, gold, preds, graph), opts.misses)) io.out(line);
}

/** Runs the eval; returns the exit code (1 on bad input, 2 on bad usage). */
export async function main(argv: string[], io: Io): Promise<number> {
  const opts = parseCli(argv);
  if (typeof opts === 'string') return (io.err(`${opts}\n${USAGE}`), 2);
  try {
    await evaluate(opts, io);
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(e.message);
    return 1;
  }
}

if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `npm run eval … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  process.exitCode = await main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
}

/**
 * Cheaper optimising compiles, for builds on several threads.
 *
 * Isolates share no compiled code, so every worker compiles the pipeline afresh, and the
 * pipeline's many small frame functions make for big inlined compiles (100–350 ms each). With one
 * thread reading articles those compiles run on an otherwise idle core; with a thread reading on
 * every core they take CPU from the analysis itself. Counted on a 20 MB corpus with two workers (instructions,
 * three builds each), the build ran 86–88 G instructions, 14 G of them TurboFan's. Half the
 * cumulative inlining budget (460 bytecodes, not 920), no loop peeling and no escape analysis
 * brought that to 79–80.5 G, the workers' own share unchanged within its spread (61.5–63.2 G
 * against 61.7–63.2 G). A build on this thread alone keeps V8's defaults: its compiles cost it
 * nothing.
 *
 * V8's flags are the process's: the main thread's later compiles get them too, as they should,
 * since it reads articles beside the workers (alongside.ts). Node leaves flags changeable after
 * start (--no-freeze-flags-after-init), and these are read afresh at each compile.
 */
import { setFlagsFromString } from 'node:v8';

/** Sets the flags; called before the workers start, so that all their compiles get them. */
export function leanCompiles(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=460 --no-turbo-loop-peeling --no-turbo-escape');
}

/**
 * Turns of the event loop for work that never waits for anything, so that signals (Ctrl-C) and
 * the workers' answers come in.
 */
import { setImmediate as yieldToEvents } from 'node:timers/promises';

export { yieldToEvents };

/** A pace for work on this thread alone: a turn of the event loop once every `ms`, and null between. */
export function everyFew(ms = 100): () => Promise<void> | null {
  let breath = performance.now();
  return () => {
    if (performance.now() - breath <= ms) return null;
    breath = performance.now();
    return yieldToEvents();
  };
}

/** The progress line a build shows on a terminal: how far, how fast, how long to go. */
import type { Progress } from '../engine/run.ts';

/** Redraws at most this often: a terminal cannot show more, and writes cost. */
const REDRAW_MS = 100;

/** "12.3 of 50.0 MB (24%), 610 of 2780 articles, 2.4 MB/s, 0:16 left" — no newline. */
export function formatProgress(p: Progress): string {
  const mb = (b: number): string => (b / 1e6).toFixed(1);
  const share = p.totalBytes > 0 ? Math.floor((p.doneBytes / p.totalBytes) * 100) : 100;
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.doneBytes / 1e6 / seconds : 0;
  // Until something is done there is no rate to extrapolate from.
  const left = p.doneBytes > 0 && seconds > 0 ? formatDuration(((p.totalBytes - p.doneBytes) / p.doneBytes) * seconds) : '?:??';
  return `${mb(p.doneBytes)} of ${mb(p.totalBytes)} MB (${share}%), ${p.doneArticles} of ${p.totalArticles} articles, ${rate.toFixed(1)} MB/s, ${left} left`;
}

/** Whole seconds as m:ss, or h:mm:ss from an hour up. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number): string => String(n).padStart(2, '0');
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** A stream to draw on; only a terminal (isTTY) gets a progress line. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A line redrawn in place on a terminal, or nothing at all when `enabled` is false. */
export function progressLine(stream: ProgressStream, enabled: boolean): { update(p: Progress): void; end(): void } {
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const finished = p.doneArticles === p.totalArticles;
      if (!enabled || (!finished && p.elapsedMs - last < REDRAW_MS)) return;
      last = p.elapsedMs;
      drawn = true;
      stream.write(`\r\x1b[Kbuild-graph: ${formatProgress(p)}`);
    },
    end() {
      if (drawn) stream.write('\r\x1b[K'); // the report takes the line's place
      drawn = false;
    },
  };
}

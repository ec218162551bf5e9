import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, progressLine } from './progress.ts';

const at = (doneBytes: number, elapsedMs: number, doneArticles = 10) => ({ doneBytes, totalBytes: 50e6, doneArticles, totalArticles: 40, elapsedMs });

describe('the progress line', () => {
  it('says how far, how fast and how long to go', () => {
    expect(formatProgress(at(12.5e6, 5000))).toBe('12.5 of 50.0 MB (25%), 10 of 40 articles, 2.5 MB/s, 0:15 left');
  });
  it('has no estimate before anything is done', () => {
    expect(formatProgress(at(0, 0, 0))).toBe('0.0 of 50.0 MB (0%), 0 of 40 articles, 0.0 MB/s, ?:?? left');
  });
  it('writes durations as m:ss and h:mm:ss', () => {
    expect([formatDuration(0), formatDuration(59.6), formatDuration(61), formatDuration(3725)]).toEqual(['0:00', '1:00', '1:01', '1:02:05']);
  });
  it('redraws in place on a terminal, at most every 100 ms, and clears itself at the end', () => {
    let text = '';
    const line = progressLine({ write: (t: string) => (text += t), isTTY: true }, true);
    line.update(at(1e6, 10));
    line.update(at(2e6, 50)); // too soon: skipped
    line.update(at(3e6, 200));
    line.end();
    expect(text.split('\r\x1b[K')).toEqual(['', `build-graph: ${formatProgress(at(1e6, 10))}`, `build-graph: ${formatProgress(at(3e6, 200))}`, '']);
  });
  it('draws nothing when disabled (no terminal, or --quiet)', () => {
    let text = '';
    const line = progressLine({ write: (t: string) => (text += t) }, false);
    line.update(at(1e6, 10));
    line.end();
    expect(text).toBe('');
  });
});

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from './corpus.ts';
import { analyse, toMarkdown, type Run } from './report.ts';

const run = (corpus: string, tool: Run['tool'], workers: number, seconds: number, bytes: number): Run => ({
  corpus, tool, workers, bytes, ms: seconds * 1000, processMs: seconds * 1000 + 500, cpuMs: seconds * 1000 * workers, sentences: 1000, peakRss: 300e6, load: [0.5, 1],
});

describe('the bench report', () => {
  const runs = [
    run('5 MB', 'wink', 1, 5, 5e6), run('5 MB', 'build', 1, 8, 5e6), run('5 MB', 'build', 2, 5, 5e6),
    run('50 MB', 'wink', 1, 50, 50e6), run('50 MB', 'build', 1, 75, 50e6), run('50 MB', 'build', 2, 40, 50e6),
  ];
  it('computes the ratios of issue 5 and checks them against its targets', () => {
    const { ratios, checks } = analyse(runs, '5 MB', '50 MB', 2);
    expect(ratios.oursOverWink['50 MB']).toBeCloseTo(50 / 75);
    expect(ratios.allCoresOverOne['50 MB']).toBeCloseTo(75 / 40);
    expect(ratios.largeOverSmall['1 worker']).toBeCloseTo((50 / 75) / (5 / 8));
    expect(checks.map((c) => c.ok)).toEqual([true, true, true, true]);
  });
  it('says which targets were missed, and leaves the browser section to be filled', () => {
    const slow = runs.map((r) => (r.corpus === '50 MB' && r.workers === 2 ? { ...r, ms: 70_000 } : r));
    const { ratios, checks } = analyse(slow, '5 MB', '50 MB', 2);
    const md = toMarkdown({ date: 'today', machine: { cores: 2, cpu: 'cpu', node: 'v20' }, runs: slow, ratios, checks, browser: null });
    expect(md).toMatch(/MISSED: 2 workers \/ one worker, 50 MB = 1\.07 \(target ≥ 1\.6\)/);
    expect(md).toMatch(/## Browser\n\nNot measured yet/);
  });
});

describe('bench corpora', () => {
  it('copy the bundled articles under new ids until the size is reached, the same way every time', () => {
    const from = fileURLToPath(new URL('../../graph-data/articles', import.meta.url));
    const [a, b] = [0, 1].map(() => makeCorpus(from, join(mkdtempSync(join(tmpdir(), 'dyad-corpus-')), 'c'), 40_000));
    expect(a?.bytes).toBeGreaterThanOrEqual(40_000);
    expect(readdirSync(a?.dir ?? '')).toEqual(readdirSync(b?.dir ?? ''));
    expect(readdirSync(a?.dir ?? '')[0]).toMatch(/^c0000-/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT, snapshot } from './arbitraries.ts';
import { MAX_FILE } from './bounds.ts';
import { DEFAULT_LINK_VIEW } from './link.ts';
import { readSnapshotFile, readSnapshotText, snapshotFileText } from './snapshot-file.ts';
import type { Snapshot } from './snapshot-types.ts';

const SNAP: Snapshot = {
  v: 1, graph: 'fedcba9876543210', view: { ...DEFAULT_LINK_VIEW, selection: { kind: 'node', key: 'india' } },
  positions: { india: [1, 2] }, zoom: 1, pan: [0, 0],
};

const exportWith = (dyadSnapshot: unknown) =>
  JSON.stringify({ attributes: { schemaVersion: 1, articles: [], dyadSnapshot }, options: {}, nodes: [], edges: [] });

describe('snapshot files', () => {
  it('are marked JSON that reads back to the same snapshot, for any snapshot', () => {
    expect(JSON.parse(snapshotFileText(SNAP))).toMatchObject({ dyad: 'snapshot', v: 1 });
    fc.assert(
      fc.property(snapshot, (s) => {
        expect(readSnapshotText(snapshotFileText(s))).toEqual({ ok: true, snapshot: s });
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);

  it('are also found inside a graphology JSON export, marked or not', () => {
    expect(readSnapshotText(exportWith(SNAP))).toEqual({ ok: true, snapshot: SNAP });
    expect(readSnapshotText(exportWith({ dyad: 'snapshot', ...SNAP }))).toEqual({ ok: true, snapshot: SNAP });
    expect(readSnapshotText(exportWith(undefined))).toMatchObject({ ok: false, problem: expect.stringContaining('no view') });
  });

  it('refuses what is not one, saying why in plain words', () => {
    const cases: [string, string][] = [
      ['', 'not JSON'],
      ['[1,2]', 'neither'],
      ['{"dyad":"palette"}', 'not a snapshot'],
      [JSON.stringify({ dyad: 'snapshot', ...SNAP, v: 7 }), 'format 7'],
      [JSON.stringify({ dyad: 'snapshot', ...SNAP, extra: 1 }), 'not a valid snapshot'],
      [JSON.stringify({ dyad: 'snapshot', ...SNAP, zoom: 1e308 }), 'zoom'],
      [JSON.stringify({ dyad: 'snapshot', ...SNAP, positions: { '<script>x</script>': [0, 0] } }), 'not a valid snapshot'],
      [`{"dyad":"snapshot","v":1,"positions":{"__proto__":[0,0]}}`, '__proto__'],
      [JSON.stringify({ dyad: 'snapshot', ...SNAP, view: { ...SNAP.view, reader: { article: 'a\u0000', sentence: 1 } } }), 'not a valid snapshot'],
      ['['.repeat(100_000), 'not JSON'],
    ];
    for (const [text, problem] of cases) expect(readSnapshotText(text), text.slice(0, 60)).toMatchObject({ ok: false, problem: expect.stringContaining(problem) });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = new Blob([new Uint8Array(MAX_FILE + 1)]);
    expect(await readSnapshotFile(big)).toMatchObject({ ok: false, problem: expect.stringContaining('limit is 5 MB') });
    expect(await readSnapshotFile(new Blob([snapshotFileText(SNAP)]))).toEqual({ ok: true, snapshot: SNAP });
  });
});

import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../model/fixture.ts';
import { graphHash } from '../model/hash.ts';
import { fitToGraph } from './fit-graph.ts';
import { DEFAULT_LINK_VIEW } from './link.ts';
import { encodeSnapshotLink } from './snapshot-link.ts';
import type { Snapshot } from './snapshot-types.ts';
import { againstOf, fromAddress, fromFile, fromSnapshot } from './restoring.ts';
import { DEFAULT_VIEW } from './view.ts';

const graph = sampleGraph();
const against = { graph, hash: graphHash(graph) };
const EDGE = 'pakistan|accusation|india';
const snap = (over: Partial<Snapshot> = {}): Snapshot => ({
  v: 1, graph: against.hash, view: { ...DEFAULT_LINK_VIEW, selection: { kind: 'edge', key: EDGE } },
  positions: { pakistan: [0, 0], india: [100, 50], 'afghan-taliban': [-40, 80] }, zoom: 1.5, pan: [10, 20], ...over,
});

describe('fitToGraph', () => {
  it('drops what the graph lacks and names it', () => {
    const view = { ...DEFAULT_LINK_VIEW, selection: { kind: 'node' as const, key: 'atlantis' }, reader: { article: 'a1', sentence: 99 },
      filters: { ...DEFAULT_LINK_VIEW.filters, hiddenArticles: ['a2', 'gone'] } };
    const fitted = fitToGraph(view, graph);
    expect(fitted.view).toEqual({ ...view, selection: null, reader: { article: 'a1', sentence: null }, filters: { ...view.filters, hiddenArticles: ['a2'] } });
    expect(fitted.dropped).toHaveLength(3);
  });
});

describe('fromSnapshot', () => {
  it('restores a snapshot of this graph with no notice', () => {
    const r = fromSnapshot(snap(), against);
    expect(r.notices).toEqual([]);
    expect(r.view).toEqual({ ...snap().view, hover: null });
    expect(r.picture).toEqual({ kind: 'pinned', positions: new Map(Object.entries(snap().positions)), zoom: 1.5, pan: [10, 20] });
  });

  it('restores what applies from another graph, and says so', () => {
    const r = fromSnapshot(snap({ graph: '0000000000000000', view: { ...DEFAULT_LINK_VIEW, selection: { kind: 'edge', key: 'india|clash|pakistan' } },
      positions: { india: [1, 2], atlantis: [3, 4] } }), against);
    expect(r.view.selection).toBeNull();
    expect(r.picture?.kind === 'pinned' && [...r.picture.positions.keys()]).toEqual(['india']);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/different data.*0000000000000000.*“india\|clash\|pakistan”.*1 actor it placed.*2 actors the snapshot did not place/);
  });
});

describe('fromAddress and fromFile', () => {
  it('read plain keys, a snapshot link, and a broken one', async () => {
    expect(await fromAddress('', against)).toEqual({ view: DEFAULT_VIEW, picture: null, notices: [] });
    const plain = await fromAddress(`#select=${EDGE}&layout=grid&select=india`, against);
    expect(plain.view).toMatchObject({ selection: { kind: 'edge', key: EDGE }, layout: 'grid' });
    expect(plain.notices).toEqual([expect.stringContaining('twice')]);
    const link = await fromAddress(`#snap=${await encodeSnapshotLink(snap())}`, against);
    expect(link.view.selection).toEqual({ kind: 'edge', key: EDGE });
    const broken = await fromAddress('#snap=AAAA', against);
    expect(broken).toEqual({ view: DEFAULT_VIEW, picture: { kind: 'fresh' }, notices: [expect.stringContaining('default view')] });
  });

  it('name the file that could not be opened, as text', async () => {
    const file = Object.assign(new Blob(['nope']), { name: '<img src=x onerror=alert(1)>.json' });
    const r = await fromFile(file, against);
    expect(r.notices[0]).toContain('The file “<img src=x onerror=alert(1)>.json” could not be opened: it is not JSON.');
  });

  it('hash each graph once', () => {
    expect(againstOf(graph)).toBe(againstOf(graph));
    expect(againstOf(graph).hash).toBe(against.hash);
  });
});

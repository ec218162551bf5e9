/**
 * From an address, a snapshot or a file to what the explorer restores: a view, maybe a picture
 * for the canvas, and notices for whatever could not be restored. Never throws.
 */
import type { GraphFile } from '../../graph-data/schema.ts';
import { graphHash } from '../model/hash.ts';
import { fitToGraph } from './fit-graph.ts';
import { decodeLink, quote } from './link.ts';
import type { LinkView } from './link-keys.ts';
import type { SnapshotResult } from './snapshot-schema.ts';
import type { Snapshot } from './snapshot-types.ts';
import { DEFAULT_VIEW, type ViewState } from './view.ts';

/** Where nodes go: pinned positions and viewport, or a fresh run of the layout (which fits). */
export type Picture =
  | { kind: 'pinned'; positions: Map<string, [number, number]>; zoom: number; pan: [number, number] }
  | { kind: 'fresh' };

/** What to restore. A null picture leaves the canvas as it is (the layout runs if the layout changes). */
export interface Restoring {
  view: ViewState;
  picture: Picture | null;
  notices: string[];
}

/** The graph and its hash, which every restore is checked against. */
export interface Against {
  graph: GraphFile;
  hash: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const asView = (view: LinkView): ViewState => ({ ...view, hover: null });

/** A refused link or file: the default view, laid out afresh, and why. */
export function refusedRestoring(what: string, problem: string): Restoring {
  return { view: DEFAULT_VIEW, picture: { kind: 'fresh' }, notices: [`${what} could not be opened: ${problem}. Showing the default view instead.`] };
}

/** A checked snapshot, fitted to the graph on the page; a different graph hash is said out loud. */
export function fromSnapshot(snapshot: Snapshot, { graph, hash }: Against): Restoring {
  const { view, dropped } = fitToGraph(snapshot.view, graph);
  const ids = new Set(graph.nodes.map((n) => n.key));
  const placed = Object.entries(snapshot.positions).filter(([id]) => ids.has(id));
  const positions = new Map(placed);
  const gone = Object.keys(snapshot.positions).length - placed.length;
  const fresh = graph.nodes.length - positions.size;
  if (gone > 0) dropped.push(count(gone, 'actor it placed that is not in this graph', 'actors it placed that are not in this graph'));
  const notices: string[] = [];
  const changed = snapshot.graph !== hash;
  if (changed || dropped.length > 0 || fresh > 0) {
    const parts = [
      changed ? `This snapshot was made from different data (graph ${snapshot.graph}; this page shows ${hash}). What still applies was restored.` : 'Part of this snapshot does not apply here.',
      dropped.length > 0 ? `Left out: ${dropped.join('; ')}.` : '',
      fresh > 0 ? `Laid out afresh: ${count(fresh, 'actor', 'actors')} the snapshot did not place.` : '',
    ];
    notices.push(parts.filter(Boolean).join(' '));
  }
  return { view: asView(view), picture: { kind: 'pinned', positions, zoom: snapshot.zoom, pan: snapshot.pan }, notices };
}

function fromResult(what: string, result: SnapshotResult, against: Against): Restoring {
  return result.ok ? fromSnapshot(result.snapshot, against) : refusedRestoring(what, result.problem);
}

/** What an address fragment restores: plain view keys (each bad one at its default), or a snapshot. */
export async function fromAddress(fragment: string, against: Against): Promise<Restoring> {
  const address = decodeLink(fragment);
  if (address.kind === 'snapshot') {
    // Loaded on demand: most visits open no snapshot, and the first view does without the codec.
    const { decodeSnapshotLink } = await import('./snapshot-link.ts');
    return fromResult('This snapshot link', await decodeSnapshotLink(address.payload), against);
  }
  const { view, dropped } = fitToGraph(address.view, against.graph);
  const notices = [...address.problems];
  if (dropped.length > 0) notices.push(`This link names what this graph does not have. Left out: ${dropped.join('; ')}.`);
  return { view: asView(view), picture: null, notices };
}

/** What a snapshot file or a JSON export restores. */
export async function fromFile(file: Blob & { name?: string }, against: Against): Promise<Restoring> {
  const { readSnapshotFile } = await import('./snapshot-file.ts');
  return fromResult(file.name ? `The file ${quote(file.name)}` : 'This file', await readSnapshotFile(file), against);
}

const hashes = new WeakMap<GraphFile, Against>();

/**
 * The graph with its hash, computed once per graph and only when first asked for: it serialises
 * the whole graph (a quarter of a second on 10,000 relations), and most visits never need it.
 */
export function againstOf(graph: GraphFile): Against {
  let against = hashes.get(graph);
  if (!against) {
    let hash: string | undefined;
    against = {
      graph,
      get hash() {
        return (hash ??= graphHash(graph));
      },
    };
    hashes.set(graph, against);
  }
  return against;
}

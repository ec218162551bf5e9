/** Making a share link: snapshot the view and the canvas, encode it, and try the clipboard. */
import type { Core } from 'cytoscape';
import { type RefObject, useCallback, useState } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { addressWith } from '../state/address.ts';
import { SNAPSHOT_KEY } from '../state/link.ts';
import { useView } from '../state/provider.tsx';
import { againstOf } from '../state/restoring.ts';
import { type Snapshot, snapshotOf } from '../state/snapshot-types.ts';

/** Where making the link has got to. `copied` is false when the clipboard refused or is missing. */
export type ShareState =
  | { phase: 'idle' }
  | { phase: 'making' }
  | { phase: 'ready'; url: string; copied: boolean; snapshot: Snapshot }
  | { phase: 'failed'; problem: string };

/** How long to wait for the clipboard: headless and embedded browsers may never answer. */
const CLIPBOARD_WAIT_MS = 1500;

/** Copies text if the browser lets it; true when it did. */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
  const timeout = new Promise<boolean>((ok) => setTimeout(() => ok(false), CLIPBOARD_WAIT_MS));
  const write = navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
  return Promise.race([write, timeout]);
}

/** The current share state and `share`, which makes a new link from what is on screen now. */
export function useShareLink(graph: GraphFile, cyRef: RefObject<Core | null>): { state: ShareState; share: () => void } {
  const { view } = useView();
  const [state, setState] = useState<ShareState>({ phase: 'idle' });
  const share = useCallback(() => {
    const cy = cyRef.current;
    if (!cy) {
      setState({ phase: 'failed', problem: 'the graph is not drawn yet' });
      return;
    }
    const snapshot = snapshotOf(view, cy, againstOf(graph).hash);
    setState({ phase: 'making' });
    // The codec is loaded the first time a link is made: the first view has no need of it.
    import('../state/snapshot-link.ts')
      .then(({ encodeSnapshotLink }) => encodeSnapshotLink(snapshot))
      .then(async (payload) => {
        const url = `${location.origin}${addressWith(`${SNAPSHOT_KEY}=${payload}`)}`;
        setState({ phase: 'ready', url, copied: await copyText(url), snapshot });
      })
      .catch((e: unknown) => setState({ phase: 'failed', problem: e instanceof Error ? e.message : String(e) }));
  }, [view, cyRef, graph]);
  return { state, share };
}

/** Share: a link to this exact view (copied when the browser allows), a snapshot file, and Open. */
import type { Core } from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { saveBlob } from '../export/download.ts';
import { Menu } from './Menu.tsx';
import { OpenSnapshot } from './OpenSnapshot.tsx';
import type { Snapshot } from '../state/snapshot-types.ts';
import { copyText, type ShareState, useShareLink } from './useShareLink.ts';
import './share.css';

/** The Share menu makes a new link each time it opens; Open sits beside it. */
export function ShareMenu({ graph, cyRef }: { graph: GraphFile; cyRef: RefObject<Core | null> }) {
  const { state, share } = useShareLink(graph, cyRef);
  const box = useRef<HTMLDivElement>(null);
  // The toolbar wraps, so Share may sit at either end: the panel opens towards the wider side.
  const [end, setEnd] = useState(false);
  const onToggle = (open: boolean) => {
    if (!open) return;
    setEnd((box.current?.getBoundingClientRect().left ?? 0) > window.innerWidth / 2);
    share();
  };
  return (
    <div ref={box} className={end ? 'share share-end' : 'share'} role="group" aria-label="Share and open">
      <Menu label="Share" onToggle={onToggle}>
        <SharePanel state={state} share={share} />
      </Menu>
      <OpenSnapshot />
    </div>
  );
}

function statusText(state: ShareState): string {
  switch (state.phase) {
    case 'idle':
    case 'making':
      return 'Making a link to this view…';
    case 'failed':
      return `The link could not be made: ${state.problem}.`;
    case 'ready':
      return state.copied
        ? `Link copied (${state.url.length} characters).`
        : `Copy the link below (${state.url.length} characters): this browser did not allow copying.`;
  }
}

/** Saves the snapshot as a file; the file format's module is loaded with the first save. */
async function saveSnapshot(snapshot: Snapshot): Promise<void> {
  const { snapshotFileText } = await import('../state/snapshot-file.ts');
  saveBlob(new Blob([snapshotFileText(snapshot)], { type: 'application/json' }), 'dyad-snapshot.json');
}

function SharePanel({ state, share }: { state: ShareState; share: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const url = state.phase === 'ready' ? state.url : '';
  // Selected, so that Ctrl+C copies it where the clipboard API is not allowed.
  useEffect(() => {
    if (url && field.current) {
      // No scrolling: the field is in a drop-down, already in view.
      field.current.focus({ preventScroll: true });
      field.current.select();
    }
  }, [url]);
  return (
    <div className="share-panel">
      <p className="share-status" role="status">
        {statusText(state)}
      </p>
      <label className="share-link">
        Link to this view
        <input ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="share-actions">
        <button type="button" disabled={!url} onClick={() => void copyText(url)}>
          Copy
        </button>
        <button type="button" onClick={share}>
          New link
        </button>
        <button
          type="button"
          disabled={state.phase !== 'ready'}
          onClick={() => state.phase === 'ready' && void saveSnapshot(state.snapshot)}
        >
          Save snapshot file
        </button>
      </div>
      <p className="hint muted">
        The link keeps the selection, the open panel, the filters, the layout, every actor&apos;s position, zoom and pan. It all
        sits after the &ldquo;#&rdquo;, which browsers never send to a server.
      </p>
    </div>
  );
}

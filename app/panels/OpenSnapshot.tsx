/** Open: a snapshot file or a JSON export, chosen with a file input or dropped onto the page. */
import { useRef } from 'react';
import { useRestoreApi } from '../state/restore.tsx';

/** A button for the (hidden) file input; the file is read, checked and restored by the explorer. */
export function OpenSnapshot() {
  const { open } = useRestoreApi();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="open-snapshot" onClick={() => input.current?.click()} title="Or drop the file onto the page">
        Open…
      </button>
      <input
        ref={input}
        type="file"
        className="open-snapshot-file"
        accept=".json,application/json"
        aria-label="Open a snapshot file or a JSON export"
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) open(file);
          // Cleared, so that choosing the same file again still counts as a change.
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}

/** Runs a callback when the selection becomes a different edge or node; not on mount, not on re-render. */
import { useEffect, useRef } from 'react';
import type { Selection } from '../state/view.ts';

/** Compared by value (kind and key): a new object for the same selection is not a new selection. */
export function useNewSelection(selection: Selection, callback: () => void): void {
  const id = selection ? `${selection.kind}:${selection.key}` : '';
  const last = useRef(id);
  // The newest callback, without making it a dependency: only a new selection should fire it.
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => {
    if (last.current === id) return;
    last.current = id;
    latest.current();
  }, [id]);
}

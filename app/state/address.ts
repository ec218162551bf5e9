/**
 * Keeps the address bar in step with the view: a new history entry for a new selection or panel,
 * so Back undoes it; the same entry rewritten for filters and layout, which change in runs.
 * Back and Forward (popstate) hand the address to `onAddress` to restore.
 */
import { useCallback, useEffect, useRef } from 'react';
import { encodeLink, historyMode, withoutHover } from './link.ts';
import type { LinkView } from './link-keys.ts';
import type { ViewState } from './view.ts';

/** The page's address with `fragment` in place of its own; no "#" at all for the default view. */
export function addressWith(fragment: string): string {
  return `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
}

/** Follows `view` into the address; returns `settle`, which says the address already shows a view. */
export function useAddressSync(view: ViewState, onAddress: (fragment: string) => void): (view: LinkView) => void {
  // What the address says. At first the view was read from it (or from a snapshot link, which
  // stays in the bar until the view changes, so a reload opens the snapshot again).
  const written = useRef(encodeLink(view));
  const shown = useRef<LinkView>(withoutHover(view));
  const settle = useCallback((restored: LinkView) => {
    written.current = encodeLink(restored);
    shown.current = withoutHover(restored);
  }, []);

  useEffect(() => {
    const next = encodeLink(view);
    const before = shown.current;
    shown.current = withoutHover(view);
    if (next === written.current) return;
    written.current = next;
    if (historyMode(before, view) === 'push') history.pushState(null, '', addressWith(next));
    else history.replaceState(history.state, '', addressWith(next));
  }, [view]);

  const latest = useRef(onAddress);
  useEffect(() => {
    latest.current = onAddress;
  });
  useEffect(() => {
    const onPop = () => latest.current(location.hash);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return settle;
}

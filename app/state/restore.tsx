/**
 * Restoring a view from outside the page: the address on Back and Forward, a file opened or
 * dropped. Holds the picture the canvas must take and the notices to show, and offers `open` to
 * the share menu through a context.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useAddressSync } from './address.ts';
import { useNotices } from './notices.ts';
import { useView } from './provider.tsx';
import { type Against, fromAddress, fromFile, type Picture, type Restoring } from './restoring.ts';

/** What the share menu needs: the graph to snapshot against, and a way to open a file. */
export interface RestoreApi {
  against: Against;
  open: (file: File) => void;
  notify: (text: string) => void;
}

const RestoreContext = createContext<RestoreApi | null>(null);

/** Provided by the explorer. */
export const RestoreProvider = RestoreContext.Provider;

/** The explorer's restore functions. */
export function useRestoreApi(): RestoreApi {
  const api = useContext(RestoreContext);
  if (!api) throw new Error('useRestoreApi must be used inside <RestoreProvider>');
  return api;
}

/** Everything the explorer needs to restore views, starting from what the page opened with. */
export function useRestore(opening: Restoring | undefined, against: Against) {
  const { view, dispatch } = useView();
  const { notices, add, dismiss } = useNotices(opening?.notices ?? []);
  const [picture, setPicture] = useState<Picture | null>(opening?.picture ?? null);
  // Restores finish out of order (decompression, file reads): only the newest may land.
  const latest = useRef(0);
  const later = useCallback(
    (pending: Promise<Restoring>, settle: ((v: Restoring['view']) => void) | null) => {
      const ticket = ++latest.current;
      void pending.then((r) => {
        if (ticket !== latest.current) return;
        // Back and Forward restore what the address already says: it must not be written again.
        settle?.(r.view);
        dispatch({ type: 'replace', view: r.view });
        if (r.picture) setPicture(r.picture);
        add(r.notices);
      });
    },
    [dispatch, add],
  );
  const settle = useAddressSync(view, (fragment) => later(fromAddress(fragment, against), settle));
  const api: RestoreApi = useMemo(
    () => ({ against, open: (file) => later(fromFile(file, against), null), notify: (text) => add([text]) }),
    [against, later, add],
  );
  return { api, picture, notices, dismiss };
}

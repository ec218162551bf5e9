/** Notices: what could not be restored, shown until dismissed. Text only, never markup. */
import { useCallback, useState } from 'react';

/** One notice; the id keeps React's list stable as others are dismissed. */
export interface Notice {
  id: number;
  text: string;
}

let next = 0;
const toNotices = (texts: string[]): Notice[] => texts.map((text) => ({ id: ++next, text }));

/** At most this many at once: a flood of notices helps no one; the newest are kept. */
const MAX_NOTICES = 4;

/** The notices, and functions to add some and to dismiss one. */
export function useNotices(initial: string[]): { notices: Notice[]; add: (texts: string[]) => void; dismiss: (id: number) => void } {
  const [notices, setNotices] = useState(() => toNotices(initial).slice(-MAX_NOTICES));
  const add = useCallback((texts: string[]) => {
    if (texts.length > 0) setNotices((old) => [...old, ...toNotices(texts)].slice(-MAX_NOTICES));
  }, []);
  const dismiss = useCallback((id: number) => setNotices((old) => old.filter((n) => n.id !== id)), []);
  return { notices, add, dismiss };
}

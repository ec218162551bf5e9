/**
 * A toolbar drop-down built on <details>, so it opens with Enter or Space and is announced as
 * expanded or collapsed with no ARIA of our own. It closes on Escape and on a press outside it.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * A labelled drop-down; `note` is a short state shown on the button, such as "2 hidden";
 * `onToggle` hears it open and close (the share menu makes its link on opening). A `lazy` menu
 * renders its contents only once first opened: a corpus of thousands of articles makes the
 * article list tens of thousands of elements, which the first view does not show.
 */
export function Menu({ label, note, children, onToggle, lazy = false }: {
  label: string; note?: string | null; children: ReactNode; onToggle?: (open: boolean) => void; lazy?: boolean;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(!lazy);
  useEffect(() => {
    const close = (e: PointerEvent) => {
      const el = ref.current;
      if (el?.open && e.target instanceof Node && !el.contains(e.target)) el.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    const el = ref.current;
    if (e.key !== 'Escape' || !el?.open) return;
    el.open = false;
    el.querySelector('summary')?.focus();
    // The menu used this Escape; the page's "Escape clears the selection" must not see it too.
    e.stopPropagation();
  };
  return (
    <details ref={ref} className="menu" onKeyDown={onKeyDown} onToggle={(e) => {
        const open = e.currentTarget.open;
        if (open) setOpened(true);
        onToggle?.(open);
      }}>
      <summary>
        {label}
        {note && <span className="menu-note"> · {note}</span>}
      </summary>
      <div className="menu-panel">{opened && children}</div>
    </details>
  );
}

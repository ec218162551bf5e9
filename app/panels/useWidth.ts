/** The width of an element, followed as it changes: the timeline draws in pixels, not percentages. */
import { type RefObject, useEffect, useRef, useState } from 'react';

/** A ref to put on the element, and its content width (`fallback` until it has been measured). */
export function useWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const measure = () => setWidth(Math.round(el.clientWidth) || fallback);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width];
}

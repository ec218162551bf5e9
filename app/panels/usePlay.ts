/**
 * Play: a day at a time from the first day to the last, then stop. Slower when the reader has
 * asked for reduced motion: each step still changes the whole graph, so it is given time to read.
 */
import { useEffect, useRef, useState } from 'react';
import { playNext, playStart } from '../model/brush.ts';

/** Milliseconds per day, normally and with prefers-reduced-motion. */
export const STEP_MS = { normal: 700, reduced: 1800 } as const;

const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

interface PlayOptions {
  /** The span to play through; null when there is nothing dated. */
  first: string | null;
  last: string | null;
  /** The day the view shows now (the range's end, or the "as reported by" day). */
  current: string | null;
  /** Shows one day; called once per step. */
  show: (day: string) => void;
  /** Play stops when this changes (the axis, say): its days mean something else then. */
  reset: unknown;
}

/** Whether it is playing, and start and pause. A pause keeps the day, and play resumes from it. */
export function usePlay({ first, last, current, show, reset }: PlayOptions) {
  const [playing, setPlaying] = useState(false);
  // Where play stands, so a press after a pause resumes there and not at the start again.
  const at = useRef<string | null>(null);
  const latest = useRef(show);
  useEffect(() => {
    latest.current = show;
  });
  useEffect(() => {
    setPlaying(false);
    at.current = null;
  }, [reset]);
  useEffect(() => {
    if (!playing || last === null) return;
    const timer = setInterval(() => {
      const next = at.current === null ? null : playNext(at.current, last);
      if (next === null) return setPlaying(false);
      at.current = next;
      latest.current(next);
    }, reducedMotion() ? STEP_MS.reduced : STEP_MS.normal);
    return () => clearInterval(timer);
  }, [playing, last]);
  const start = () => {
    if (first === null || last === null) return;
    const day = playStart(at.current !== null && at.current === current ? current : null, first, last);
    at.current = day;
    show(day);
    setPlaying(true);
  };
  return { playing, start, pause: () => setPlaying(false) };
}

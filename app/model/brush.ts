/**
 * The timeline's brush as pure functions: a drag gives a range, a key moves a handle, play steps
 * a day at a time. The components only turn pointer and key events into calls of these.
 */
import { addDays } from './days.ts';

/** Inclusive "YYYY-MM-DD" bounds; null leaves that side open. */
export interface Range {
  from: string | null;
  to: string | null;
}

/** Which end of the brush a handle moves. */
export type Handle = 'from' | 'to';

/** A drag between two days, in either direction, as an ordered range. */
export function dragRange(a: string, b: string): { from: string; to: string } {
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/** Where each handle stands: an open side stands at its end of the span. */
export function handleDays(range: Range, span: { min: string; max: string }): { from: string; to: string } {
  return { from: range.from ?? span.min, to: range.to ?? span.max };
}

/** Days a key moves a handle by; Home and End are handled apart, as they go to a limit. */
const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -7, PageUp: 7 };

/**
 * The day a key moves a handle to, kept between `lo` and `hi` (the span's end and the other
 * handle, so the two never cross); undefined for a key the slider does not use.
 */
export function stepDay(day: string, key: string, lo: string, hi: string): string | undefined {
  if (key === 'Home') return lo;
  if (key === 'End') return hi;
  const step = KEY_STEPS[key];
  if (step === undefined) return undefined;
  const next = addDays(day, step);
  return next < lo ? lo : next > hi ? hi : next;
}

/** The limits a handle may move between: the span's end on one side, the other handle on the other. */
export function handleLimits(handle: Handle, range: Range, span: { min: string; max: string }): { lo: string; hi: string } {
  const at = handleDays(range, span);
  return handle === 'from' ? { lo: span.min, hi: at.to } : { lo: at.from, hi: span.max };
}

/** The day play starts from: where the last play stopped, unless that was the end (or nowhere). */
export function playStart(current: string | null, first: string, last: string): string {
  return current === null || current >= last || current < first ? first : current;
}

/** The next day of play, or null at the end of the span. */
export function playNext(day: string, last: string): string | null {
  return day >= last ? null : addDays(day, 1);
}

/**
 * The timeline's day axis: each day of the span is a cell of equal width, so a day is a place and
 * a range is a stretch. Pure arithmetic, shared by the drawing, the brush and the tests.
 */
import { dayAt, dayIndex } from './days.ts';

/** A span of days laid across `width` pixels from `left`. */
export interface Scale {
  min: string;
  max: string;
  /** Days on the axis, both ends counted. */
  days: number;
  left: number;
  width: number;
  /** Pixels per day. */
  cell: number;
}

/** A labelled tick under the axis. */
export interface Tick {
  day: string;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The scale of a span over `width` pixels; a one-day span is one wide cell. */
export function timeScale(span: { min: string; max: string }, left: number, width: number): Scale {
  const days = Math.max(1, dayIndex(span.max) - dayIndex(span.min) + 1);
  return { min: span.min, max: span.max, days, left, width, cell: width / days };
}

/** The left edge of a day's cell; days outside the span land outside the axis. */
export function xOf(scale: Scale, day: string): number {
  return scale.left + (dayIndex(day) - dayIndex(scale.min)) * scale.cell;
}

/** The day whose cell holds `x`, clamped to the span: a drag past either end means that end. */
export function dayUnder(scale: Scale, x: number): string {
  const i = Math.floor((x - scale.left) / scale.cell);
  return dayAt(dayIndex(scale.min) + Math.min(scale.days - 1, Math.max(0, i)));
}

/** The position of a day in the span, 0 for the first: what a slider announces as its value. */
export function dayNumber(scale: Scale, day: string): number {
  return dayIndex(day) - dayIndex(scale.min);
}

/** "12 Oct", or "Oct 2025" on the first of a month when the ticks are a month apart. */
function label(day: string, monthly: boolean): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return monthly ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]}`;
}

/**
 * Ticks at least `gap` pixels apart: every 1, 2, 7 or 14 days from the first day, or on the
 * first of every month (or every few months) when even two weeks would crowd.
 */
export function axisTicks(scale: Scale, gap = 56): Tick[] {
  const first = dayIndex(scale.min);
  const step = [1, 2, 7, 14].find((s) => s * scale.cell >= gap);
  if (step !== undefined) {
    const out: Tick[] = [];
    for (let i = 0; i < scale.days; i += step) out.push({ day: dayAt(first + i), label: label(dayAt(first + i), false) });
    return out;
  }
  const every = Math.max(1, Math.ceil(gap / (30 * scale.cell)));
  const out: Tick[] = [];
  for (let i = 0; i < scale.days; i++) {
    const day = dayAt(first + i);
    const month = Number(day.slice(5, 7)) + Number(day.slice(0, 4)) * 12;
    if (day.endsWith('-01') && month % every === 0) out.push({ day, label: label(day, true) });
  }
  return out;
}

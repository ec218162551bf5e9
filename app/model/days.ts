/**
 * Calendar days as "YYYY-MM-DD" and as whole numbers (days since 1970-01-01, UTC), so a timeline
 * can do arithmetic on them. UTC throughout: a day is a calendar label, never a local instant.
 */
import type { EventDate } from '../../graph-data/schema.ts';

const DAY_MS = 86_400_000;

/** "2025-10-12" → its day number. */
export function dayIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** A day number → "YYYY-MM-DD". */
export function dayAt(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

/** The day `n` days after `iso` (before it when `n` is negative). */
export function addDays(iso: string, n: number): string {
  return dayAt(dayIndex(iso) + n);
}

/** "2025-10" → "2025-10-31": the last day of a month. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return dayAt(Math.round(Date.UTC(y, m, 0) / DAY_MS));
}

/** The whole days an event date covers: a month-precise date covers its whole month. */
export function daysOf(when: EventDate): { start: string; end: string } {
  const start = when.start.length === 7 ? `${when.start}-01` : when.start.slice(0, 10);
  const end = when.end.length === 7 ? lastDayOfMonth(when.end) : when.end.slice(0, 10);
  return { start, end };
}

/** Days from `a` to `b` counting both ends: 1 for the same day. */
export function daysBetween(a: string, b: string): number {
  return dayIndex(b) - dayIndex(a) + 1;
}

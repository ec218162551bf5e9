/** Calendar arithmetic on UTC days, so results never depend on the machine's time zone. */

const DAY_MS = 86_400_000;

/**
 * How far after the article date a yearless date may fall and keep the article's year. News
 * speaks of the past, but also of meetings already scheduled for the coming weeks: "talks resume
 * on <date a week ahead>" is this year, not a year earlier.
 */
export const SCHEDULED_GRACE_DAYS = 45;

/** A UTC midnight Date from calendar parts (month 1-12). */
export function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The YYYY-MM-DD of a UTC day. */
export function isoDay(d: Date): string {
  const y = d.getUTCFullYear();
  // toISOString writes years past 9999 or before 0 with six digits and a sign: leave those to it.
  if (y < 0 || y > 9999) return d.toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The YYYY-MM of a year and month (1-12). */
export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The UTC day `n` days after `d` (before, when n < 0). */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

/** The latest given weekday (0 = Sunday) on or before `anchor`, or strictly before it. */
export function weekdayOnOrBefore(anchor: Date, weekday: number, strictlyBefore = false): Date {
  let back = (anchor.getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(anchor, -back);
}

/** The year for a yearless month/day: the anchor's year, unless that lands well after the anchor. */
export function yearFor(month: number, day: number, anchor: Date): number {
  const year = anchor.getUTCFullYear();
  const limit = addDays(anchor, SCHEDULED_GRACE_DAYS);
  return utcDay(year, month, day) <= limit ? year : year - 1;
}

/** True when the parts name a real calendar day (no 31 November). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const d = utcDay(year, month, day);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The day count of a "YYYY-MM-DD" since the epoch (UTC), for distances between days. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The first and last day of a "YYYY-MM" or "YYYY-MM-DD" (a day is both). */
export function daysOf(iso: string): [string, string] {
  if (iso.length === 10) return [iso, iso];
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return [`${iso}-01`, isoDay(utcDay(y, m + 1, 0))];
}

/** "YYYY-MM(-DD)" moved by `years`; null when that is no real day (29 February in a common year). */
export function shiftYears(iso: string, years: number): string | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  const year = y + years;
  if (d === undefined) return isoMonth(year, m);
  return isRealDay(year, m, d) ? isoDay(utcDay(year, m, d)) : null;
}

/**
 * The year shift that puts the span [start, end] nearest `reference` (0 days when it holds it),
 * trying the reference's year and the ones either side of it; on a tie the earlier span wins,
 * since news speaks of the past. Null when no shift gives real days.
 */
export function nearestYearShift(start: string, end: string, reference: string): number | null {
  const ref = dayNumber(reference);
  const base = Number(reference.slice(0, 4)) - Number(start.slice(0, 4));
  let best: { shift: number; distance: number } | null = null;
  for (const shift of [base - 1, base, base + 1]) {
    const [a, b] = [shiftYears(start, shift), shiftYears(end, shift)];
    if (a === null || b === null) continue;
    const [first, last] = [dayNumber(daysOf(a)[0]), dayNumber(daysOf(b)[1])];
    const distance = ref < first ? first - ref : ref > last ? ref - last : 0;
    if (!best || distance < best.distance) best = { shift, distance };
  }
  return best?.shift ?? null;
}

/** Small, locale-independent formatters, so the page reads the same on every machine. */
import type { EventDate } from '../../graph-data/schema.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 sentences", "1 article". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2025-10-29" → "29 Oct 2025", "2025-10" → "Oct 2025"; anything else is shown as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** The event date with the precision the text gives: a day, a month or a range; null if none. */
export function formatWhen(when: EventDate | null, date: string | null): string | null {
  if (when === null) return date === null ? null : formatDate(date);
  if (when.precision === 'range' && when.start !== when.end) {
    return `${formatDate(when.start)} – ${formatDate(when.end)}`;
  }
  return formatDate(when.start);
}

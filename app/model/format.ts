/** Small, locale-independent formatters, so the page reads the same on every machine. */
import type { ArticleMeta, EventDate } from '../../graph-data/schema.ts';

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

/** "18–19 Oct 2025", "30 Sep – 2 Oct 2025", "30 Dec 2024 – 2 Jan 2025": a span says each part once. */
export function formatSpan(start: string, end: string): string {
  if (start === end) return formatDate(start);
  const [a, b] = [formatDate(start).split(' '), formatDate(end).split(' ')];
  // Only two full days ("D Mon YYYY") share parts; anything else is written out in full.
  if (a.length !== 3 || b.length !== 3) return `${formatDate(start)} – ${formatDate(end)}`;
  if (a[2] !== b[2]) return `${a.join(' ')} – ${b.join(' ')}`;
  if (a[1] !== b[1]) return `${a[0]} ${a[1]} – ${b.join(' ')}`;
  return `${a[0]}–${b.join(' ')}`;
}

/** The event date with the precision the text gives: a day, a month or a range; null if none. */
export function formatWhen(when: EventDate | null, date: string | null): string | null {
  if (when === null) return date === null ? null : formatDate(date);
  // The build marks a year the text does not give (an undated article's "17 October").
  const year = when.inferred ? ' (year inferred)' : '';
  if (when.precision === 'range') return formatSpan(when.start, when.end) + year;
  return formatDate(when.start) + year;
}

/** "published 30 Oct 2025", "published ~29 Oct 2025 (inferred)", or "publication date unknown". */
export function formatPublished(article: Pick<ArticleMeta, 'date' | 'dateInferred'> | undefined): string {
  if (!article?.date) return 'publication date unknown';
  return article.dateInferred ? `published ~${formatDate(article.date)} (inferred)` : `published ${formatDate(article.date)}`;
}

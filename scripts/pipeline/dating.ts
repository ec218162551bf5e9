/**
 * Dating at corpus level. An article that prints no date still belongs to a corpus, and the
 * corpus's dated articles say roughly when it was written: their median publication day is the
 * reference that lends the undated article's yearless dates ("on 17 October") a year. Its
 * publication day is then inferred from the latest day it reports, and marked so.
 */
import type { EventDate } from '../../graph-data/schema.ts';
import { nearestYearShift, shiftYears } from './calendar.ts';
import { inferPublicationDate, writtenDates, type DateAnchor } from './dates.ts';

/** What an article's analysis needs to know of the rest of its corpus. */
export interface CorpusDates {
  /** The median publication day of the articles that give theirs; null when none does. */
  reference: string | null;
}

/** A corpus with no dated article, or an article read on its own. */
export const NO_CORPUS: CorpusDates = { reference: null };

/**
 * The lower median of the publication days the articles give (nulls skipped). A median, not a
 * mean or the latest day: one stray article from another year does not move it, and the same
 * days always give the same day, whatever order they come in.
 */
export function corpusReference(dates: Iterable<string | null>): string | null {
  const days = [...dates].filter((d): d is string => d !== null).sort();
  return days[Math.floor((days.length - 1) / 2)] ?? null;
}

/** How one article's dates are read, and the publication day its text states, if any. */
export interface ArticleDating {
  anchor: DateAnchor;
  /** The publication day: given, or a dateline's day with the year placed nearest the reference. */
  published: string | null;
  /** The year of `published` is not in the text. */
  yearInferred: boolean;
}

/**
 * An article's own full date wins. Undated, a dateline's yearless day ("Oct 19") is its
 * publication day, given the year nearest the reference. Otherwise the reference lends years to
 * yearless dates only, and the publication day is left to the events (publicationDay).
 * `reference` is the corpus's, or failing that the latest date the article writes in full.
 */
export function articleDating(given: string | null, datelineDay: string | null, reference: string | null): ArticleDating {
  if (given !== null) return { anchor: given, published: given, yearInferred: false };
  if (reference === null) return { anchor: null, published: null, yearInferred: false };
  const day = datelineDay === null ? null : nearestDay(`${reference.slice(0, 4)}-${datelineDay}`, reference);
  if (day !== null) return { anchor: { kind: 'published', day, yearInferred: true }, published: day, yearInferred: true };
  return { anchor: { kind: 'reference', day: reference }, published: null, yearInferred: false };
}

/** The article's publication day and whether it is inferred, once its event dates are known. */
export function publicationDay(dating: ArticleDating, events: EventDate[]): { date: string | null; dateInferred: boolean } {
  if (dating.published !== null) return { date: dating.published, dateInferred: dating.yearInferred };
  const latest = inferPublicationDate(events);
  return { date: latest, dateInferred: latest !== null };
}

/**
 * For an undated article in a corpus with no dated article: the latest day among the dates it
 * writes in full ("19 October 2025"), as its own reference; null when it writes no year at all.
 */
export function ownReference(texts: Iterable<string>): string | null {
  let latest: string | null = null;
  for (const text of texts) {
    for (const d of writtenDates(text)) {
      const day = d.precision === 'month' ? `${d.start}-01` : d.end;
      if (latest === null || day > latest) latest = day;
    }
  }
  return latest;
}

function nearestDay(day: string, reference: string): string | null {
  const shift = nearestYearShift(day, day, reference);
  return shift === null ? null : shiftYears(day, shift);
}

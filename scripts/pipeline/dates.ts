/**
 * Event dates: chrono-node's parsers anchored at the article date, with only the precision the
 * text gives. An undated article's dates are read against a reference day from its corpus, which
 * lends yearless dates their year and nothing else; such dates say `inferred: true`.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { EventDate } from '../../graph-data/schema.ts';
import { ALL_READERS, CASUAL_DAY_WORD, MONTH_WORD, readersFor, WEEKDAY_WORD, type Readers } from './chrono-readers.ts';
import { addDays, isoDay, isoMonth, isRealDay, nearestYearShift, shiftYears, utcDay, weekdayOnOrBefore, yearFor } from './calendar.ts';

type Result = ParsedResult;

/**
 * What an article's dates are read against.
 * - A day (a string, or `published`): the article's publication day. Every date is read against
 *   it; with `yearInferred` (the text gave the day but not its year) what borrows its year from
 *   it is marked inferred.
 * - `reference`: an undated article. The day only lends yearless dates ("17 October", "in
 *   October") the year that puts them nearest it. Relative dates ("on Tuesday", "last month") are
 *   left unread: the day is no publication day, and "Tuesday" of the wrong week is worse than none.
 * - null: nothing to read against; only dates that carry their own year count.
 */
export type DateAnchor = string | { kind: 'published'; day: string; yearInferred: boolean } | { kind: 'reference'; day: string } | null;

/**
 * Two anchors years apart, in different months, on different weekdays: what resolves the same
 * from both carries its own year; what keeps its month and day but not its year is a yearless
 * date; anything else is relative to the anchor. Leap years, so "29 February" resolves from both.
 */
const PROBES = ['2004-06-15', '2012-03-10'] as const;
/** Relative expressions that point back in time; any other relative one is a duration or a plan. */
const PAST_WORDS = /\b(ago|yesterday|today|tonight)\b|\b(last|this|previous)\s+(week|weekend|month|year|\w+day)\b/i;
const FUTURE_WORDS = /\b(next|tomorrow|coming|from now|later)\b/i;
/** "October 18 and 19": chrono reads only the first day; the second is ours to add. */
const SECOND_DAY = /^\s*(?:and|&|to)\s*(\d{1,2})\b(?!\s*(?:hours?|days?|weeks?|months?|years?|%))/i;

/**
 * Parsing is the dearest step of the build, and most sentences name no date. Every date chrono
 * can read that we keep holds a digit, a month or weekday name (or its abbreviation) where chrono's
 * patterns allow one, or a word of its casual vocabulary ("today", "tonight", "tmr"); a relative
 * one is kept only with "ago", a day, week, month or year word (PAST_WORDS). This matches a
 * superset of those, case-blind, so a sentence it rejects is one chrono would find nothing in.
 */
const DATE_HINT = new RegExp(
  ['[0-9]', MONTH_WORD.source, WEEKDAY_WORD.source, CASUAL_DAY_WORD.source, 'day|week|month|year|ago|night|morning|afternoon|evening|noon'].join('|'),
  'i',
);

/** True when a text may hold a date chrono reads: false means it surely holds none. */
export function mayHoldDate(text: string): boolean {
  return DATE_HINT.test(text);
}

/** The first event date a sentence states, resolved against the article's anchor (see DateAnchor). */
export function resolveEventDate(text: string, anchor: DateAnchor): EventDate | null {
  if (!mayHoldDate(text)) return null;
  // With no anchor, a date must read the same from both probes: only one with its year written
  // does, and years are written in digits.
  if (anchor === null && !/[0-9]/.test(text)) return null;
  return parseEventDate(text, anchor, readersFor(text));
}

/** resolveEventDate without the shortcuts: chrono always runs, every parser (the tests hold the two equal). */
export function parseEventDate(text: string, anchor: DateAnchor, readers: Readers = ALL_READERS): EventDate | null {
  if (typeof anchor === 'string') return eventDates(text, anchorOf(anchor), readers)[0]?.date ?? null;
  if (anchor?.kind === 'published') {
    const first = eventDates(text, anchorOf(anchor.day), readers)[0];
    if (!first || !anchor.yearInferred) return first?.date ?? null;
    return probed(text, readers).some((p) => p.index === first.index && p.written) ? first.date : { ...first.date, inferred: true };
  }
  // Never invent a year or a day: a date keeps its own year, or takes the reference's nearest one.
  for (const p of probed(text, readers)) {
    if (p.written) return p.date;
    if (anchor === null) continue;
    const shift = nearestYearShift(p.date.start, p.date.end, anchor.day);
    const [start, end] = shift === null ? [null, null] : [shiftYears(p.date.start, shift), shiftYears(p.date.end, shift)];
    if (start !== null && end !== null) return { start, end, precision: p.date.precision, inferred: true };
  }
  return null;
}

/** All self-contained dates of a text (year, and day or month, written), in text order. */
export function writtenDates(text: string): EventDate[] {
  if (!mayHoldDate(text) || !/[0-9]/.test(text)) return [];
  return probed(text, readersFor(text)).flatMap((p) => (p.written ? [p.date] : []));
}

interface Probed {
  index: number;
  date: EventDate;
  /** The year is in the text. */
  written: boolean;
}

/**
 * The dates both probes find at the same place that do not hang on the anchor's day: `written`
 * when they read the same (the year is in the text), else yearless (month and day agree, the year
 * does not). The first probe's reading is kept. Relative dates are dropped.
 */
function probed(text: string, readers: Readers): Probed[] {
  const a = eventDates(text, anchorOf(PROBES[0]), readers);
  if (!a.length) return []; // nothing to confirm: spare the second parse
  const b = eventDates(text, anchorOf(PROBES[1]), readers);
  return a.flatMap((x): Probed[] => {
    const y = b.find((d) => d.index === x.index);
    if (!y) return [];
    if (sameDate(x.date, y.date)) return [{ ...x, written: true }];
    return sameYearless(x.date, y.date) ? [{ ...x, written: false }] : [];
  });
}

/** For an undated article: the latest day (end) among its day and range event dates. */
export function inferPublicationDate(eventDates: EventDate[]): string | null {
  const days = eventDates.filter((d) => d.precision !== 'month').map((d) => d.end);
  return days.length === 0 ? null : days.reduce((a, b) => (b > a ? b : a));
}

/** The first full date (year, month and day all written) in a line: its ISO day and where it is. */
export function findFullDate(text: string): { date: string; index: number; end: number } | null {
  // A full date's year is written in digits, and most lines have none.
  if (!/[0-9]/.test(text)) return null;
  return fullDateIn(text, readersFor(text));
}

/** findFullDate without the shortcuts: the strict parser always runs, every parser (for the tests). */
export function fullDateIn(text: string, readers: Readers = ALL_READERS): { date: string; index: number; end: number } | null {
  for (const r of readers.strict.parse(text, anchorOf(PROBES[0]))) {
    const s = r.start;
    // "2 days ago" is certain of its year too, but only as counted from the probe.
    if (r.tags().has('result/relativeDate')) continue;
    if (!(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) continue;
    const [y, m, d] = [s.get('year'), s.get('month'), s.get('day')];
    if (y === null || m === null || d === null) continue;
    return { date: isoDay(utcDay(y, m, d)), index: r.index, end: r.index + r.text.length };
  }
  return null;
}

const anchors = new Map<string, number>();

// Every sentence of an article is read against the same day: its date string is parsed once.
// A fresh Date each time all the same, so that nothing can change another sentence's anchor.
function anchorOf(day: string): Date {
  let ms = anchors.get(day);
  if (ms === undefined) anchors.set(day, (ms = Date.parse(`${day}T12:00:00Z`)));
  return new Date(ms);
}

function sameDate(a: EventDate, b: EventDate): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}

/** The same month and day (a span: both ends) moved by one whole number of years. */
function sameYearless(a: EventDate, b: EventDate): boolean {
  const years = (x: string, y: string): number | null => (x.slice(4) === y.slice(4) ? Number(y.slice(0, 4)) - Number(x.slice(0, 4)) : null);
  const [s, e] = [years(a.start, b.start), years(a.end, b.end)];
  return a.precision === b.precision && s !== null && s === e;
}

/** Event dates in text order: the strict parser's if it finds any, else the casual parser's. */
function eventDates(text: string, anchor: Date, readers: Readers): { index: number; date: EventDate }[] {
  const ref = { instant: anchor, timezone: 0 };
  for (const parser of [readers.strict, readers.casual]) {
    const found = parser
      .parse(text, ref)
      .map((r) => ({ index: r.index, date: toEventDate(r, text, anchor) }))
      .filter((x): x is { index: number; date: EventDate } => x.date !== null);
    if (found.length > 0) return found;
  }
  return [];
}

function toEventDate(r: Result, text: string, anchor: Date): EventDate | null {
  const relative = r.tags().has('result/relativeDate') || /\b(ago|last|this)\b/i.test(r.text);
  if (FUTURE_WORDS.test(r.text) || /^now$/i.test(r.text.trim())) return null;
  if (relative && !PAST_WORDS.test(r.text)) return null; // "for 13 hours", "within two days"
  // Month names are capitalised; "march" and "may" in lower case are a verb and a modal.
  if ([...r.tags()].some((t) => t.includes('MonthName')) && !/\p{Lu}/u.test(r.text)) return null;
  const s = r.start;
  if (s.isCertain('day') && s.isCertain('month')) return dayOrRange(r, text, anchor);
  if (s.isCertain('month')) return monthOf(s, anchor);
  if (s.isCertain('weekday')) return weekdayOf(r, anchor);
  return null;
}

function dayOrRange(r: Result, text: string, anchor: Date): EventDate | null {
  const start = dayOf(r.start, anchor);
  if (!start) return null;
  let end = r.end?.isCertain('day') ? dayOf(r.end, anchor, start) : null;
  const second = SECOND_DAY.exec(text.slice(r.index + r.text.length))?.[1];
  if (!end && second && Number(second) > start.getUTCDate()) {
    const [y, m] = [start.getUTCFullYear(), start.getUTCMonth() + 1];
    end = isRealDay(y, m, Number(second)) ? utcDay(y, m, Number(second)) : null;
  }
  if (end && end > start) return { start: isoDay(start), end: isoDay(end), precision: 'range' };
  return { start: isoDay(start), end: isoDay(start), precision: 'day' };
}

/** Relative days ("two hours ago") come with a year; yearless ones take the anchor's. */
function dayOf(c: ParsedComponents, anchor: Date, after?: Date): Date | null {
  const [m, d] = [c.get('month'), c.get('day')];
  if (m === null || d === null) return null;
  let y = c.isCertain('year') ? c.get('year') : yearFor(m, d, anchor);
  if (y === null) return null;
  // A range's end without a year ("December 30 - January 2") lies after its start.
  if (after && !c.isCertain('year') && utcDay(y, m, d) < after) y = after.getUTCFullYear() + 1;
  return isRealDay(y, m, d) ? utcDay(y, m, d) : null;
}

function monthOf(c: ParsedComponents, anchor: Date): EventDate | null {
  const m = c.get('month');
  const y = c.isCertain('year') ? c.get('year') : m === null ? null : yearFor(m, 1, anchor);
  if (m === null || y === null) return null;
  const month = isoMonth(y, m);
  return { start: month, end: month, precision: 'month' };
}

/** News speaks of the past: "on Thursday" is the latest Thursday on or before the article date. */
function weekdayOf(r: Result, anchor: Date): EventDate | null {
  const w = r.start.get('weekday');
  if (w === null) return null;
  const day = weekdayOnOrBefore(anchor, w, /\blast\b/i.test(r.text));
  if (!/weekend/i.test(r.text)) return { start: isoDay(day), end: isoDay(day), precision: 'day' };
  const saturday = weekdayOnOrBefore(anchor, 6);
  return { start: isoDay(saturday), end: isoDay(addDays(saturday, 1)), precision: 'range' };
}

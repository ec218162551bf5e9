/** Event dates: chrono-node's parsers anchored at the article date, with only the precision the text gives. */
// Only the English parsers: loading every locale of chrono-node costs a quarter second per build.
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { EventDate } from '../../graph-data/schema.ts';
import { addDays, isoDay, isoMonth, isRealDay, utcDay, weekdayOnOrBefore, yearFor } from './calendar.ts';

type Result = ParsedResult;

/** Two anchors years apart: what resolves the same from both does not depend on any anchor. */
const PROBES = ['2001-06-15', '2010-03-10'] as const;
/** Relative expressions that point back in time; any other relative one is a duration or a plan. */
const PAST_WORDS = /\b(ago|yesterday|today|tonight)\b|\b(last|this|previous)\s+(week|weekend|month|year|\w+day)\b/i;
const FUTURE_WORDS = /\b(next|tomorrow|coming|from now|later)\b/i;
/** "October 18 and 19": chrono reads only the first day; the second is ours to add. */
const SECOND_DAY = /^\s*(?:and|&|to)\s*(\d{1,2})\b(?!\s*(?:hours?|days?|weeks?|months?|years?|%))/i;

/**
 * Parsing is the dearest step of the build, and most sentences name no date. Every date chrono
 * can read that we keep holds a digit, a month or weekday name (or its abbreviation), or a word
 * of its casual vocabulary ("today", "tonight", "tmr"); a relative one is kept only with "ago",
 * a day, week, month or year word (PAST_WORDS). This matches a superset of those, case-blind and
 * inside words, so a sentence it rejects is one chrono would find nothing in.
 */
const DATE_HINT = /[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|day|week|month|year|ago|now|night|morning|afternoon|evening|noon|morrow|tmr/i;

/** True when a text may hold a date chrono reads: false means it surely holds none. */
export function mayHoldDate(text: string): boolean {
  return DATE_HINT.test(text);
}

/** The first event date a sentence states, resolved against the article date (YYYY-MM-DD or null). */
export function resolveEventDate(text: string, articleDate: string | null): EventDate | null {
  if (!mayHoldDate(text)) return null;
  // Undated, a date must read the same from both probes: only one with its year written does,
  // and years are written in digits.
  if (articleDate === null && !/[0-9]/.test(text)) return null;
  return parseEventDate(text, articleDate);
}

/** resolveEventDate without the shortcuts: chrono always runs (the tests hold the two equal). */
export function parseEventDate(text: string, articleDate: string | null): EventDate | null {
  if (articleDate !== null) return eventDates(text, anchorOf(articleDate))[0]?.date ?? null;
  // Without an article date only self-contained dates count: never invent a year or a day.
  const a = eventDates(text, anchorOf(PROBES[0]));
  if (!a.length) return null; // nothing to confirm: spare the second parse
  const b = eventDates(text, anchorOf(PROBES[1]));
  const same = a.find((x) => b.some((y) => y.index === x.index && sameDate(x.date, y.date)));
  return same?.date ?? null;
}

/** For an undated article: the latest day (end) among its day and range event dates. */
export function inferPublicationDate(eventDates: EventDate[]): string | null {
  const days = eventDates.filter((d) => d.precision !== 'month').map((d) => d.end);
  return days.length === 0 ? null : days.reduce((a, b) => (b > a ? b : a));
}

/** The first full date (year, month and day all written) in a line: its ISO day and where it is. */
export function findFullDate(text: string): { date: string; index: number; end: number } | null {
  if (!mayHoldDate(text)) return null;
  for (const r of chrono.strict.parse(text, anchorOf(PROBES[0]))) {
    const s = r.start;
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

/** Event dates in text order: the strict parser's if it finds any, else the casual parser's. */
function eventDates(text: string, anchor: Date): { index: number; date: EventDate }[] {
  const ref = { instant: anchor, timezone: 0 };
  for (const parser of [chrono.strict, chrono.casual]) {
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

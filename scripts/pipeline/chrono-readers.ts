/**
 * chrono-node's parsers, trimmed to the ones that can match a given text.
 *
 * Date parsing is the dearest step of the build, and most of chrono's time goes to parsers that
 * cannot match the sentence at all: the weekday parser where no weekday is named, the month-name
 * parsers where no month is, the numeric ones where there is no digit. Each of those parsers'
 * patterns requires its words (a month or weekday name where the pattern allows one; the numeric
 * patterns need an ASCII digit; the relative and casual ones need their closing or casual words),
 * so a parser whose words are absent finds nothing, and leaving it out changes no result: the
 * refiners see the same list. One trimmed copy is made per combination of features, on first use.
 */
// Only the English parsers: loading every locale of chrono-node costs a quarter second per build.
import * as chrono from 'chrono-node/en';

/** The two parser sets eventDates tries, strict first. */
export interface Readers {
  strict: chrono.Chrono;
  casual: chrono.Chrono;
}

/** Every parser, untrimmed: what the shortcuts are tested against. */
export const ALL_READERS: Readers = { strict: chrono.strict, casual: chrono.casual };

/*
 * The word patterns below lead with a fixed three-letter stem and check what stands around it
 * after: a pattern that opens with a look-behind is tried at every position, which made the date
 * hint four times slower than the parses it spares.
 */

/** The ordinal words chrono's month parsers read after a month, glued on or not ("Oct first"), and "of". */
const AFTER_MONTH = 'of|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt';

/**
 * A month name or abbreviation where chrono's month parsers can read one (a stem and any of the
 * months' endings: a superset of their dictionary). Before it they accept almost anything
 * ("1stoct", "inOctober", "2025oct"); after it their patterns allow a non-letter (a year may
 * follow at once), "of" or an ordinal word. So "dec" in "decided" and "mar" in "marked" are none.
 */
export const MONTH_WORD = new RegExp(
  `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|t|ember|ober)?(?:(?![a-z_])|(?=${AFTER_MONTH}))`,
  'i',
);

/**
 * A weekday name or abbreviation where chrono's weekday parser can read one: at a word's start, or
 * glued to the "on", "this", "last", "past" or "next" its pattern allows before it ("onMonday");
 * at a word's end, or glued to "of" or this/last/past/next (before "week"). "wed" in "followed"
 * and "mon" in "common" are none. "weekend" and "weekday" are the parser's own words too.
 */
export const WEEKDAY_WORD = new RegExp(
  '(?:sun|mon|tue|wed|thu|fri|sat)(?<=(?:^|[^a-z0-9_]|on|this|last|past|next)[a-z]{3})' +
    '(?:day|sday|nesday|rsday|rs|r|urday)?(?:(?![a-z0-9_])|(?=of|this|last|past|next))|week',
  'i',
);

/** The casual parser's words for a day, whole words as its pattern has them: "now" in "known" is none. */
export const CASUAL_DAY_WORD = /\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)\b/i;

/** What a parser's pattern cannot match without; case-blind, as chrono's are. */
const FEATURES = [
  { needs: /[0-9]/, parsers: ['SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENYearMonthDayParser', 'ISOFormatParser', 'ENTimeExpressionParser'] },
  { needs: MONTH_WORD, parsers: ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthNameParser', 'ENMonthNameParser'] },
  { needs: WEEKDAY_WORD, parsers: ['ENWeekdayParser'] },
  // The words that close "three days ago" and "two weeks later" (the casual parser's "out" and
  // "forward" too), and the casual words for a day, a time of day and the month's end.
  { needs: /ago|before|earlier/i, parsers: ['ENTimeUnitAgoFormatParser'] },
  { needs: /later|after|from now|henceforth|forward|out/i, parsers: ['ENTimeUnitLaterFormatParser'] },
  { needs: CASUAL_DAY_WORD, parsers: ['ENCasualDateParser'] },
  { needs: /morning|afternoon|evening|night|midnight|midday|noon/i, parsers: ['ENCasualTimeParser'] },
  { needs: /month/i, parsers: ['ENEndOfCurrentMonthParser'] },
] as const;

const trimmed = new Map<number, Readers>();

/** The parsers that can match `text`; a parser chrono adds in a later version is always kept. */
export function readersFor(text: string): Readers {
  let key = 0;
  FEATURES.forEach((f, bit) => {
    if (f.needs.test(text)) key |= 1 << bit;
  });
  let readers = trimmed.get(key);
  if (!readers) trimmed.set(key, (readers = { strict: trim(chrono.strict, key), casual: trim(chrono.casual, key) }));
  return readers;
}

function trim(full: chrono.Chrono, key: number): chrono.Chrono {
  const absent = new Set<string>(FEATURES.flatMap((f, bit) => (key & (1 << bit) ? [] : [...f.parsers])));
  const copy = full.clone();
  copy.parsers = copy.parsers.filter((p) => !absent.has(p.constructor.name));
  return copy;
}

/**
 * chrono-node's parsers, trimmed to the ones that can match a given text.
 *
 * Date parsing is the dearest step of the build, and most of chrono's time goes to parsers that
 * cannot match the sentence at all: the weekday parser where no weekday is named, the month-name
 * parsers where no month is, the numeric ones where there is no digit. Each of those parsers'
 * patterns requires its words (every weekday and month name and abbreviation chrono knows starts
 * with one of the three-letter stems below; the numeric patterns need an ASCII digit; the
 * relative and casual ones need their closing or casual words), so a parser whose words are absent
 * finds nothing, and leaving it out changes no result: the refiners see the same list. One trimmed
 * copy is made per combination of features, on first use.
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

/** What a parser's pattern cannot match without; searched anywhere, case-blind, as chrono's are. */
const FEATURES = [
  { needs: /[0-9]/, parsers: ['SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENYearMonthDayParser', 'ISOFormatParser', 'ENTimeExpressionParser'] },
  { needs: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i, parsers: ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthNameParser', 'ENMonthNameParser'] },
  // "weekend" and "weekday" are the weekday parser's own words too.
  { needs: /sun|mon|tue|wed|thu|fri|sat|week/i, parsers: ['ENWeekdayParser'] },
  // The words that close "three days ago" and "two weeks later" (the casual parser's "out" and
  // "forward" too), and the casual words for a day, a time of day and the month's end.
  { needs: /ago|before|earlier/i, parsers: ['ENTimeUnitAgoFormatParser'] },
  { needs: /later|after|from now|henceforth|forward|out/i, parsers: ['ENTimeUnitLaterFormatParser'] },
  { needs: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i, parsers: ['ENCasualDateParser'] },
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

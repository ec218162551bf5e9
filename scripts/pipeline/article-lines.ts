/**
 * The line rules of article cleaning: general shapes of headlines, bylines, date lines, datelines
 * and boilerplate. Pure predicates over one trimmed line; article-clean.ts walks the lines.
 */
import { isRealDay } from './calendar.ts';
import { findFullDate } from './dates.ts';
import { datelineAgencyOf, isMediaName } from './outlet-lines.ts';

/** Lines that are page furniture, not reporting: dropped wherever they appear. */
const BOILERPLATE: RegExp[] = [
  /^advertisements?$/i,
  /^(sponsored|promoted)( content)?$/i,
  /^next (story|article|post)\b/i,
  /^(previous|prev) (story|article|post)\b/i,
  /^(more|latest) (from|on|in)\b/i,
  /^(read|see) (more|also)\b/i,
  /^also read\b/i,
  /^(share|follow|subscribe|sign up|related)(\s|:|$)/i,
  /^\(?ends?\)?$/i,
  /^with (additional )?(inputs?|reporting) (from|by)\b/i,
  /^additional (inputs?|reporting) (from|by)\b/i,
  /^(copyright|©)/i,
  /^\d+\s+min(ute)?s?\s+read$/i,
  /^(photo|file photo|image)( credit)?\s*:/i,
  /^[—–-]{1,2}\s*[A-Z][\w.&'’]*(\s+[A-Z][\w.&'’]*){0,3}$/u, // a credit alone: "— Agency"
  /^\p{L}{1,2}$/u, // stray letters left by a scraper
];
/** Furniture shapes that open real prose too ("Share prices…") only count on short lines. */
const SHORT_ONLY = /^(more|latest|share|follow|subscribe|sign up|related|copyright|©|photo|file photo|image)/i;

/** True for a line that is page furniture. */
export function isBoilerplate(line: string): boolean {
  if (SHORT_ONLY.test(line) && words(line, 6) > 6) return false;
  return BOILERPLATE.some((re) => re.test(line));
}

const NAME_WORD = /^([A-Z][\p{L}.'’-]*|and|&|de|del|al|bin|van|von|der|la|le)$/u;

/** A by-line and the outlet it names, if any. */
export interface Credit {
  byline: string;
  outlet: string | null;
}

const SEPARATOR = /\s*[|,•·]\s*/;

/**
 * "By Jane Doe", "By Jane Doe | Example Times", "By Jane Doe, The Example Times", or a writer and
 * a publication with no "By": "Staff Reporter, Example Times". Without "By", the second part must
 * call itself a publication (a media word or a host): "Kabul, The Next Round" is a heading.
 */
export function creditOf(line: string): Credit | null {
  if (/[.!?]$/.test(line)) return null;
  const by = /^by\s+(.+)$/i.exec(line);
  if (by?.[1]) {
    if (words(line, 9) > 9) return null;
    const [name = '', ...rest] = by[1].split(SEPARATOR).map((p) => p.trim());
    return isName(name) ? { byline: name, outlet: rest.find((p) => isMediaName(p, true))?.trim() ?? null } : null;
  }
  const parts = line.split(SEPARATOR).map((p) => p.trim());
  if (parts.length !== 2 || words(line, 10) > 10) return null;
  const [name = '', outlet = ''] = parts;
  return isName(name) && isMediaName(outlet) ? { byline: name, outlet } : null;
}

function isName(s: string): boolean {
  const ws = s.split(/\s+/);
  return s.length <= 60 && ws.length <= 6 && /^[A-Z]/.test(s) && ws.every((w) => NAME_WORD.test(w));
}

const DATE_LABEL = /^(published|updated|posted|last updated|dated?)\b\s*:?\s*(on)?$/i;
/** What may follow a date on a date line: times, zones, reading time, separators. */
const DATE_TAIL = /^(\s|[|,•·–—-]|\d{1,2}[:.]\d{2}(\s*[aApP]\.?[mM]\.?)?|[A-Z]{2,4}\b|\d+\s+min(ute)?s?\s+read|at)*$/;

/** A short line made of a full date with only a label, a byline (and outlet) and a reading time around it. */
export function dateLineOf(line: string): { date: string; byline: string | null; outlet: string | null } | null {
  if (words(line, 14) > 14) return null;
  const found = findFullDate(line);
  if (!found) return null;
  const before = line.slice(0, found.index).replace(/[\s|,•·–—-]+$/, '');
  if (!DATE_TAIL.test(line.slice(found.end))) return null;
  if (before === '' || DATE_LABEL.test(before)) return { date: found.date, byline: null, outlet: null };
  const credit = creditOf(before) ?? (isName(before) ? { byline: before, outlet: null } : null);
  return credit === null ? null : { date: found.date, ...credit };
}

/** A scraper's " date 2025-10-30 " prefix on the first line: [date, length of the prefix]. */
export function datePrefixOf(line: string): [string, number] | null {
  const m = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/i.exec(line);
  return m?.[1] ? [m[1], m[0].length] : null;
}

/** An aggregator's "(MENAFN- Outlet (X))" prefix: [outlet, length], brackets balanced. */
export function outletPrefixOf(line: string): [string, number] | null {
  const m = /^\(?\s*MENAFN\s*[-–—:]\s*/.exec(line);
  if (!m) return null;
  let depth = 1;
  for (let i = m[0].length; i < line.length; i++) {
    if (line[i] === '(') depth++;
    if (line[i] === ')' && --depth === 0) {
      const outlet = line.slice(m[0].length, i).trim();
      const rest = /^\s*/.exec(line.slice(i + 1))?.[0].length ?? 0;
      // The aggregator is part of the provenance: "Agency, via MENAFN".
      return outlet ? [`${outlet}, via MENAFN`, i + 1 + rest] : null;
    }
  }
  return null;
}

/** What a dateline says: its length, the day it gives without a year ("MM-DD"), the agency in brackets. */
export interface Dateline {
  length: number;
  day: string | null;
  agency: string | null;
}

/** "PLACE:", "PLACE (Agency):", "PLACE, Mon 19 (Agency) --": the dateline, or null. */
export function datelineOf(line: string): Dateline | null {
  const m =
    /^[A-Z][A-Z'’.-]+(\s+[A-Z][A-Z'’.-]+){0,3}(,\s*([A-Z][a-z]{2,8})\.?\s+(\d{1,2}))?(\s*\([^()\n]{1,40}\))?\s*(:|--|—|–|-(?=\s))(\s+|$)/.exec(
      line,
    );
  if (!m) return null;
  return { length: m[0].length, day: monthDay(m[3], m[4]), agency: datelineAgencyOf(m[5]) };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Oct", "19" → "10-19"; null unless the word is a month's name or its abbreviation and the day exists. */
function monthDay(name: string | undefined, day: string | undefined): string | null {
  const word = name?.toLowerCase() ?? '';
  const month = word.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(word) || (word === 'sept' && m === 'september')) + 1 : 0;
  const d = Number(day);
  // 2004 is a leap year: "Feb 29" is a day that exists in some year.
  if (month === 0 || !isRealDay(2004, month, d)) return null;
  return `${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Length of the line once a trailing "(end)" or photo credit is cut off. */
export function bodyLength(line: string): number {
  // Both trailers close with a bracket; a regex anchored at the end still scans the whole line.
  const end = !line.endsWith(')') ? null : /\s*\((end|ends)\)$/i.exec(line) ?? /\s*\((photo|file photo|image)\b[^()]{0,40}\)$/i.exec(line);
  if (end) return end.index;
  const credit = /[.!?]["”’)]?(\s+[—–-]{1,2}\s*[A-Z][\w.&'’]*(\s+[A-Z][\w.&'’]*){0,3})$/u.exec(line);
  return credit?.[1] ? line.length - credit[1].length : line.length;
}

/** A list marker ("•", "-", "*", "1.") or markdown heading marks: [length, is a markdown heading]. */
export function markerOf(line: string): [number, boolean] {
  const heading = /^#{1,6}\s+/.exec(line);
  if (heading) return [heading[0].length, true];
  const bullet = /^([•▪◦‣●*–-]|\d{1,2}[.)])\s+/.exec(line);
  return [bullet ? bullet[0].length : 0, false];
}

/** Reads like a title: short, capitalised, and not closed like a sentence. */
export function looksLikeHeading(line: string, maxWords: number): boolean {
  const bare = line.replace(/["'”’»)\]]+$/, '');
  if (/[.!;:,]$/.test(bare) || !/\p{L}/u.test(line)) return false;
  return words(line, maxWords) <= maxWords && /^["'“‘«(\p{Lu}\d]/u.test(line);
}

/** The number of words, counted no further than one past `atMost` (paragraphs are long). */
function words(s: string, atMost = Infinity): number {
  let n = 0;
  let inWord = false;
  // What /\S+/g finds, counted with a character test rather than a match per word.
  for (let i = 0; i < s.length && n <= atMost; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(s[i] as string));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const SPACE = /\s/;

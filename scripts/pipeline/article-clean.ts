/** cleanArticle: metadata and body blocks of one article; the stored text is never changed. */
import * as rules from './article-lines.ts';
import { hasDigit, trimSpan as trim } from './chars.ts';
import { parseFrontMatter, type FrontMatter } from './front-matter.ts';
import * as credits from './outlet-lines.ts';
import type { Article, Block, SourceFile, Span } from './types.ts';

/** Headlines run longer than section heads; decks and sub-heads past this length are prose. */
const TITLE_MAX_WORDS = 25;
const SUBHEADING_MAX_WORDS = 20;
/** Outlets named after their web address name themselves this early, if at all. */
const LEDE_PARAGRAPHS = 3;

/**
 * Where the text names an outlet, most telling first: an aggregator's prefix names the story's
 * own outlet; a by-line or a "Source:" label names the publisher; a host-shaped self-credit in the
 * lede is the publisher; a dateline's bracket and a closing credit name the agency the story is
 * from; a web address's host is the last resort, a name no text gives.
 */
const OUTLET_ORDER = ['prefix', 'byline', 'label', 'self', 'dateline', 'closing', 'url'] as const;

interface Guess {
  title: string | null;
  outlets: Partial<Record<(typeof OUTLET_ORDER)[number], string>>;
  /** The credit after the last paragraph so far: a credit followed by more prose was a caption's. */
  closing: string | null;
  date: string | null;
  byline: string | null;
  url: string | null;
  datelineDay: string | null;
  blocks: Block[];
  /** Paragraphs so far: datelines open the first only; later "WORD:" openings are prose. */
  paragraphs: number;
}

/** Splits an article into headline, sub-headline and paragraph blocks and reads its metadata. */
export function cleanArticle(source: SourceFile): Article {
  const front = parseFrontMatter(source.text, source.file);
  const guess: Guess = { title: null, outlets: {}, closing: null, date: null, byline: null, url: null, datelineDay: null, blocks: [], paragraphs: 0 };
  for (const line of logicalLines(source.text, front?.bodyStart ?? 0)) readLine(source.text, line, guess);
  if (guess.closing !== null) guess.outlets.closing ??= guess.closing;
  const url = pick(front, 'url', guess.url);
  const host = url === null ? null : credits.hostOf(url);
  if (host !== null) guess.outlets.url ??= host;
  const meta = {
    id: source.id,
    file: source.file,
    title: pick(front, 'title', guess.title),
    outlet: pick(front, 'outlet', OUTLET_ORDER.map((k) => guess.outlets[k]).find((o) => o !== undefined) ?? null),
    date: pick(front, 'date', guess.date),
    dateInferred: false,
    byline: pick(front, 'byline', guess.byline),
    url,
  };
  return { id: source.id, file: source.file, text: source.text, meta, blocks: guess.blocks, datelineDay: guess.datelineDay };
}

/**
 * The publication date cleanArticle finds, with less work: for the corpus survey, which reads
 * every article before the build only for this. The first date found wins, so reading stops
 * there. Past the first block only a dateline can still give one, and a full date writes its year
 * in digits: lines without a digit are skipped (the tests hold it equal to cleanArticle's date).
 */
export function articleDate(source: SourceFile): string | null {
  const front = parseFrontMatter(source.text, source.file);
  if (front && 'date' in front.fields) return front.fields.date ?? null;
  const guess: Guess = { title: null, outlets: {}, closing: null, date: null, byline: null, url: null, datelineDay: null, blocks: [], paragraphs: 0 };
  for (const line of logicalLines(source.text, front?.bodyStart ?? 0)) {
    if (guess.blocks.length > 0 && !hasDigit(source.text, line.start, line.end)) continue;
    readLine(source.text, line, guess);
    if (guess.date !== null) return guess.date;
  }
  return null;
}

function pick(front: FrontMatter | null, key: keyof FrontMatter['fields'], guessed: string | null): string | null {
  return front && key in front.fields ? (front.fields[key] ?? null) : guessed;
}

/** Classifies one line: furniture and metadata lines are consumed, the rest becomes a block. */
function readLine(text: string, line: Span, g: Guess): void {
  const raw = text.slice(line.start, line.end);
  if (readCreditLine(raw, g) || rules.isBoilerplate(raw)) return;
  const credit = rules.creditOf(raw);
  const dateLine = credit === null ? rules.dateLineOf(raw) : null;
  if (credit !== null || dateLine !== null) {
    g.byline ??= credit?.byline ?? dateLine?.byline ?? null;
    const outlet = credit?.outlet ?? dateLine?.outlet ?? null;
    if (outlet !== null) g.outlets.byline ??= outlet;
    g.date ??= dateLine?.date ?? null;
    return;
  }
  const span = stripPrefixes(text, line, g);
  if (span === null) return;
  const body = text.slice(span.start, span.end);
  const [marker, markdownHeading] = rules.markerOf(body);
  const block = trim(text, { start: span.start + marker, end: span.end });
  if (block.end <= block.start) return;
  const words = text.slice(block.start, block.end);
  // Only an untouched first line can be the title: one that opened with a dateline is a lede.
  const first = g.blocks.length === 0 && span.start === line.start;
  if (first && (markdownHeading || rules.looksLikeHeading(words, TITLE_MAX_WORDS))) {
    g.title = words;
    g.blocks.push({ start: block.start, end: block.end, kind: 'headline' });
  } else if (markdownHeading || rules.looksLikeHeading(words, SUBHEADING_MAX_WORDS)) {
    g.blocks.push({ start: block.start, end: block.end, kind: 'subheadline' });
  } else {
    const self = g.paragraphs < LEDE_PARAGRAPHS ? credits.selfCreditOf(words) : null;
    if (self !== null) g.outlets.self ??= self;
    g.paragraphs++;
    g.blocks.push({ start: block.start, end: block.end, kind: 'paragraph' });
  }
  // bodyLength cut the credit off the block: it is read from the line.
  g.closing = credits.trailingCreditOf(raw);
}

/** Lines that only credit or locate the story: "Source: X", "— Agency", a bare web address. */
function readCreditLine(raw: string, g: Guess): boolean {
  const url = credits.urlLineOf(raw);
  if (url !== null) {
    g.url ??= url;
    return true;
  }
  const label = credits.sourceLabelOf(raw);
  if (label !== null) g.outlets.label ??= label;
  const closing = label === null ? credits.creditLineOf(raw) : null;
  if (closing !== null) g.closing = closing;
  return label !== null || closing !== null;
}

/** Cuts a date prefix, an aggregator's outlet, a dateline and a trailing credit; null if nothing is left. */
function stripPrefixes(text: string, line: Span, g: Guess): Span | null {
  let start = line.start;
  const prefix = g.blocks.length === 0 ? rules.datePrefixOf(text.slice(start, line.end)) : null;
  if (prefix) {
    g.date ??= prefix[0];
    start += prefix[1];
  }
  const outlet = rules.outletPrefixOf(text.slice(start, line.end));
  if (outlet) {
    g.outlets.prefix ??= outlet[0];
    start += outlet[1];
  }
  const dateline = g.paragraphs === 0 ? rules.datelineOf(text.slice(start, line.end)) : null;
  if (dateline) {
    g.datelineDay ??= dateline.day;
    if (dateline.agency !== null) g.outlets.dateline ??= dateline.agency;
    start += dateline.length;
  }
  const span = trim(text, { start, end: start + rules.bodyLength(text.slice(start, line.end)) });
  return span.end > span.start ? span : null;
}

/**
 * Non-empty lines as trimmed spans. A hard-wrapped paragraph (a line that does not close like a
 * sentence, followed without a blank line by one that starts in lower case) is joined into one.
 */
function logicalLines(text: string, from: number): Span[] {
  const out: Span[] = [];
  let blankBefore = true;
  for (let start = from; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const span = trim(text, { start, end });
    const prev = out[out.length - 1];
    if (span.end === span.start) {
      blankBefore = true;
    } else {
      if (prev && !blankBefore && continues(text, prev, span)) prev.end = span.end;
      else out.push(span);
      blankBefore = false;
    }
    start = end + 1;
  }
  return out;
}

function continues(text: string, prev: Span, next: Span): boolean {
  // The line's last character alone: a line is a trimmed, non-empty span.
  return !/[.!?:;"”’)\]…]/.test(text[prev.end - 1] ?? '') && /^\p{Ll}/u.test(text[next.start] ?? '');
}

/** cleanArticle: metadata and body blocks of one article; the stored text is never changed. */
import * as rules from './article-lines.ts';
import { parseFrontMatter, type FrontMatter } from './front-matter.ts';
import type { Article, Block, SourceFile, Span } from './types.ts';

/** Headlines run longer than section heads; decks and sub-heads past this length are prose. */
const TITLE_MAX_WORDS = 25;
const SUBHEADING_MAX_WORDS = 20;

interface Guess {
  title: string | null;
  outlet: string | null;
  date: string | null;
  byline: string | null;
  blocks: Block[];
  /** Datelines open the first paragraph only; later "WORD:" openings are prose. */
  seenParagraph: boolean;
}

/** Splits an article into headline, sub-headline and paragraph blocks and reads its metadata. */
export function cleanArticle(source: SourceFile): Article {
  const front = parseFrontMatter(source.text, source.file);
  const guess: Guess = { title: null, outlet: null, date: null, byline: null, blocks: [], seenParagraph: false };
  for (const line of logicalLines(source.text, front?.bodyStart ?? 0)) readLine(source.text, line, guess);
  const meta = {
    id: source.id,
    file: source.file,
    title: pick(front, 'title', guess.title),
    outlet: pick(front, 'outlet', guess.outlet),
    date: pick(front, 'date', guess.date),
    dateInferred: false,
    byline: pick(front, 'byline', guess.byline),
    url: pick(front, 'url', null),
  };
  return { id: source.id, file: source.file, text: source.text, meta, blocks: guess.blocks };
}

function pick(front: FrontMatter | null, key: keyof FrontMatter['fields'], guessed: string | null): string | null {
  return front && key in front.fields ? (front.fields[key] ?? null) : guessed;
}

/** Classifies one line: furniture and metadata lines are consumed, the rest becomes a block. */
function readLine(text: string, line: Span, g: Guess): void {
  const raw = text.slice(line.start, line.end);
  if (rules.isBoilerplate(raw)) return;
  const byline = rules.bylineOf(raw);
  const dateLine = byline === null ? rules.dateLineOf(raw) : null;
  if (byline !== null || dateLine !== null) {
    g.byline ??= byline ?? dateLine?.byline ?? null;
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
    g.blocks.push({ ...block, kind: 'headline' });
  } else if (markdownHeading || rules.looksLikeHeading(words, SUBHEADING_MAX_WORDS)) {
    g.blocks.push({ ...block, kind: 'subheadline' });
  } else {
    g.seenParagraph = true;
    g.blocks.push({ ...block, kind: 'paragraph' });
  }
}

/** Cuts a date prefix, an aggregator's outlet, a dateline and a trailing credit; null if nothing is left. */
function stripPrefixes(text: string, line: Span, g: Guess): Span | null {
  let start = line.start;
  const rest = () => text.slice(start, line.end);
  const prefix = g.blocks.length === 0 ? rules.datePrefixOf(rest()) : null;
  if (prefix) {
    g.date ??= prefix[0];
    start += prefix[1];
  }
  const outlet = rules.outletPrefixOf(rest());
  if (outlet) {
    g.outlet ??= outlet[0];
    start += outlet[1];
  }
  if (!g.seenParagraph) start += rules.datelineLength(rest());
  const span = trim(text, { start, end: start + rules.bodyLength(rest()) });
  return span.end > span.start ? span : null;
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
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
  return !/[.!?:;"”’)\]…]$/.test(text.slice(prev.start, prev.end)) && /^\p{Ll}/u.test(text[next.start] ?? '');
}

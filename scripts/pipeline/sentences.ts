/** Sentence spans with offsets into the stored text: one per heading, several per paragraph. */
import { isSpaceAt, trimSpan as trim } from './chars.ts';
import type { Article, Sentence, Span } from './types.ts';

/** Titles before a name: a full stop after them never ends a sentence. */
const TITLES = new Set('Mr Mrs Ms Dr St Gen Lt Col Maj Capt Cpl Sgt Brig Adm Cmdr Prof Sen Rep Gov Rev Hon Pres Jr Sr Mt Ft Insp Supt'.split(' '));
/** Abbreviations that stand before a number ("No. 5", "Oct. 19"); elsewhere they may end a sentence. */
const BEFORE_NUMBER = new Set('No Nos Art Vol Fig Sec Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '));
const TERMINAL = /[.!?…]/;
const CLOSER = /["'”’»)\]]/;
const STARTER = /[\p{Lu}\d“‘"'«(\[]/u;

/** Splits every block into sentences, numbered across the article from 0. */
export function splitSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  for (const block of article.blocks) {
    const heading = block.kind !== 'paragraph';
    const spans = heading ? [block] : splitParagraph(article.text, block);
    for (const { start, end } of spans.map((s) => trim(article.text, s)).filter((s) => s.end > s.start)) {
      out.push({ article: article.id, index: out.length, start, end, text: article.text.slice(start, end), heading });
    }
  }
  return out;
}

/** Sentence spans of one paragraph: a boundary is end punctuation, its closing quotes, a space, a capital. */
function splitParagraph(text: string, block: Span): Span[] {
  const spans: Span[] = [];
  const quote = { open: false };
  let from = block.start;
  for (let i = block.start; i < block.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 0x22) track(quote, text[i]);
    // Most characters end nothing: a code comparison spares a regex test per character.
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) continue;
    let j = i + 1;
    while (j < block.end && TERMINAL.test(text[j] ?? '')) j++;
    const run = text.slice(i, j);
    if (!isBoundary(text, block, i, run, quote.open)) {
      i = j - 1; // closers after a non-boundary are read on the next turns, for the quote state
      continue;
    }
    while (j < block.end && CLOSER.test(text[j] ?? '')) track(quote, text[j++]);
    spans.push({ start: from, end: j });
    while (j < block.end && isSpaceAt(text, j)) j++;
    from = j;
    i = j - 1;
  }
  spans.push({ start: from, end: block.end });
  return spans;
}

function track(quote: { open: boolean }, c: string | undefined): void {
  if (c === '“') quote.open = true;
  else if (c === '”') quote.open = false;
  else if (c === '"') quote.open = !quote.open;
}

/** After the terminal run at [i, i + run.length): closers, then space, then a sentence opener. */
function isBoundary(text: string, block: Span, i: number, run: string, inQuote: boolean): boolean {
  let j = i + run.length;
  while (j < block.end && CLOSER.test(text[j] ?? '')) j++;
  let k = j;
  while (k < block.end && isSpaceAt(text, k)) k++;
  const next = text[k] ?? '';
  if (k === j || k >= block.end || !STARTER.test(next)) return false;
  // An ellipsis inside a quotation marks words left out, not the end of what was said.
  if ((run.includes('…') || run.length >= 3) && inQuote) return false;
  return !isAbbreviation(text, i, run, next);
}

/** A full stop after a title, an initial, a dotted acronym ("U.S.") or "No." before a number. */
function isAbbreviation(text: string, dot: number, run: string, next: string): boolean {
  if (run !== '.') return false;
  const before = text.slice(Math.max(0, dot - 40), dot);
  const word = trailingWord(before);
  if (TITLES.has(word)) return true;
  if (BEFORE_NUMBER.has(word) && /\d/.test(next)) return true;
  if (/^(\p{Lu}\.)+\p{Lu}$/u.test(word)) return true;
  if (!/^\p{Lu}$/u.test(word)) return false;
  // "John F. Kennedy" is an initial; "posted on X. The" ends a sentence.
  const prev = /(\S+)\s+\S*$/u.exec(before)?.[1];
  return prev === undefined || /^\p{Lu}/u.test(prev);
}

const WORD_CHAR = /^[\p{L}.]$/u;

/**
 * The letters and dots that end `s`: what /[\p{L}.]*$/u finds, read backwards from the end
 * instead of tried from every position (the regex does that, and it runs at every full stop).
 */
function trailingWord(s: string): string {
  let k = s.length;
  while (k > 0) {
    const c = s.charCodeAt(k - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) {
      k--;
      continue;
    }
    if (c < 128) break;
    const pair = c >= 0xdc00 && c <= 0xdfff && k >= 2 && (s.charCodeAt(k - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    if (!WORD_CHAR.test(s.slice(k - width, k))) break;
    k -= width;
  }
  return s.slice(k);
}

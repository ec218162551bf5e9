/** Tokens of a sentence: words, possessive endings and punctuation, with offsets into the sentence. */
import type { WordEntry } from './lexicon.ts';
import type { Token } from './types.ts';

/** The lexicon's words, whose entries the tokens then carry (lexicon.ts, WordEntry). */
type Words = ReadonlyMap<string, WordEntry>;

// A word may hold inner apostrophes and dots (U.S.) but hyphens split it, so that
// "India-backed" and "Pak-Afghan" expose their parts to the actor and frame matchers.
const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?(?<=\p{L}\.\p{L}\.)|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\S/gu;

// Printable ASCII other than the backtick: nothing to fold but the case (the common token).
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

// Folded short tokens (curly quotes, dashes, "’s", names with accents) recur in every article.
// Only short ones are kept: a longer slice of a text would keep the whole text alive.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** Lower-cases and folds diacritics, curly quotes and dashes so dictionaries need one spelling. */
export function norm(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  if (s.length > 12) return fold(s);
  let f = FOLDED.get(s);
  if (f === undefined) {
    f = fold(s);
    if (FOLDED.size < FOLDED_MAX) FOLDED.set(s, f);
  }
  return f;
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—‑]/g, '-')
    .toLowerCase();
}

/** The same pattern, matched only where told to start (lastIndex): tokenize's general case. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/**
 * Splits a sentence into tokens; "X's" yields "X" and "'s". Given the lexicon's words, each token
 * carries its word's entry (or null).
 */
export function tokenize(text: string, words?: Words): Token[] {
  const out: Token[] = [];
  const n = text.length;
  for (let p = 0; p < n; ) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      p++;
      continue;
    }
    // The common token, a run of ASCII letters and digits followed by ASCII that is no dot or
    // apostrophe, is what TOKEN matches there (its first branch needs a final dot, its second
    // stops at the run's end); it is cut here without running the regex.
    if (alnum(c)) {
      let q = p + 1;
      while (q < n && alnum(text.charCodeAt(q))) q++;
      const d = q < n ? text.charCodeAt(q) : 32;
      if (d < 128 && d !== 46 && d !== 39) {
        const t = text.slice(p, q);
        out.push(token(p, q, t, t.toLowerCase(), words));
        p = q;
        continue;
      }
      // "Kabul's" or "Kabul’s" before a space or a mark (not a letter, digit or apostrophe): the
      // pattern's second branch, cut as a possessive.
      const e = q + 2 < n ? text.charCodeAt(q + 2) : 32;
      if ((d === 39 || d === 0x2019) && text.charCodeAt(q + 1) === 115 && e < 128 && e !== 39 && !alnum(e)) {
        const t = text.slice(p, q);
        out.push(token(p, q, t, t.toLowerCase(), words), token(q, q + 2, text.slice(q, q + 2), "'s", words));
        p = q + 2;
        continue;
      }
    }
    TOKEN_AT.lastIndex = p;
    const m = TOKEN_AT.exec(text);
    if (!m) {
      p++; // only white space matches nothing
      continue;
    }
    const raw = m[0];
    if (possessive(raw)) {
      const cut = p + raw.length - 2;
      out.push(make(text, p, cut, words), make(text, cut, p + raw.length, words));
    } else {
      out.push(make(text, p, p + raw.length, words));
    }
    p += raw.length;
  }
  return out;
}

function alnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** "X's": a possessive ending after at least one character (what /^(.+?)(['’]s)$/ matched). */
function possessive(raw: string): boolean {
  const n = raw.length;
  return n > 2 && raw.charCodeAt(n - 1) === 115 && (raw[n - 2] === "'" || raw[n - 2] === '’');
}

function make(text: string, start: number, end: number, words: Words | undefined): Token {
  const t = text.slice(start, end);
  return token(start, end, t, norm(t), words);
}

function token(start: number, end: number, text: string, norm: string, words: Words | undefined): Token {
  return words ? { start, end, text, norm, entry: words.get(norm) ?? null } : { start, end, text, norm };
}

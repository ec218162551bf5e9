/** Tokens of a sentence: words, possessive endings and punctuation, with offsets into the sentence. */
import type { Token } from './types.ts';

// A word may hold inner apostrophes and dots (U.S.) but hyphens split it, so that
// "India-backed" and "Pak-Afghan" expose their parts to the actor and frame matchers.
const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?(?<=\p{L}\.\p{L}\.)|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\S/gu;

/** Lower-cases and folds diacritics, curly quotes and dashes so dictionaries need one spelling. */
export function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—‑]/g, '-')
    .toLowerCase();
}

/** Splits a sentence into tokens; "X's" yields "X" and "'s". */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const poss = /^(.+?)(['’]s)$/u.exec(raw);
    if (poss && poss[1] && poss[2]) {
      const cut = start + poss[1].length;
      out.push(make(text, start, cut), make(text, cut, start + raw.length));
    } else {
      out.push(make(text, start, start + raw.length));
    }
  }
  return out;
}

function make(text: string, start: number, end: number): Token {
  const t = text.slice(start, end);
  return { start, end, text: t, norm: norm(t) };
}

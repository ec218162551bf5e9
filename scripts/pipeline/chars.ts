/**
 * Character tests by code unit, for loops that walk a text one character at a time. A regular
 * expression run on a one-character string costs a string and a match per character; the cleaner
 * and the sentence splitter walk every character of every article, twice where the corpus survey
 * reads it first.
 */

import type { Span } from './types.ts';

const SPACE = /\s/;

/** True where `text[i]` is what `/\s/` matches; false past the end. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128 || Number.isNaN(c)) return c === 32 || (c >= 9 && c <= 13); // NaN: past the end
  return SPACE.test(text[i] as string);
}

/** True when a character of text[start, end) is an ASCII digit, as `/[0-9]/` finds one. */
export function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The span without the white space (as `/\s/` finds it) at either end. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

/**
 * The build's shortcuts must never change what it finds: the date prefilters against chrono run
 * on every sentence, the hand-cut tokens against the token pattern, the indexed word classes
 * against a scan of the whole class.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './articles.ts';
import { findFullDate, fullDateIn, parseEventDate, resolveEventDate, writtenDates, type DateAnchor } from './dates.ts';
import { ALL_READERS, readersFor } from './chrono-readers.ts';
import { classAt, inClass, startsClass, wordsAt } from './lexicon.ts';
import { splitSentences } from './sentences.ts';
import { realLexicon } from './testing/fixture.ts';
import { norm, tokenize } from './tokens.ts';
import type { Token } from './types.ts';

const articles = fileURLToPath(new URL('../../graph-data/articles/', import.meta.url));
const texts = readdirSync(articles).sort().map((f) => readFileSync(articles + f, 'utf8'));
const sentences = texts.flatMap((text, i) => splitSentences(cleanArticle({ id: `a${i}`, file: 'a.txt', text })).map((s) => s.text));

const DATES = [
  'two days ago', 'Published two days ago', 'last Friday', 'tmr', 'the day before yesterday', 'on Oct. 5', 'in the morning',
  'tonight', 'last night', 'noon', 'overmorrow they met', '5 d ago', 'a week ago', 'this weekend', 'end of month', 'onMonday',
  'a few hours later', '- 2 days', '2025-10-28', '10/28/2025', 'March', 'may', 'Sept 3rd', 'in 2019', 'on 12 October 2024',
];

const ANCHORS: DateAnchor[] = [null, '2025-10-30', '2024-01-03', { kind: 'reference', day: '2025-10-28' }, { kind: 'published', day: '2025-10-19', yearInferred: true }];

/**
 * Month, weekday and casual day words with what may stand around them: glued on as chrono's
 * patterns allow ("onMonday", "1stoct", "Decfirst"), and glued as they do not ("decided").
 */
function wordsInContext(): string[] {
  const words = ['January', 'sept', 'Dec', 'dec.', 'may', 'March', 'Oct', 'Monday', 'mon', 'Wed', 'thurs', 'sat.', 'weekend', 'now', 'today', 'tmrw', 'last night'];
  const before = ['', ' ', 'x', 'on', 'in', '1st', '12', '2025', '2025 of ', 'this', 'next ', ',', '(', 'fol', 'com'];
  const after = ['', ' ', 'x', 'ided', 'ked', '5', ' 5', '2025', 'of 2024', ' of 2024', 'first', 'twenty-first', 'next week', 'ofthisweek', ',', '.', '_', 'th', 'ey'];
  return words.flatMap((w) => before.flatMap((b) => after.map((a) => `${b}${w}${a}`)));
}

describe('the trimmed parser sets', () => {
  it('find what every parser finds, wherever the words stand', () => {
    const ref = { instant: new Date(Date.UTC(2025, 9, 30)), timezone: 0 };
    const seen = (r: { index: number; text: string; start: { date(): Date } }[]) => r.map((x) => [x.index, x.text, x.start.date().toISOString()]);
    for (const text of [...wordsInContext(), ...DATES]) {
      const trimmed = readersFor(text);
      expect(seen(trimmed.strict.parse(text, ref)), text).toEqual(seen(ALL_READERS.strict.parse(text, ref)));
      expect(seen(trimmed.casual.parse(text, ref)), text).toEqual(seen(ALL_READERS.casual.parse(text, ref)));
    }
  });
  it('leave out the month and weekday parsers for words that only hold their letters', () => {
    const count = (text: string) => readersFor(text).casual.parsers.length;
    expect(count('He decided it was known and followed.')).toBeLessThan(count('He decided it on Monday, 5 October.'));
  });
});

describe('the date shortcuts', () => {
  it('give what chrono gives on every sentence, dated or not', () => {
    for (const text of [...DATES, ...wordsInContext(), ...sentences, ...texts.flatMap((t) => t.split('\n'))]) {
      for (const date of ANCHORS) expect(resolveEventDate(text, date), text).toEqual(parseEventDate(text, date));
    }
  });
  it('find the same full dates and written dates on every line as every parser does', () => {
    for (const text of [...DATES, ...sentences, ...texts.flatMap((t) => t.split('\n'))]) {
      expect(findFullDate(text), text).toEqual(fullDateIn(text, ALL_READERS));
      const all = parseEventDate(text, null, ALL_READERS);
      // writtenDates lists every date with its year; the untrimmed parse finds the first of them.
      expect(writtenDates(text)[0] ?? null, text).toEqual(all);
    }
  });
});

// The pattern and the possessive split tokenize.ts had before its shortcut.
const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?(?<=\p{L}\.\p{L}\.)|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\S/gu;
function slowTokens(text: string): Token[] {
  const slowNorm = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`´]/g, "'").replace(/[“”„]/g, '"').replace(/[–—‑]/g, '-').toLowerCase();
  const make = (a: number, b: number): Token => ({ start: a, end: b, text: text.slice(a, b), norm: slowNorm(text.slice(a, b)) });
  return [...text.matchAll(TOKEN)].flatMap((m) => {
    const poss = /^(.+?)(['’]s)$/u.exec(m[0]);
    const cut = m.index + (poss?.[1]?.length ?? 0);
    return poss ? [make(m.index, cut), make(cut, m.index + m[0].length)] : [make(m.index, m.index + m[0].length)];
  });
}

describe('the token shortcuts', () => {
  it('cut every sentence as the token pattern does', () => {
    for (const s of sentences) expect(tokenize(s)).toEqual(slowTokens(s));
  });
  it('cut random strings of awkward characters as the token pattern does', () => {
    const alphabet = ['a', 'B', 'é', '1', '.', "'", '’', ' ', '-', 's', 'U', '\n', '“', 'ß', '\u00a0', '😀', '`', 'İ', '\u2003', 'K', '\u0301', '\ud835'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) {
      const s = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(tokenize(s), JSON.stringify(s)).toEqual(slowTokens(s));
    }
  });
  it('fold plain ASCII by lower-casing only', () => {
    expect(['Pakistan', 'U.S.', "ISPR's", 'x_y', '`a'].map(norm)).toEqual(['pakistan', 'u.s.', "ispr's", 'x_y', "'a"]);
  });
});

describe('the word-class index', () => {
  it('finds what a scan of the whole class finds, at every token, with the entries on the tokens or looked up', () => {
    const { lex } = realLexicon();
    const misses: string[] = [];
    for (const [s, tokens] of sentences.flatMap((s) => [[s, tokenize(s)] as const, [s, tokenize(s, lex.words)] as const])) {
      for (const [cls, phrases] of lex.classes) {
        for (let i = 0; i <= tokens.length; i++) {
          const scan = phrases.find((p) => wordsAt(tokens, i, p))?.length ?? 0;
          const one = !!tokens[i] && phrases.some((p) => p.length === 1 && p[0] === tokens[i]?.norm);
          const starts = !!tokens[i] && [...lex.classes.values()].some((ps) => ps.some((p) => p[0] === tokens[i]?.norm));
          if (classAt(lex, cls, tokens, i) !== scan || inClass(lex, cls, tokens[i]) !== one || startsClass(lex, tokens[i]) !== starts) misses.push(`${cls} at ${i} of ${s}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

/** articleDate is cleanArticle's date read with shortcuts: the two must always agree. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleDate } from './article-clean.ts';
import { cleanArticle } from './articles.ts';

const folder = (rel: string): string[] => {
  const dir = fileURLToPath(new URL(rel, import.meta.url));
  return readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
};

// Where a date can stand: front matter, a scraper's prefix, a date line before or after the body,
// a dateline with no year, a by-line with a date, or nowhere.
const CASES = [
  '---\ntitle: T\ndate: 2024-02-29\n---\nBody text here.',
  '---\ntitle: T\n---\nBody. Published 3 March 2024',
  ' date 2024-03-05 NORTHPORT: The council voted on Tuesday.\n\nMore text.',
  'Headline of the story\n\nMarch 4, 2024\n\nThe council voted.',
  'Headline of the story\n\nThe council voted on 3 March.\n\nPublished: 5 March 2024',
  'Headline\n\nBy Jane Doe | March 4, 2024 10:30\n\nText of 12 words in 2023.',
  'Headline\n\nNORTHPORT, Oct 19 (Agency) -- The council voted.',
  'No date at all in this one.\n\nNor here, in 1999 or in any year.',
  'Updated 2 hours ago\n\nThe council voted.',
];

describe('articleDate', () => {
  it('gives the date cleanArticle gives, on every bundled article and on every kind of date line', () => {
    const texts = [...CASES, ...folder('../../graph-data/articles/')];
    expect(texts.length).toBeGreaterThan(CASES.length);
    const dated = texts.filter((text) => {
      const source = { id: 'x', file: 'x.md', text };
      expect(articleDate(source), text.slice(0, 80)).toBe(cleanArticle(source).meta.date);
      return articleDate(source) !== null;
    });
    // Both kinds are exercised: some articles give a date, some give none.
    expect(dated.length).toBeGreaterThan(2);
    expect(dated.length).toBeLessThan(texts.length);
  });
});

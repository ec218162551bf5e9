/** Test helpers: the real dictionaries and the whole extraction over a few invented sentences. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../articles.ts';
import { parseDictionaries } from '../dictionaries.ts';
import { extractArticle } from '../extract.ts';
import type { Dictionaries } from '../index.ts';
import { compileLexicon, type Lexicon } from '../lexicon.ts';
import { splitSentences } from '../sentences.ts';
import type { Finding } from '../types.ts';

const dataFile = (name: string): { file: string; text: string } => {
  const file = fileURLToPath(new URL(`../../../graph-data/${name}`, import.meta.url));
  return { file, text: readFileSync(file, 'utf8') };
};

let cached: { dicts: Dictionaries; lex: Lexicon } | null = null;

/** The project's own dictionaries, compiled once per test file. */
export function realLexicon(): { dicts: Dictionaries; lex: Lexicon } {
  cached ??= (() => {
    const dicts = parseDictionaries(dataFile('actors.json'), dataFile('relations.json'));
    return { dicts, lex: compileLexicon(dicts) };
  })();
  return cached;
}

/** Findings of an invented article (paragraphs separated by blank lines). */
export function findingsOf(text: string): Finding[] {
  const article = cleanArticle({ id: 'fixture', file: 'fixture.txt', text });
  return extractArticle(article, splitSentences(article), realLexicon().lex).findings;
}

/** "source type target" for each finding of one sentence, sorted, for compact assertions. */
export function triples(findings: Finding[], sentence?: number): string[] {
  return findings
    .filter((f) => sentence === undefined || f.sentence === sentence)
    .map((f) => `${f.source} ${f.type} ${f.target}`)
    .sort();
}

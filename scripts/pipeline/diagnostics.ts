/** PETRARCH-style diagnostics: where the dictionaries should grow. */
import type { View } from './analysis.ts';
import type { Diagnostic } from './index.ts';
import type { Lexicon } from './lexicon.ts';
import type { Finding } from './types.ts';

/** Sentences naming two core actors with no relation between anyone in them. */
export function diagnose(article: string, views: View[], findings: Finding[], lex: Lexicon): Diagnostic[] {
  const out: Diagnostic[] = [];
  const related = new Set(findings.map((f) => f.sentence));
  for (const v of views) {
    const core = new Set(v.actors.filter((m) => !m.implicit && lex.actors.get(m.actor)?.core).map((m) => m.actor));
    if (core.size < 2 || related.has(v.sentence.index)) continue;
    out.push({ kind: 'unrelated-pair', article, sentence: v.sentence.index, message: `${[...core].sort().join(' + ')}: "${clip(v.sentence.text)}"` });
  }
  return out;
}

const clip = (s: string): string => (s.length > 110 ? s.slice(0, 107) + '…' : s);

const COMMON = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'They', 'It', 'We', 'But', 'However', 'This', 'That', 'Mr', 'Mrs', 'Ms', 'Dr']);
// Calendar words are capitalised but name no one.
const CALENDAR = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Capitalised names, not at a sentence start, that no dictionary knows: each run and how often. */
export function nameCounts(views: View[], lex: Lexicon): Map<string, number> {
  const counts = new Map<string, number>();
  const titleWords = new Set(lex.titles.flat());
  for (const v of views) {
    let run: string[] = [];
    v.tokens.forEach((t, i) => {
      // Most tokens are not capitalised words: that test first, the dearer ones after.
      if (i > 0 && capitalisedWord(t.text) && !/^["“‘'(:]$/.test(v.tokens[i - 1]?.text ?? '') && !known(v, i, lex) && !COMMON.has(t.text) && !CALENDAR.test(t.text) && !titleWords.has(t.norm) && !lex.triggers.has(t.norm)) run.push(t.text);
      else run = flush(counts, run);
    });
    flush(counts, run);
  }
  return counts;
}

function known(v: View, i: number, lex: Lexicon): boolean {
  return v.actors.some((m) => i >= m.first && i < m.last) || v.places.some((m) => i >= m.first && i < m.last) || lex.names.has(v.tokens[i]?.norm ?? '');
}

/** Counts a run of unknown names, if any, and gives the empty run to start the next. */
function flush(counts: Map<string, number>, run: string[]): string[] {
  if (run.length) counts.set(run.join(' '), (counts.get(run.join(' ')) ?? 0) + 1);
  return run.length ? [] : run;
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

function capitalisedWord(text: string): boolean {
  const c = text.charCodeAt(0);
  return ((c >= 65 && c <= 90) || c >= 128) && CAPITALISED.test(text);
}

/** Adds one article's name counts to the running totals. */
export function addCounts(total: Map<string, number>, counts: Iterable<[string, number]>): void {
  for (const [name, n] of counts) total.set(name, (total.get(name) ?? 0) + n);
}

/** The names seen twice or more across the articles, sorted: the dictionaries may be missing them. */
export function unknownNames(counts: Map<string, number>): Diagnostic[] {
  return [...counts].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, n]) => ({ kind: 'unknown-name', article: null, sentence: null, message: `${name} (${n}×)` }));
}

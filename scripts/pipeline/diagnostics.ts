/** PETRARCH-style diagnostics: where the dictionaries should grow. */
import type { View } from './analysis.ts';
import type { Diagnostic } from './index.ts';
import type { Lexicon } from './lexicon.ts';
import type { Finding } from './types.ts';

/** Sentences naming two core actors with no relation between anyone in them. */
export function diagnose(article: string, views: View[], findings: Finding[], lex: Lexicon): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const v of views) {
    const core = new Set(v.actors.filter((m) => !m.implicit && lex.actors.get(m.actor)?.core).map((m) => m.actor));
    if (core.size < 2 || findings.some((f) => f.sentence === v.sentence.index)) continue;
    out.push({ kind: 'unrelated-pair', article, sentence: v.sentence.index, message: `${[...core].sort().join(' + ')}: "${clip(v.sentence.text)}"` });
  }
  return out;
}

const clip = (s: string): string => (s.length > 110 ? s.slice(0, 107) + '…' : s);

const COMMON = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'They', 'It', 'We', 'But', 'However', 'This', 'That', 'Mr', 'Mrs', 'Ms', 'Dr']);
// Calendar words are capitalised but name no one.
const CALENDAR = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Capitalised names, not at a sentence start, that no dictionary knows, seen twice or more. */
export function unknownNames(views: View[], lex: Lexicon): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const v of views) {
    const known = (i: number): boolean => v.actors.some((m) => i >= m.first && i < m.last) || v.places.some((m) => i >= m.first && i < m.last) || lex.names.has(v.tokens[i]?.norm ?? '');
    let run: string[] = [];
    const flush = (): void => {
      if (run.length) counts.set(run.join(' '), (counts.get(run.join(' ')) ?? 0) + 1);
      run = [];
    };
    v.tokens.forEach((t, i) => {
      const title = lex.titles.some((p) => p.includes(t.norm));
      const opensQuote = /^["“‘'(:]$/.test(v.tokens[i - 1]?.text ?? '');
      if (i > 0 && !opensQuote && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !known(i) && !COMMON.has(t.text) && !CALENDAR.test(t.text) && !title && !lex.triggers.has(t.norm)) run.push(t.text);
      else flush();
    });
    flush();
  }
  return [...counts].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, n]) => ({ kind: 'unknown-name', article: null, sentence: null, message: `${name} (${n}×)` }));
}

/** One sentence read for the frames: tokens, actors, places, triggers and quoted stretches. */
import type { Lexicon, TriggerEntry } from './lexicon.ts';
import { findMentions } from './mentions.ts';
import { tokenize } from './tokens.ts';
import type { Mention, Sentence, Token } from './types.ts';

/** A trigger found at tokens [first, last). */
export interface Hit {
  entry: TriggerEntry;
  first: number;
  last: number;
}

/** A sentence with everything the relation frames look at. */
export interface View {
  sentence: Sentence;
  tokens: Token[];
  /** Explicit actor mentions, then the implicit ones context.ts adds, in token order. */
  actors: Mention[];
  places: Mention[];
  hits: Hit[];
  /** Token ranges [first, last) inside quotation marks. */
  quotes: [number, number][];
}

/** Tokenises a sentence and finds its mentions, triggers and quotes. */
export function analyse(sentence: Sentence, lex: Lexicon): View {
  const tokens = tokenize(sentence.text);
  const { actors, places, blocked } = findMentions(tokens, lex);
  const hits = findTriggers(tokens, lex).filter((h) => !blocked.some(([a, b]) => h.first >= a && h.first < b));
  return { sentence, tokens, actors, places, hits, quotes: findQuotes(tokens) };
}

function findTriggers(tokens: Token[], lex: Lexicon): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const entries = lex.triggers.get(tokens[i]?.norm ?? '') ?? [];
    let longest = 0;
    for (const e of entries) {
      if (e.words.length < longest) break;
      if (e.words.every((w, k) => tokens[i + k]?.norm === w)) {
        hits.push({ entry: e, first: i, last: i + e.words.length });
        longest = e.words.length;
      }
    }
    if (longest > 1) i += longest - 1;
  }
  return hits;
}

// Straight double quotes open and close alternately; curly ones say which they are.
function findQuotes(tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  tokens.forEach((t, i) => {
    const isOpen = t.text === '“' || (t.text === '"' && open < 0);
    const isClose = t.text === '”' || (t.text === '"' && open >= 0);
    if (isOpen && open < 0) open = i;
    else if (isClose && open >= 0) {
      spans.push([open + 1, i]);
      open = -1;
    }
  });
  if (open >= 0) spans.push([open + 1, tokens.length]);
  return spans;
}

/** One sentence read for the frames: tokens, actors, places, triggers and quoted stretches. */
import { entryOf, type Lexicon, type TriggerEntry } from './lexicon.ts';
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
  const tokens = tokenize(sentence.text, lex.words);
  const { actors, places, blocked } = findMentions(tokens, lex);
  const hits = findTriggers(tokens, lex).filter((h) => !blocked.some(([a, b]) => h.first >= a && h.first < b));
  return { sentence, tokens, actors, places, hits, quotes: findQuotes(tokens) };
}

function findTriggers(tokens: Token[], lex: Lexicon): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const entries = t && entryOf(lex, t)?.triggers;
    if (!entries) continue; // most words start no trigger
    const here: Hit[] = [];
    for (const e of entries) {
      if (here[0] && e.words.length < here[0].last - here[0].first) break;
      if (e.words.every((w, k) => tokens[i + k]?.norm === w)) here.push({ entry: e, first: i, last: i + e.words.length });
    }
    const chosen = here.length > 1 ? pickPos(tokens, here) : here;
    hits.push(...chosen);
    const len = (chosen[0]?.last ?? i + 1) - i;
    if (len > 1) i += len - 1;
  }
  return hits;
}

const NOUN_BEFORE = /^(the|a|an|'s|its|their|his|her|our|your|this|that|these|those|of|for|any|no|such|further|fresh|new|recent|renewed|deadly|terror|terrorist|militant|cross|border|air|precision|unprovoked|direct|open|proxy|first|second|third|last|main|core|primary|\d+|in|on|by|from|with|after|amid|against|during|and|or|,|"|-)$/;

// Words after which an ambiguous form is a verb: subjects, auxiliaries, "to", adverbs.
const VERB_BEFORE = /^(to|will|would|can|could|must|should|may|might|shall|also|then|later|jointly|again|he|she|they|it|we|i|you|who|which|that|not|never|has|have|had|did|does|do)$/;

const PREPOSITION_AFTER = /^(along|in|on|at|between|with|across|near|inside|into|from|by|of|for|to|against|and|or)$/;

// "strikes" and "attacks" are nouns or verbs; the word before usually tells which.
function pickPos(tokens: Token[], here: Hit[]): Hit[] {
  const before = tokens[(here[0]?.first ?? 0) - 1]?.norm ?? '';
  const noun = here.filter((h) => h.entry.pos === 'noun');
  const verb = here.filter((h) => h.entry.pos !== 'noun');
  if (!noun.length || !verb.length) return here;
  const self = tokens[here[0]?.first ?? 0]?.norm ?? '';
  const after = tokens[(here[0]?.last ?? 0)]?.norm ?? '';
  if (/ing$/.test(self) && /^(a|an|the|its|their|his|our)$/.test(after)) return verb.slice(0, 1);
  // "accused X of bombing civilians" is verbal; "days of fighting along the border" is not.
  if (/ing$/.test(self) && before === 'of' && /^\p{Ll}+$/u.test(tokens[here[0]?.last ?? 0]?.text ?? '') && !PREPOSITION_AFTER.test(after)) return verb.slice(0, 1);
  if (/(ed|ing)$/.test(self) && !/^(the|a|an|of)$/.test(before)) return verb.slice(0, 1);
  return VERB_BEFORE.test(before) || /ly$/.test(before) || /^\p{Lu}/u.test(tokens[(here[0]?.first ?? 0) - 1]?.text ?? '') ? verb.slice(0, 1) : noun.slice(0, 1);
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

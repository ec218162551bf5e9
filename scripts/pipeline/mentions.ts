/** Actor mentions from the dictionary: names, capitals, demonyms, people — and places apart. */
import { classAt, entryOf, inClass, type Lexicon, type NameEntry } from './lexicon.ts';
import type { Mention, Token } from './types.ts';

/** Actors named in a sentence, and names that stand for a place there ("in Kabul"). */
export interface Found {
  /** In token order: each name is matched where the last one ended. */
  actors: Mention[];
  places: Mention[];
  /** Token ranges of names that are not actors ("Doha Agreement", "Radio Pakistan"). */
  blocked: [number, number][];
}

/** Finds every dictionary name, longest first, and decides whether it is an actor or a place. */
export function findMentions(tokens: Token[], lex: Lexicon): Found {
  const found: Found = { actors: [], places: [], blocked: [] };
  for (let i = 0; i < tokens.length; ) {
    const hit = longestName(tokens, i, lex);
    if (!hit) {
      i++;
      continue;
    }
    const last = i + hit.words.length;
    if (!hit.actor) found.blocked.push([i, last]);
    else {
      const m: Mention = { actor: hit.actor, kind: hit.kind === 'not-actor' ? 'alias' : hit.kind, first: i, last, surface: surface(tokens, i, last), implicit: false };
      const role = roleOf(tokens, m, lex);
      if (role === 'actor') found.actors.push(m);
      else if (role === 'place') found.places.push(m);
    }
    i = last;
  }
  return found;
}

function longestName(tokens: Token[], i: number, lex: Lexicon): NameEntry | null {
  const t = tokens[i];
  const entries = t && entryOf(lex, t)?.names;
  if (!t || !entries) return null;
  for (const e of entries) {
    if (!e.words.every((w, k) => tokens[i + k]?.norm === w)) continue;
    if (e.exactCase ? tokens.slice(i, i + e.words.length).map((x) => x.text).join('') !== e.exactCase.replace(/\s/g, '') : !capitalised(t, e)) continue;
    return e;
  }
  return null;
}

// Proper nouns are capitalised in running text; titles are not, and need no check.
function capitalised(t: Token, e: NameEntry): boolean {
  return e.kind === 'title' || /^\p{Lu}/u.test(t.text);
}

function surface(tokens: Token[], first: number, last: number): string {
  const a = tokens[first];
  const b = tokens[last - 1];
  return a && b ? `${a.text}${tokens.slice(first + 1, last).map((t, k) => (t.start > (tokens[first + k]?.end ?? 0) ? ' ' : '') + t.text).join('')}` : '';
}

type Role = 'actor' | 'place' | 'none';

/** Decides from the words around it whether a name acts, is a place, or is neither. */
function roleOf(tokens: Token[], m: Mention, lex: Lexicon): Role {
  if (m.kind === 'demonym') return demonymRole(tokens, m.last, lex);
  if (m.kind !== 'territory' && m.kind !== 'metonym') return 'actor';
  const before = tokens[m.first - 1]?.norm === 'the' ? tokens[m.first - 2] : tokens[m.first - 1];
  if (lex.placeNouns.has(tokens[m.first - 1]?.norm ?? '')) return 'place';
  const fromCapital = m.kind === 'metonym' && before?.norm === 'from';
  if (inClass(lex, 'locative', before) && !fromCapital) return 'place';
  const next = tokens[m.last]?.norm === "'s" ? m.last + 1 : m.last;
  if (lex.placeNouns.has(tokens[next]?.norm ?? '')) return 'place';
  if (classAt(lex, 'eventNouns', tokens, m.last) && !pairedWith(tokens, m, lex)) return 'place';
  return 'actor';
}

// "Pakistan-Afghanistan talks" names the parties, "Doha talks" the venue.
function pairedWith(tokens: Token[], m: Mention, lex: Lexicon): boolean {
  const prev = tokens[m.first - 1];
  const prev2 = tokens[m.first - 2];
  if (prev && (prev.norm === '-' || prev.norm === 'and') && prev2 && lex.names.has(prev2.norm)) return true;
  return prev !== undefined && /^\p{Lu}/u.test(prev.text) && lex.names.has(prev.norm) && m.first > 0 && tokens[m.first - 1]?.norm !== 'the';
}

const SKIPPABLE = /^\p{Ll}[\p{L}-]*$/u;

/** A demonym acts when it heads toward an agent noun or title; before "soil" it is a place. */
function demonymRole(tokens: Token[], from: number, lex: Lexicon): Role {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k];
    if (!t) break;
    if (lex.placeNouns.has(t.norm)) return 'place';
    if (lex.agentNouns.has(t.norm) || lex.titles.some((p) => p[0] === t.norm) || lex.triggers.has(t.norm)) return 'actor';
    if (t.norm === 'and' || t.norm === ',' || t.norm === '-' || t.norm === 'taliban') continue;
    const title = /^\p{Lu}/u.test(t.text) && lex.titles.some((p) => p.includes(t.norm));
    if (!title && !SKIPPABLE.test(t.text) && !lex.names.has(t.norm)) break;
  }
  return 'none';
}

/** The dictionaries compiled once per build into token-sequence tables the stages look up. */
import type { ActorEntry, RelationType, Trigger } from '../../graph-data/schema.ts';
import { nounForms, verbForms } from './inflect.ts';
import type { Dictionaries } from './index.ts';
import { tokenize } from './tokens.ts';
import type { Token } from './types.ts';

export type NameKind = 'alias' | 'territory' | 'metonym' | 'demonym' | 'person' | 'title' | 'not-actor';

/** A dictionary name as a sequence of normalised tokens. */
export interface NameEntry {
  words: string[];
  actor: string | null;
  kind: NameKind;
  /** Acronyms match only in their own case ("US", never "us"). */
  exactCase: string | null;
}

export interface TriggerEntry {
  words: string[];
  type: RelationType;
  lemma: string;
  pos: Trigger['pos'];
  frame: Trigger['frame'];
}

/**
 * What the dictionaries hold for one word, found with one look-up when a sentence is tokenised
 * and carried on its tokens: the stages ask about the same token many times over, class by
 * class, and a property read is cheaper than hashing the word again for every question.
 */
export interface WordEntry {
  /** Per class, the class's phrases that begin with the word, longest first. */
  starts: Map<string, string[][]>;
  /** The classes the word on its own belongs to. */
  member: Set<string>;
  triggers: TriggerEntry[] | undefined;
  names: NameEntry[] | undefined;
}

export interface Lexicon {
  actors: Map<string, ActorEntry>;
  names: Map<string, NameEntry[]>;
  triggers: Map<string, TriggerEntry[]>;
  classes: Map<string, string[][]>;
  agentNouns: Set<string>;
  placeNouns: Set<string>;
  titles: string[][];
  /** The first words of the titles: "the" before any other word is no title. */
  titleStarts: Set<string>;
  /** City → the actor whose territory it is ("istanbul" → turkiye). */
  places: Map<string, string>;
  /** Every word that begins a class phrase, a trigger or a name. */
  words: Map<string, WordEntry>;
}

const words = (s: string): string[] => tokenize(s).map((t) => t.norm);

/** Compiles the dictionaries; longer entries come first so the longest match wins. */
export function compileLexicon(dicts: Dictionaries): Lexicon {
  const { actors, relations } = dicts;
  const names: NameEntry[] = [];
  const add = (s: string, actor: string | null, kind: NameKind): void => {
    names.push({ words: words(s), actor, kind, exactCase: /^[A-Z.\-]{2,}$/.test(s) ? s : null });
  };
  const places = new Map<string, string>();
  for (const a of actors.actors) {
    a.aliases.forEach((s) => add(s, a.id, 'alias'));
    a.territory.forEach((s) => add(s, a.id, 'territory'));
    a.metonyms.forEach((s) => add(s, a.id, 'metonym'));
    a.demonyms.forEach((s) => add(s, a.id, 'demonym'));
    a.titles.forEach((s) => add(s, a.id, 'title'));
    a.people.forEach((s) => add(s, a.id, 'person'));
    a.places.forEach((s) => places.set(words(s).join(' '), a.id));
  }
  for (const s of surnames(actors.actors)) add(s.name, s.actor, 'person');
  const { media, places: placeNames, other } = actors.notActors;
  [...media, ...placeNames, ...other].forEach((s) => add(s, null, 'not-actor'));
  const triggers: TriggerEntry[] = relations.relations.flatMap((r) =>
    r.triggers.flatMap((t) => triggerForms(t).map((f) => ({ words: words(f), type: r.type, lemma: t.lemma, pos: t.pos, frame: t.frame }))),
  );
  const classes = new Map(Object.entries(relations.classes).map(([k, v]) => [k, byLength(v.map(words))]));
  const nameIndex = index(names);
  const triggerIndex = index(triggers);
  return {
    actors: new Map(actors.actors.map((a) => [a.id, a])),
    names: nameIndex,
    triggers: triggerIndex,
    classes,
    words: wordEntries(classes, triggerIndex, nameIndex),
    agentNouns: new Set(actors.agentNouns.map((s) => words(s).join(' '))),
    placeNouns: new Set(actors.placeNouns.map((s) => words(s).join(' '))),
    titles: byLength(actors.titles.map(words)),
    titleStarts: new Set(actors.titles.map((t) => words(t)[0] ?? '')),
    places,
  };
}

function triggerForms(t: Trigger): string[] {
  const generated = t.pos === 'verb' ? verbForms(t.lemma) : t.pos === 'noun' ? nounForms(t.lemma) : [t.lemma];
  return [...new Set([...generated, ...t.forms])];
}

// A person is usually named in full once, then by surname; a surname that two actors share
// would be ambiguous, so only surnames unique to one actor are added.
function surnames(actors: ActorEntry[]): { name: string; actor: string }[] {
  const owner = new Map<string, Set<string>>();
  for (const a of actors) {
    for (const p of a.people) {
      const last = p.split(' ').pop();
      if (last && p.includes(' ')) owner.set(last, (owner.get(last) ?? new Set()).add(a.id));
    }
  }
  return [...owner].filter(([, ids]) => ids.size === 1).map(([name, ids]) => ({ name, actor: [...ids][0] ?? '' }));
}

function byLength(list: string[][]): string[][] {
  return [...list].sort((a, b) => b.length - a.length);
}

// Buckets keep the class's longest-first order, so the first phrase that fits is the one classAt
// found by scanning the whole class. An empty phrase (a blank entry) fits nowhere useful: it made
// classAt return 0, as a miss does.
function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const first = p[0];
    if (first === undefined) continue;
    const bucket = map.get(first);
    if (bucket) bucket.push(p);
    else map.set(first, [p]);
  }
  return map;
}

/** Each word that begins a class phrase, a trigger or a name, with what it begins. */
function wordEntries(classes: Map<string, string[][]>, triggers: Map<string, TriggerEntry[]>, names: Map<string, NameEntry[]>): Map<string, WordEntry> {
  const out = new Map<string, WordEntry>();
  const entry = (w: string): WordEntry => {
    let e = out.get(w);
    if (!e) out.set(w, (e = { starts: new Map(), member: new Set(), triggers: triggers.get(w), names: names.get(w) }));
    return e;
  };
  for (const [cls, phrases] of classes) {
    for (const [w, bucket] of byFirstWord(phrases)) entry(w).starts.set(cls, bucket);
    for (const [w, ...rest] of phrases) if (w !== undefined && rest.length === 0) entry(w).member.add(cls);
  }
  for (const w of [...triggers.keys(), ...names.keys()]) entry(w);
  return out;
}

/** The dictionaries' entry for a token's word: carried on the token when it was made with the lexicon. */
export function entryOf(lex: Lexicon, t: Token): WordEntry | null {
  return t.entry !== undefined ? t.entry : (lex.words.get(t.norm) ?? null);
}

function index<T extends { words: string[] }>(entries: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const e of [...entries].sort((a, b) => b.words.length - a.words.length)) {
    const first = e.words[0];
    if (first !== undefined) map.set(first, [...(map.get(first) ?? []), e]);
  }
  return map;
}

/** True when `phrase` stands at token i. */
export function wordsAt(tokens: Token[], i: number, phrase: string[]): boolean {
  return phrase.every((w, k) => tokens[i + k]?.norm === w);
}

/** The length of the longest phrase of a class that stands at token i, or 0. */
export function classAt(lex: Lexicon, cls: string, tokens: Token[], i: number): number {
  const t = tokens[i];
  const bucket = t && entryOf(lex, t)?.starts.get(cls);
  if (bucket) for (const p of bucket) if (wordsAt(tokens, i, p)) return p.length;
  return 0;
}

/** True when a one-word member of the class is the token's norm. */
export function inClass(lex: Lexicon, cls: string, token: Token | undefined): boolean {
  return !!token && (entryOf(lex, token)?.member.has(cls) ?? false);
}

/** True when some phrase of some class begins with the token. */
export function startsClass(lex: Lexicon, token: Token | undefined): boolean {
  return !!token && (entryOf(lex, token)?.starts.size ?? 0) > 0;
}

/**
 * The words of the synthetic graphs: made-up actor names (so that no synthetic claim reads as a
 * claim about a real country), sentences per relation type with their marks, outlets, fillers.
 */
import type { ActorEntry, Evidence, RelationType } from '../../graph-data/schema.ts';
import type { Random } from './random.ts';

type Kind = ActorEntry['kind'];

const SYLLABLES = ['ka', 'ro', 'vel', 'mar', 'ti', 'zan', 'dor', 'e', 'lu', 'sha', 'ben', 'qar', 'ia', 'nel', 'pa', 'sur', 'o', 'gath', 'li', 'hem'];

/** How each kind of actor is named around its base name. */
const FORMS: Record<Kind, readonly ((base: string) => string)[]> = {
  state: [(b) => b, (b) => `Republic of ${b}`, (b) => `${b}`],
  'armed-group': [(b) => `${b} Front`, (b) => `${b} Liberation Army`, (b) => `${b} Brigades`],
  organisation: [(b) => `${b} Council`, (b) => `Union of ${b}`, (b) => `${b} Commission`],
  person: [(b) => `General ${b}`, (b) => `Minister ${b}`],
  other: [(b) => `${b} tribes`, (b) => `${b} traders`],
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A fresh actor label of the given kind, never one already in `taken` (which it joins). */
export function actorLabel(kind: Kind, random: Random, taken: Set<string>): string {
  for (;;) {
    const parts = 2 + random.int(2);
    const base = capital(Array.from({ length: parts }, () => random.pick(SYLLABLES)).join(''));
    const label = random.pick(FORMS[kind])(base);
    if (!taken.has(label)) {
      taken.add(label);
      return label;
    }
  }
}

/** An id in the schema's form: lower-case words joined by "-". */
export const slug = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * One sentence per relation type: {S} and {T} are the actors, [brackets] the trigger. Directed
 * types read source first; the two symmetric ones name both sides alike.
 */
const TEMPLATES: Record<RelationType, readonly string[]> = {
  accusation: ['{S} [accused] {T} of sheltering fighters near the border.', '{S} [blamed] {T} for the attack on the convoy.'],
  mediation: ['{S} [mediated] between {T} and its neighbours in a new round of contacts.', '{S} offered to [host] {T} for talks.'],
  clash: ['{S} forces [clashed] with {T} fighters overnight.', '{S} [struck] positions held by {T} near the crossing.'],
  negotiation: ['{S} and {T} held [talks] on reopening the crossings.', 'Delegations of {S} and {T} [met] in the capital.'],
  agreement: ['{S} and {T} [agreed] to extend the ceasefire.', '{S} and {T} [signed] a deal on border trade.'],
  demand: ['{S} [urged] {T} to act against the groups on its soil.', '{S} [demanded] that {T} hand over the suspects.'],
  threat: ['{S} [warned] {T} of a firm response.', '{S} [threatened] {T} with sanctions.'],
  support: ['{S} [backed] {T} in its call for calm.', '{S} pledged [support] for {T}.'],
  rejection: ['{S} [rejected] the proposal from {T}.', '{S} [dismissed] the claims made by {T}.'],
};

/** Headline nouns per relation type. */
export const HEADLINE: Record<RelationType, string> = {
  accusation: 'trade accusations', mediation: 'mediation effort', clash: 'clashes', negotiation: 'talks',
  agreement: 'reach a deal', demand: 'demands', threat: 'warning', support: 'support', rejection: 'rejection',
};

export const OUTLETS = ['The Daily Ledger', 'Northern Courier', 'Frontier Post Review', 'Capital Herald', 'Gulf Wire', 'Morning Standard', 'Valley Times', 'Asia Desk'];
export const SPEAKERS = ['officials', 'security sources', 'a foreign ministry spokesman', 'diplomats', 'a senior commander', 'the interior minister'];
export const BYLINES = ['Staff Reporter', 'Nadia Verel', 'Omar Kasli', 'Lena Dorsh', 'Farid Quorn'];

const FILLERS = [
  'The situation along the border remained tense on {D}.',
  'Markets in the border towns stayed closed for a third day.',
  'Thousands of travellers were stranded at the crossing points.',
  'Analysts said the coming week would be decisive.',
  'The statement did not give further details.',
  'Residents described hearing gunfire late into the night.',
  'Trade through the main corridor has fallen sharply since {D}.',
];

/** A sentence that carries no relation, as most sentences of an article do. */
export function filler(random: Random, day: string): string {
  return random.pick(FILLERS).replace('{D}', day);
}

/** A relation sentence and where its actors and trigger are in it. */
export interface Sentence {
  text: string;
  trigger: string;
  marks: Evidence['marks'];
}

/**
 * The sentence stating `type` from `source` to `target`, with `prefix` (an attribution, "It was
 * alleged that ") before it. Marks are offsets into the returned text, in text order.
 */
export function relationSentence(type: RelationType, source: string, target: string, prefix: string, random: Random): Sentence {
  const template = prefix ? lowerFirst(random.pick(TEMPLATES[type])) : random.pick(TEMPLATES[type]);
  let text = prefix;
  let trigger = '';
  const marks: Evidence['marks'] = [];
  for (const piece of template.split(/(\{S\}|\{T\}|\[[^\]]+\])/)) {
    const at = text.length;
    const role = piece === '{S}' ? 'source' : piece === '{T}' ? 'target' : piece.startsWith('[') ? 'trigger' : null;
    const words = role === 'source' ? source : role === 'target' ? target : role === 'trigger' ? piece.slice(1, -1) : piece;
    text += words;
    if (role === 'trigger') trigger = words;
    if (role) marks.push([at, text.length, role]);
  }
  return { text, trigger, marks };
}

// "{S} and …" stays as it is (a name keeps its capital); only a leading plain word is lowered.
const lowerFirst = (s: string): string => (s.startsWith('{') ? s : s.charAt(0).toLowerCase() + s.slice(1));

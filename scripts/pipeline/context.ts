/**
 * Discourse: what "both sides", "the hosts", "he" and "they" refer to, resolved from the article
 * around the sentence and added to it as implicit mentions.
 */
import type { View } from './analysis.ts';
import { classAt, startsClass, type Lexicon } from './lexicon.ts';
import type { Mention, MentionKind } from './types.ts';

/** What an article is about: its main pair, its mediators and whose voice it mostly carries. */
export interface ArticleContext {
  pair: [string, string] | null;
  mediators: string[];
  home: string | null;
}

/** The state carried from sentence to sentence while reading an article. */
export interface Discourse {
  lastPerson: Mention | null;
  lastActor: string | null;
}

const PRONOUNS_PERSON = new Set(['he', 'she', 'him', 'his', 'her']);
const PRONOUNS_FIRST = new Set(['we', 'us', 'our', 'ours']);
const PRONOUNS_SECOND = new Set(['you', 'your', 'yours']);
const PRONOUNS_THIRD = new Set(['they', 'them', 'their', 'it', 'its']);
// "the security forces", "the military" with no owner named are the home side's.
const GENERIC_FORCES = /^(security|military|army|troops|soldiers)$/;
/** Every word pronounActor can resolve: a token that is neither this nor a class word is skipped after one look-up. */
const IMPLICIT_WORDS = new Set(['the', ...PRONOUNS_PERSON, ...PRONOUNS_FIRST, ...PRONOUNS_SECOND, ...PRONOUNS_THIRD]);

/** The two actors most named in the article, mediators apart, and whose officials speak most. */
export function articleContext(views: View[], mediators: string[], lex: Lexicon, speakers: string[] = []): ArticleContext {
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  views.forEach((v, s) =>
    v.actors.forEach((m, k) => {
      if (m.implicit) return;
      counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
      if (!firstSeen.has(m.actor)) firstSeen.set(m.actor, s * 1000 + k);
    }),
  );
  const ranked = [...counts.keys()]
    .filter((a) => !mediators.includes(a) && lex.actors.get(a)?.kind !== 'person')
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
  const pair = ranked.length >= 2 ? ([ranked[0], ranked[1]].sort() as [string, string]) : null;
  const voices = ranked.filter((a) => speakers.includes(a)).sort((a, b) => speakers.filter((s) => s === b).length - speakers.filter((s) => s === a).length);
  return { pair, mediators: [...mediators].sort(), home: voices[0] ?? ranked[0] ?? null };
}

/** The pair member facing `actor`, or null when the actor is not one of the pair. */
export function counterpart(ctx: ArticleContext, actor: string | null): string | null {
  if (!ctx.pair || !actor) return null;
  if (actor === ctx.pair[0]) return ctx.pair[1];
  if (actor === ctx.pair[1]) return ctx.pair[0];
  return null;
}

/** Adds implicit mentions for pair phrases, mediator phrases and pronouns; returns the new view. */
export function resolveImplicit(v: View, ctx: ArticleContext, d: Discourse, speaker: string | null, lex: Lexicon): View {
  const added: Mention[] = [];
  // Every token is asked whether a mention covers it: one pass over the mentions answers all.
  const covered = new Uint8Array(v.tokens.length);
  for (const m of v.actors) covered.fill(1, m.first, m.last);
  for (let i = 0; i < v.tokens.length; i++) {
    if (covered[i]) continue;
    // Most words begin no phrase of any class and are no pronoun: asked that first, they are spared the rest.
    const starts = startsClass(lex, v.tokens[i]);
    if (!starts && !IMPLICIT_WORDS.has(v.tokens[i]?.norm ?? '')) continue;
    const pairLen = starts ? classAt(lex, 'pairPhrases', v.tokens, i) : 0;
    if (pairLen && ctx.pair) {
      ctx.pair.forEach((a) => added.push(implicitMention(v, a, i, i + pairLen, 'pair')));
      i += pairLen - 1;
      continue;
    }
    const medLen = starts ? classAt(lex, 'mediatorPhrases', v.tokens, i) || classAt(lex, 'thirdPartyPhrases', v.tokens, i) : 0;
    if (medLen && (namedNext(v, i + medLen) || /^(acting|serving)$/.test(v.tokens[i - 2]?.norm ?? ''))) {
      i += medLen - 1;
      continue;
    }
    if (medLen) {
      ctx.mediators.forEach((a) => added.push(implicitMention(v, a, i, i + medLen)));
      i += medLen - 1;
      continue;
    }
    const actor = pronounActor(v, i, ctx, d, speaker, lex);
    if (actor) added.push(implicitMention(v, actor, i, i + 1, 'pronoun'));
  }
  // Most sentences gain nothing: their mentions are findMentions', in token order, and the view is kept.
  if (!added.length) return v;
  return { ...v, actors: [...v.actors, ...added].sort((a, b) => a.first - b.first || a.actor.localeCompare(b.actor)) };
}

// A module function, not a closure made per sentence: this runs for every sentence of the corpus.
function implicitMention(v: View, actor: string, first: number, last: number, kind: MentionKind = 'implicit'): Mention {
  return { actor, kind, first, last, implicit: true, surface: v.tokens.slice(first, last).map((t) => t.text).join(' ') };
}

// "mediator Turkiye", "the mediators, Turkey and Qatar," name their mediators themselves.
function namedNext(v: View, k: number): boolean {
  const at = v.tokens[k]?.norm === ',' ? k + 1 : k;
  return v.actors.some((m) => m.first === at && !m.implicit);
}

function pronounActor(v: View, i: number, ctx: ArticleContext, d: Discourse, speaker: string | null, lex: Lexicon): string | null {
  const t = v.tokens[i];
  if (!t) return null;
  if (PRONOUNS_PERSON.has(t.norm)) return d.lastPerson?.actor ?? null;
  if (t.norm !== 'the' && !PRONOUNS_FIRST.has(t.norm) && !PRONOUNS_SECOND.has(t.norm) && !PRONOUNS_THIRD.has(t.norm)) return null;
  const quoted = v.quotes.some(([a, b]) => i >= a && i < b);
  if (quoted && PRONOUNS_FIRST.has(t.norm)) return speaker;
  if (quoted && (PRONOUNS_SECOND.has(t.norm) || PRONOUNS_THIRD.has(t.norm))) return counterpart(ctx, speaker);
  if (t.norm === 'the' && v.tokens[i + 1]?.norm === 'other' && v.tokens[i + 2]?.norm === 'side') return counterpart(ctx, speaker ?? d.lastActor);
  if (t.norm === 'the' && lex.titleStarts.has(v.tokens[i + 1]?.norm ?? '') && lex.titles.some((p) => p.every((w, k) => v.tokens[i + 1 + k]?.norm === w) && !v.tokens[i + 1 + p.length]?.text.match(/^\p{Lu}/u))) {
    return d.lastPerson?.actor ?? null;
  }
  if (t.norm === 'the' && GENERIC_FORCES.test(v.tokens[i + 1]?.norm ?? '') && !/^\p{Lu}/u.test(v.tokens[i + 1]?.text ?? '')) {
    const two = `${v.tokens[i + 1]?.norm} ${v.tokens[i + 2]?.norm}`;
    if (v.tokens[i + 1]?.norm !== 'security' || two === 'security forces') return ctx.home;
  }
  if (!quoted && PRONOUNS_THIRD.has(t.norm)) {
    const before = v.actors.filter((m) => m.last <= i && !m.implicit);
    return before[before.length - 1]?.actor ?? null;
  }
  return null;
}

/** Moves the discourse on past a sentence. */
export function advance(d: Discourse, v: View): Discourse {
  const people = v.actors.filter((m) => m.kind === 'person' && !m.implicit);
  const named = v.actors.filter((m) => !m.implicit);
  return {
    lastPerson: people[people.length - 1] ?? d.lastPerson,
    lastActor: named[0]?.actor ?? d.lastActor,
  };
}

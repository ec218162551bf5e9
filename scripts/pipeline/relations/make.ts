/** Building candidates from the slots a frame filled, with the article's pair for what is missing. */
import type { RelationType } from '../../../graph-data/schema.ts';
import type { Hit, View } from '../analysis.ts';
import { counterpart, type ArticleContext } from '../context.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Attribution } from '../status.ts';
import type { Candidate, Mention } from '../types.ts';

/** What a frame may consult beyond its sentence. */
export interface Env {
  ctx: ArticleContext;
  lex: Lexicon;
  attributions: Attribution[];
}

/** A slot filled by a mention, or by an actor resolved from context (then implicit). */
export type Slot = { actor: string; mention: Mention | null };

export const slots = (ms: Mention[]): Slot[] => ms.map((m) => ({ actor: m.actor, mention: m }));
export const implied = (actor: string | null): Slot[] => (actor ? [{ actor, mention: null }] : []);

/** The speaker's actor for a trigger inside an attribution, if any. */
export function speakerAt(env: Env, i: number): string | null {
  return env.attributions.find(({ scope }) => i >= scope[0] && i < scope[1])?.actor ?? null;
}

/** The speaker's actor when the trigger is itself the verb of a post-posed attribution ("…,” Asif warned). */
export function speakerOfVerb(env: Env, i: number): string | null {
  return env.attributions.find((a) => a.verb === i && a.scope[1] <= i)?.actor ?? null;
}

/** The other side of the article's pair, as an implicit slot. */
export function facing(env: Env, s: Slot[]): Slot[] {
  return implied(counterpart(env.ctx, s[0]?.actor ?? null));
}

/** The article's pair as implicit slots. */
export function pairSlots(env: Env): Slot[] {
  return env.ctx.pair ? env.ctx.pair.map((a) => ({ actor: a, mention: null })) : [];
}

interface Extra {
  alleged?: boolean;
  mutual?: boolean;
  speech?: boolean;
}

/** One candidate per (source, target) of the two slot lists, self-loops left out. */
export function directed(type: RelationType, v: View, hit: Hit, sources: Slot[], targets: Slot[], extra: Extra = {}): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sources) {
    for (const t of targets) {
      if (s.actor === t.actor) continue;
      out.push({
        type, source: s.actor, target: t.actor, at: hit.first, trigger: v.tokens[hit.first] ?? { start: 0, end: 0, text: '', norm: '' },
        sourceMention: s.mention, targetMention: t.mention,
        alleged: extra.alleged ?? false, mutual: extra.mutual ?? false, speech: extra.speech ?? hit.entry.frame === 'speech',
      });
    }
  }
  return out;
}

/** Candidates for a symmetric relation among two or more parties (first two distinct). */
export function between(type: RelationType, v: View, hit: Hit, parties: Slot[], extra: Extra = {}): Candidate[] {
  const uniq = parties.filter((p, i) => parties.findIndex((q) => q.actor === p.actor) === i);
  const [a, b] = uniq;
  return a && b ? directed(type, v, hit, [a], [b], { ...extra, mutual: true }) : [];
}

/** Completes a party list with the article's pair: one named party gets its counterpart. */
export function completeParties(env: Env, parties: Slot[]): Slot[] {
  const uniq = parties.filter((p, i) => parties.findIndex((q) => q.actor === p.actor) === i);
  if (uniq.length >= 2) return uniq;
  if (uniq.length === 1) return [...uniq, ...facing(env, uniq)];
  return pairSlots(env);
}

// "X accused Y of … and warned …", "officials said …, and accused India": a second predicate
// shares the first one's subject (or the attribution's speaker), not the nearest actor.
export function coordinatedSubject(v: View, hit: Hit, env: Env): Slot[] {
  if (hit.entry.frame !== 'speech') return [];
  let k = hit.first - 1;
  while (k >= 0 && /^(also|then|later|further|repeatedly)$/.test(v.tokens[k]?.norm ?? '')) k--;
  if (!/^(and|but)$/.test(v.tokens[k]?.norm ?? '')) return [];
  const speaker = speakerAt(env, hit.first);
  if (speaker) return implied(speaker);
  const first = v.actors.find((m) => !m.implicit && m.last <= k);
  return first ? slots([first]) : [];
}

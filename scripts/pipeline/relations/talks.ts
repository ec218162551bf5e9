/** Frames of diplomacy: negotiation, mediation and agreement. */
import type { Hit, View } from '../analysis.ts';
import { classAt, inClass } from '../lexicon.ts';
import { governedByDecision, hypothetical, negated, planned } from '../modality.ts';
import { agentBy, group, objectOf, pairAround, possessorOf, subjectOf } from '../roles.ts';
import type { Candidate, Mention } from '../types.ts';
import { between, completeParties, directed, type Env, pairSlots, type Slot, slots } from './make.ts';

const WITH = new Set(['with']);
const TALK_NOUNS = /^(talks?|dialogue|negotiations?|discussions?|round|meetings?|process|consultations?|sessions?)$/;

/** Parties named around a talks noun or verb, with mediators left out. */
function parties(v: View, hit: Hit, env: Env, mediators: string[]): Mention[] {
  const around = pairAround(v, hit.first, hit.last);
  if (around.length >= 2) return around.filter((m) => !mediators.includes(m.actor));
  const own = hit.entry.pos === 'verb' ? subjectOf(v, hit.first) : possessorOf(v, hit.first);
  const other = objectOf(v, hit.last, 4, WITH);
  return [...around, ...own, ...other].filter((m) => !mediators.includes(m.actor) && !env.ctx.mediators.includes(m.actor));
}

/** "talks between A and B", "A-B talks", "A held talks with B", "the talks" (the article's pair). */
export function negotiation(v: View, hit: Hit, env: Env): Candidate[] {
  const { lex } = env;
  if (negated(v, hit, lex) || planned(v, hit, lex) || hypothetical(v, hit, lex) || governedByDecision(v, hit, lex)) return [];
  if (hit.entry.frame === 'weak' && !pairAround(v, hit.first, hit.last).length) return [];
  const found = slots(parties(v, hit, env, mediatorsOf(v, env)));
  return between('negotiation', v, hit, completeParties(env, found));
}

function mediatorsOf(v: View, env: Env): string[] {
  return v.hits.filter((h) => h.entry.type === 'mediation').flatMap((h) => mediatorSlots(v, h, env).map((s) => s.actor));
}

// An -ed verb with no subject right before it is a reduced passive: "talks mediated by A".
function activeSubject(v: View, hit: Hit): Mention[] {
  if (hit.entry.pos !== 'verb') return [];
  const subj = subjectOf(v, hit.first);
  const last = Math.max(0, ...subj.map((m) => m.last));
  const participle = /ed$/.test(v.tokens[hit.first]?.norm ?? '');
  const aux = /^(has|have|had|will|would|to|continue|continued|also|later|jointly|now)$/;
  if (!participle) return subj;
  return subj.length && (hit.first - last <= 1 || v.tokens.slice(last, hit.first).every((t) => aux.test(t.norm))) ? subj : [];
}

// "Turkiye acting as mediator": the role is given to the actor before it.
function actingAs(v: View, first: number): boolean {
  return v.tokens[first - 1]?.norm === 'as' && /^(acting|act|acts|acted|serving|serve|serves|served)$/.test(v.tokens[first - 2]?.norm ?? '');
}

/** The mediators a mediation trigger names (before any pair is known). */
export function mediatorSlots(v: View, hit: Hit, env: Env): Slot[] {
  const here = v.actors.filter((m) => m.first === hit.first && m.implicit);
  if (hit.entry.frame === 'agent') {
    const next = v.actors.find((m) => m.first > hit.last - 1 && m.first <= hit.last + 1);
    if (next && !next.implicit) return slots(group(v, next));
    const asSubject = actingAs(v, hit.first) ? subjectOf(v, hit.first - 2) : [];
    return slots(asSubject.length ? asSubject : here);
  }
  const by = agentBy(v, hit.last);
  const own = by.length ? by : possessorOf(v, hit.first);
  const from = own.length ? own : objectOf(v, hit.last, 3, new Set(['from']));
  const found = from.length ? from : activeSubject(v, hit);
  if (hit.entry.frame === 'weak') return slots(found.filter((m) => env.ctx.mediators.includes(m.actor) || m.kind !== 'pronoun'));
  return slots(found);
}

/** Mediator → each party: "mediated by A and B", "A's mediation", "mediator A", "the hosts". */
export function mediation(v: View, hit: Hit, env: Env): Candidate[] {
  const { lex } = env;
  if (negated(v, hit, lex) || planned(v, hit, lex) || hypothetical(v, hit, lex) || (hit.entry.pos === 'verb' && governedByDecision(v, hit, lex))) return [];
  const lemma = hit.entry.lemma;
  if ((lemma === 'host' || lemma === 'facilitate') && hit.entry.pos === 'verb' && !talksNear(v, hit)) return [];
  const mediators = mediatorSlots(v, hit, env).filter((s) => !env.ctx.pair?.includes(s.actor) || env.ctx.mediators.includes(s.actor));
  if (!mediators.length) return [];
  const named = pairAround(v, hit.first, hit.last).filter((m) => !mediators.some((s) => s.actor === m.actor));
  const sides = named.length >= 2 ? slots(named) : pairSlots(env);
  return directed('mediation', v, hit, mediators, sides.filter((s) => !mediators.some((m) => m.actor === s.actor)));
}

function talksNear(v: View, hit: Hit): boolean {
  if (agentBy(v, hit.last).length) return true;
  return v.tokens.slice(Math.max(0, hit.first - 3), hit.last + 6).some((t) => TALK_NOUNS.test(t.norm));
}

const NEEDS_OBJECT: Record<string, RegExp> = {
  accept: /^(request|proposal|offer|ceasefire|truce|terms|deal|mediation)s?$/,
  extend: /^(ceasefire|truce|deal|agreement)s?$/,
  sign: /^(ceasefire|truce|deal|agreement|accord)s?$/,
};

/** "A and B agreed …", "A signed a ceasefire with B", "A accepted B's request", "a ceasefire between A and B". */
export function agreement(v: View, hit: Hit, env: Env): Candidate[] {
  const { lex } = env;
  if (negated(v, hit, lex) || hypothetical(v, hit, lex) || refusedBefore(v, hit, env)) return [];
  const need = NEEDS_OBJECT[hit.entry.lemma];
  if (need && !v.tokens.slice(hit.last, hit.last + 6).some((t) => need.test(t.norm))) return [];
  if (hit.entry.pos === 'noun' && !agreedNoun(v, hit, env)) return [];
  const around = pairAround(v, hit.first, hit.last);
  if (around.length >= 2) return between('agreement', v, hit, slots(around));
  if (hit.entry.pos === 'noun') return between('agreement', v, hit, pairSlots(env));
  const subject = activeSubject(v, hit);
  const partner = objectOf(v, hit.last, 8, WITH);
  const requester = hit.entry.lemma === 'accept' ? objectOf(v, hit.last, 3) : [];
  const found = [...subject, ...partner, ...requester].filter((m) => !env.ctx.mediators.includes(m.actor));
  return between('agreement', v, hit, completeParties(env, slots(found)));
}

// A ceasefire or deal is an agreement only when the sentence says it was made, signed or reached.
function agreedNoun(v: View, hit: Hit, env: Env): boolean {
  const { lex } = env;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 5); k--) {
    if (classAt(lex, 'agreeVerbs', v.tokens, k)) return true;
    if (/^[,;:]$/.test(v.tokens[k]?.norm ?? '')) break;
  }
  const next = v.tokens[hit.last]?.norm ?? '';
  if (next === 'between' || ((next === 'on' || next === 'to') && /ing$/.test(v.tokens[hit.last + 1]?.norm ?? ''))) return true;
  return v.tokens.slice(hit.last, hit.last + 6).some((t, k) => inClass(lex, 'agreeVerbs', t) && k > 0 && /ed$/.test(t.norm));
}

function refusedBefore(v: View, hit: Hit, env: Env): boolean {
  return v.hits.some((h) => h.entry.type === 'rejection' && h.last <= hit.first && hit.first - h.last <= 4) && !!env;
}


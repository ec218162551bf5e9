/** Frames of force: clashes that happened and threats of force to come. */
import type { Hit, View } from '../analysis.ts';
import { counterpart } from '../context.ts';
import { classAt, inClass } from '../lexicon.ts';
import { hypothetical, negated, planned } from '../modality.ts';
import { agentBy, isPassive, objectOf, pairAround, possessorOf, subjectOf } from '../roles.ts';
import type { Candidate, Mention } from '../types.ts';
import { between, coordinatedSubject, directed, type Env, facing, implied, pairSlots, type Slot, slots, speakerAt, speakerOfVerb } from './make.ts';

const TARGET_PREPS = new Set(['on', 'against', 'targeting', 'at', 'with']);
const INTO = /^(in|inside|into|on)$/;

/** Who is hit: "on B", "against B", a direct object (named), or a place of B ("strikes inside B"). */
function targetsOf(v: View, hit: Hit): { named: Slot[]; place: Slot[] } {
  const prep = objectOf(v, hit.last, 6, TARGET_PREPS).filter((m) => v.tokens[m.first - 2]?.norm !== 'behalf');
  if (prep.length) return { named: slots(prep), place: [] };
  if (hit.entry.pos === 'verb' && !agentBy(v, hit.last).length) {
    const direct = objectOf(v, hit.last, 4);
    if (direct.length) return { named: slots(direct), place: [] };
  }
  const place = v.places.find((p) => p.first >= hit.last && p.first - hit.last <= 8 && INTO.test(v.tokens[p.first - 1]?.norm ?? ''));
  return { named: [], place: place ? [{ actor: place.actor, mention: null }] : [] };
}

function attackersOf(v: View, hit: Hit, env: Env): Mention[] {
  const by = agentBy(v, hit.last);
  if (by.length || (hit.entry.pos === 'verb' && isPassive(v, hit.first))) return by;
  const own = possessorOf(v, hit.first);
  if (own.length) return own;
  const light = hit.entry.pos === 'verb' || lightVerbBefore(v, hit, env);
  return light ? subjectOf(v, hit.first) : [];
}

// Between "launched" and "attacks" only the noun phrase's own words may stand.
const NOT_IN_NOUN_PHRASE = /^(of|in|on|at|by|from|with|against|into|after|before|during|since|to|for|as|that|which|who|,|;|:|\.)$/;
const NOUN_PHRASE = { test: (w: string): boolean => !NOT_IN_NOUN_PHRASE.test(w) };

// "A launched an attack", "A carried out strikes": the verb's subject is the attacker, provided
// only the noun phrase stands between them ("in response to attacks" does not count).
function lightVerbBefore(v: View, hit: Hit, env: Env): boolean {
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 7); k--) {
    const len = classAt(env.lex, 'attackVerbs', v.tokens, k);
    if (len && v.tokens[k - 1]?.norm !== 'to' && v.tokens.slice(k + len, hit.first).every((t) => NOUN_PHRASE.test(t.norm))) return true;
    if (!NOUN_PHRASE.test(v.tokens[k]?.norm ?? '') && !len && !/^(out|to|in)$/.test(v.tokens[k]?.norm ?? '')) return false;
  }
  return false;
}

// Force named in a warning is threatened, not done.
// "to carry out attacks", "to launch strikes": a purpose, not an act.
function intended(v: View, hit: Hit, env: Env): boolean {
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 5); k--) {
    if (classAt(env.lex, 'attackVerbs', v.tokens, k)) return v.tokens[k - 1]?.norm === 'to';
  }
  return false;
}

function threatBefore(v: View, hit: Hit): boolean {
  return v.hits.some((h) => h.entry.type === 'threat' && h.entry.frame !== 'weak') && !!hit;
}

/** "A attacked B", "strikes by A on B", "clashes between A and B", "border clashes" (the pair). */
export function clash(v: View, hit: Hit, env: Env): Candidate[] {
  const { lex } = env;
  if (negated(v, hit, lex) || hypothetical(v, hit, lex) || planned(v, hit, lex) || threatBefore(v, hit) || intended(v, hit, env)) return [];
  const around = pairAround(v, hit.first, hit.last);
  if (around.length >= 2) return between('clash', v, hit, slots(around));
  const attackers = attackersOf(v, hit, env);
  const passive = hit.entry.pos === 'verb' && isPassive(v, hit.first);
  const { named, place } = passive ? { named: slots(subjectOf(v, hit.first)), place: [] } : targetsOf(v, hit);
  const targets = named.length ? named : place;
  const mutualNoun = inClass(lex, 'mutualNouns', v.tokens[hit.first]);
  if (attackers.length >= 2 && !targets.length && attackers.every((m) => m.first === attackers[0]?.first)) {
    return between('clash', v, hit, slots(attackers));
  }
  if (attackers.length) {
    // "forces killed 15 militants": an object that is no actor leaves the target unknown.
    if (!targets.length && hit.entry.pos === 'verb' && objectNoun(v, hit) && !victimAfter(v, hit, env)) return [];
    const to = targets.length ? targets : victimOf(env, attackers[0]?.actor ?? null);
    return directed('clash', v, hit, slots(attackers), to, { mutual: mutualNoun && !targets.length });
  }
  // With no attacker named, only a named target ("an attack on B") or a mutual noun says enough.
  if (named.length) return directed('clash', v, hit, facing(env, named), named, { mutual: mutualNoun });
  if (hit.entry.frame === 'weak' || !mutualNoun) return [];
  return between('clash', v, hit, pairSlots(env));
}

function objectNoun(v: View, hit: Hit): boolean {
  const next = v.tokens[hit.last];
  return !!next && /^[\p{Ll}\p{N}]/u.test(next.text) && !/^(on|in|at|into|inside|across|along|against|from|overnight|again|back|near|over|during|since|after|before|with|and|or|as|to|for|by)$/.test(next.norm);
}

// Civilians, soldiers, border posts: victims that belong to the side facing the attacker.
function victimAfter(v: View, hit: Hit, env: Env): boolean {
  for (let k = hit.last; k < Math.min(v.tokens.length, hit.last + 3); k++) if (classAt(env.lex, 'victimNouns', v.tokens, k)) return true;
  return false;
}

// An attack with no named target falls on the attacker's counterpart, or on the article's home.
function victimOf(env: Env, attacker: string | null): Slot[] {
  const other = counterpart(env.ctx, attacker);
  if (other) return implied(other);
  return implied(env.ctx.home !== attacker ? env.ctx.home : null);
}

/** "A warned B of …", "A's warning that …", and a speaker's threat of force in the future. */
export function threat(v: View, hit: Hit, env: Env): Candidate[] {
  if (hit.entry.frame === 'weak' && !possessorOf(v, hit.first).some((m) => !m.implicit)) return [];
  const mild = inClass(env.lex, 'forceVerbsNeeded', v.tokens[hit.first]);
  if (mild && !v.tokens.some((t, k) => classAt(env.lex, 'forceWords', v.tokens, k) > 0 && !!t)) return [];
  const speaker = speakerOfVerb(env, hit.first) ?? speakerAt(env, hit.first);
  const subj = hit.entry.pos === 'noun' ? [...possessorOf(v, hit.first), ...subjectOf(v, hit.first)] : subjectOf(v, hit.first);
  const shared = coordinatedSubject(v, hit, env);
  const sources: Slot[] = speakerOfVerb(env, hit.first) ? implied(speaker) : shared.length ? shared : subj.length ? slots(subj.slice(0, 1)) : implied(speaker ?? bareSource(v, hit, env));
  const direct = (hit.entry.pos === 'verb' ? objectOf(v, hit.last, 3) : []).filter((m) => !sources.some((s) => s.actor === m.actor));
  const content = v.actors.filter((m) => m.first >= hit.last && !sources.some((s) => s.actor === m.actor) && m.kind !== 'pronoun');
  const first = content[0];
  const targets: Slot[] = direct.length ? slots(direct) : first ? [{ actor: first.actor, mention: first }] : facing(env, sources);
  return directed('threat', v, hit, sources, targets.slice(0, 1), { speech: true });
}

// "Officials have warned …": an unnamed official speaks for the article's home side.
function bareSource(v: View, hit: Hit, env: Env): string | null {
  const before = v.tokens.slice(Math.max(0, hit.first - 4), hit.first);
  return before.some((t) => inClass(env.lex, 'officialSources', t)) ? env.ctx.home : null;
}

const MODAL = /^(will|shall|'ll|would|if|you|your|yours)$/;

/** A quoted or reported promise of force ("we will respond", "there will be war") is a threat. */
export function impliedThreats(v: View, env: Env, found: Candidate[]): Candidate[] {
  if (found.some((c) => c.type === 'threat')) return [];
  for (const a of env.attributions) {
    if (!a.actor) continue;
    const [from, to] = a.scope;
    let modal = -1;
    for (let k = from; k < to; k++) {
      if (MODAL.test(v.tokens[k]?.norm ?? '')) modal = k;
      if (classAt(env.lex, 'forceWords', v.tokens, k) && (modal >= 0 || v.tokens.slice(k, to).some((t) => MODAL.test(t.norm)))) {
        const hit: Hit = { entry: { words: [], type: 'threat', lemma: 'threat', pos: 'verb', frame: 'speech' }, first: k, last: k + 1 };
        return directed('threat', v, hit, implied(a.actor), facing(env, implied(a.actor)), { speech: true });
      }
    }
  }
  return [];
}

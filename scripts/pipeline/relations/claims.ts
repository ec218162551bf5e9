/** Frames of claims and stances: accusation, demand, rejection and support. */
import type { Hit, View } from '../analysis.ts';
import { inClass } from '../lexicon.ts';
import { hypothetical, negated } from '../modality.ts';
import { agentBy, isPassive, objectOf, possessorOf, subjectOf } from '../roles.ts';
import type { Candidate, Mention } from '../types.ts';
import { coordinatedSubject, directed, type Env, facing, implied, pairSlots, type Slot, slots, speakerAt, speakerOfVerb } from './make.ts';

const CONTENT = new Set(['that', 'of', 'for']);
const AGAINST = new Set(['against', 'on', 'of', 'that']);

function sourceOf(v: View, hit: Hit, env: Env): Slot[] {
  if (hit.entry.pos === 'verb' || hit.entry.pos === 'adj') {
    const post = speakerOfVerb(env, hit.first);
    if (post) return implied(post);
    const shared = coordinatedSubject(v, hit, env);
    if (shared.length) return shared;
    const s = subjectOf(v, hit.first);
    return s.length ? slots(s) : implied(speakerAt(env, hit.first));
  }
  const own = possessorOf(v, hit.first);
  if (own.length) return slots(own);
  const by = agentBy(v, hit.last);
  if (by.length) return slots(by);
  const from = objectOf(v, hit.last, 3, hit.entry.lemma === 'request' ? new Set(['from', 'of']) : new Set(['from']));
  if (from.length) return slots(from);
  if (lightVerbBefore(v, hit, env) && !passiveBefore(v, hit)) {
    const s = subjectOf(v, hit.first);
    if (s.length) return slots(s);
  }
  return implied(speakerOfVerb(env, hit.first) ?? speakerAt(env, hit.first));
}

// "being presented with demands": the subject received them, it did not make them.
function passiveBefore(v: View, hit: Hit): boolean {
  return v.tokens.slice(Math.max(0, hit.first - 8), hit.first).some((t) => /^(being|been|was|were)$/.test(t.norm));
}

function lightVerbBefore(v: View, hit: Hit, env: Env): boolean {
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 7); k--) {
    if (inClass(env.lex, 'lightVerbs', v.tokens[k])) return true;
    if (/^[,;:]$/.test(v.tokens[k]?.norm ?? '')) return false;
  }
  return false;
}

/** "A accused B of …", "an allegation from A of …", "accusations against B", "both sides' allegations". */
export function accusation(v: View, hit: Hit, env: Env): Candidate[] {
  if (negated(v, hit, env.lex)) return [];
  if (hit.entry.lemma === 'responsible') return heldResponsible(v, hit, env);
  if (hit.entry.pos === 'verb' && isPassive(v, hit.first)) {
    return directed('accusation', v, hit, slots(agentBy(v, hit.last)), slots(subjectOf(v, hit.first)), { speech: true });
  }
  const sources = sourceOf(v, hit, env);
  const target = hit.entry.pos === 'verb' ? objectOf(v, hit.last, 4) : objectOf(v, hit.last, 8, AGAINST);
  const content = target.length ? target : objectOf(v, hit.last, 10, CONTENT);
  if (hit.entry.frame === 'weak' && (!content.length || sources.some((s) => !s.mention))) return [];
  const pairPhrase = v.actors.filter((m) => m.kind === 'pair');
  const both = sources.length ? sources : hit.entry.pos === 'noun' && pairPhrase.length >= 2 ? slots(pairPhrase) : [];
  if (!content.length && both.length >= 2) {
    const [a, b] = both;
    return a && b ? [...directed('accusation', v, hit, [a], [b]), ...directed('accusation', v, hit, [b], [a])] : [];
  }
  return directed('accusation', v, hit, sources.slice(0, 1), slots(content).slice(0, 1), { speech: true });
}

// "A holds B responsible for …": an accusation with the accused before the adjective.
function heldResponsible(v: View, hit: Hit, env: Env): Candidate[] {
  const hold = v.tokens.slice(Math.max(0, hit.first - 5), hit.first).findIndex((t) => /^(hold|holds|held|holding)$/.test(t.norm));
  if (hold < 0) return [];
  const at = Math.max(0, hit.first - 5) + hold;
  const accused = v.actors.filter((m) => m.first > at && m.last <= hit.first);
  const accuser = subjectOf(v, at);
  return directed('accusation', v, hit, accuser.length ? slots(accuser) : implied(speakerAt(env, at)), slots(accused.slice(0, 1)), { speech: true });
}

/** "A demanded that B …", "A urged B to …", "A's demand for …", "A sought … from B". */
export function demand(v: View, hit: Hit, env: Env): Candidate[] {
  const { lex } = env;
  if (negated(v, hit, lex) || hypothetical(v, hit, lex)) return [];
  if (inClass(lex, 'assertives', v.tokens[hit.first]) && !deonticAfter(v, hit, env)) return [];
  if (hit.entry.pos === 'verb' && /^(is|are|was|were|be|been)$/.test(v.tokens[hit.first - 1]?.norm ?? '')) return [];
  // "dismissed these demands" restates no demand; "rejected Islamabad's demand" still names one.
  const refused = v.hits.some((h) => h.entry.type === 'rejection' && h.last <= hit.first && hit.first - h.last <= 3);
  if (hit.entry.pos === 'noun' && refused && !possessorOf(v, hit.first).length) return [];
  const sources = sourceOf(v, hit, env);
  if (!sources.length) return [];
  if (hit.entry.lemma === 'request' && sources.some((s) => env.ctx.mediators.includes(s.actor))) {
    return directed('mediation', v, hit, sources.filter((s) => env.ctx.mediators.includes(s.actor)), pairSlots(env));
  }
  const direct = hit.entry.pos === 'verb' ? objectOf(v, hit.last, 3) : [];
  const prep = direct.length ? direct : objectOf(v, hit.last, 5, new Set(['that', 'from', 'on', 'to']));
  const named = prep.filter((m) => !sources.some((s) => s.actor === m.actor));
  const targets = named.length ? slots(named.slice(0, 1)) : facing(env, sources);
  return directed('demand', v, hit, sources.slice(0, 1), targets, { speech: hit.entry.pos === 'verb' });
}

// "reiterated that X must not …", "underscored that its soil is not used …": an assertion that is a demand.
function deonticAfter(v: View, hit: Hit, env: Env): boolean {
  const after = v.tokens.slice(hit.last, hit.last + 12);
  const deontic = after.some((t, k) => inClass(env.lex, 'deontic', t) || (t.norm === 'has' && after[k + 1]?.norm === 'to'));
  return deontic || after.some((t, k) => t.norm === 'not' && after.slice(k + 1, k + 3).some((u) => u.norm === 'used'));
}

/** "A refused to commit …", "A's reluctance to offer commitments", "A dismissed B's demands". */
export function rejection(v: View, hit: Hit, env: Env): Candidate[] {
  const { lex } = env;
  if (hit.entry.lemma !== 'not ready' && negated(v, hit, lex)) return [];
  const after = v.tokens.slice(hit.last, hit.last + 7);
  if (!after.some((t) => inClass(lex, 'pledgeNouns', t) || inClass(lex, 'pledgeVerbs', t))) return [];
  const own = possessorOf(v, hit.first);
  const sources = own.length ? slots(own) : sourceOf(v, hit, env);
  const owner = objectOf(v, hit.last, 6).filter((m) => v.tokens[m.last]?.norm === "'s" || m.kind === 'pronoun');
  const targets = owner.length ? slots(owner.slice(0, 1)) : facing(env, sources);
  return directed('rejection', v, hit, sources.slice(0, 1), targets);
}

/** "no guarantees were offered": the counterpart of the speaker refused what was asked. */
export function withheld(v: View, env: Env): Candidate[] {
  const { lex } = env;
  for (let k = 0; k + 3 < v.tokens.length; k++) {
    if (v.tokens[k]?.norm !== 'no') continue;
    let j = k + 1;
    while (j < k + 4 && !inClass(lex, 'pledgeNouns', v.tokens[j])) j++;
    if (!inClass(lex, 'pledgeNouns', v.tokens[j]) || !/^(were|was)$/.test(v.tokens[j + 1]?.norm ?? '')) continue;
    const speaker = speakerAt(env, k) ?? env.ctx.home;
    const hit: Hit = { entry: { words: [], type: 'rejection', lemma: 'withhold', pos: 'verb', frame: 'event' }, first: k, last: j + 1 };
    return directed('rejection', v, hit, facing(env, implied(speaker)), implied(speaker));
  }
  return [];
}

/** "A-backed B", "A backs B", "under A's patronage", "B … on behalf of A" (alleged for epithets). */
export function support(v: View, hit: Hit, env: Env): Candidate[] {
  if (negated(v, hit, env.lex) || hypothetical(v, hit, env.lex)) return [];
  if (v.tokens[hit.first - 1]?.norm === '-') return epithet(v, hit, env);
  if (hit.entry.pos === 'adj' && hit.entry.frame !== 'inverse' && hit.entry.lemma !== 'committed to') return [];
  const weak = hit.entry.frame === 'weak';
  if (hit.entry.frame === 'inverse') {
    return directed('support', v, hit, slots(objectOf(v, hit.last, 3)), slots(subjectOf(v, hit.first)));
  }
  const by = agentBy(v, hit.last);
  if (by.length) return directed('support', v, hit, slots(by), slots(subjectOf(v, hit.first)));
  if (hit.entry.pos === 'noun') {
    const own = possessorOf(v, hit.first);
    const of = objectOf(v, hit.last, 3, new Set(['of', 'to', 'for']));
    const targets = of.length ? of : subjectOf(v, hit.first, own);
    if (weak && (!targets.length || targets.some((m) => m.implicit))) return [];
    return directed('support', v, hit, slots(own), slots(targets));
  }
  const subj = subjectOf(v, hit.first);
  const obj = objectOf(v, hit.last, hit.entry.lemma === 'committed to' ? 14 : 4);
  if (weak && [...subj, ...obj].some((m) => m.implicit)) return [];
  return directed('support', v, hit, slots(subj), slots(obj.filter((m) => lexKind(env, m) !== 'person')));
}

function lexKind(env: Env, m: Mention): string | undefined {
  return env.lex.actors.get(m.actor)?.kind;
}

function epithet(v: View, hit: Hit, env: Env): Candidate[] {
  const patron = v.actors.filter((m) => m.last === hit.first - 1);
  const client = v.actors.find((m) => m.first >= hit.last && m.first <= hit.last + 2);
  if (!patron.length) return [];
  if (client) return directed('support', v, hit, slots(patron), slots([client]), { alleged: true });
  const speaker = speakerAt(env, hit.first) ?? subjectOf(v, hit.first - 1)[0]?.actor ?? null;
  return directed('accusation', v, hit, implied(speaker), slots(patron));
}
